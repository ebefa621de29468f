import { ApiError, ErrorCode, isUuid, Public, UserError } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { isProduction } from '../config';
import type { ProfileContext } from '../context';
import { CaptchaEntity } from './captcha.entity';
import { createCaptcha } from './captcha.service';
import { lookupEnterprise } from './lookup.service';

@ObjectType({ description: 'A captcha image for the public lookup: single use, five minutes.' })
class Captcha {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'An <svg> image of 4 characters.' }) svg!: string;
  @Field(() => Date) expiresAt!: Date;
}

@InputType({ description: '企业认定查询: the enterprise name and USCC as on the business licence, and the captcha.' })
class RecognitionLookupInput {
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) uscc!: string;
  @Field(() => ID) captchaId!: string;
  @Field(() => String) captchaAnswer!: string;
}

/** What the public may know of an enterprise found by name and USCC; declarations adds its recognitions. */
@Directive('@key(fields: "id")')
@ObjectType('RecognitionLookupResult', { description: 'The enterprise found by the lookup; `recognitions` and `recognised` come from declarations.' })
export class RecognitionLookupResult {
  @Field(() => ID) id!: string;
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) uscc!: string;
}

@ObjectType()
class RecognitionLookupPayload {
  @Field(() => RecognitionLookupResult, { nullable: true, description: 'Null when no enterprise has this name and USCC (which of the two differs is not said).' })
  result!: RecognitionLookupResult | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class LookupResolver {
  @Public()
  @Query(() => Captcha, { description: 'A new captcha for the recognition lookup.' })
  async recognitionLookupCaptcha(@Ctx() ctx: ProfileContext): Promise<Captcha> {
    return Object.assign(new Captcha(), await createCaptcha(ctx.em));
  }

  @Public()
  @Mutation(() => RecognitionLookupPayload, { description: '企业认定查询 (public): current recognitions of an enterprise, or 未认定. Uses up the captcha; limited per address.' })
  async recognitionLookup(@Arg('input', () => RecognitionLookupInput) input: RecognitionLookupInput, @Ctx() ctx: ProfileContext): Promise<RecognitionLookupPayload> {
    const found = await lookupEnterprise(ctx.em, ctx.http, input);
    if (!found.ok) return Object.assign(new RecognitionLookupPayload(), { result: null, userErrors: found.userErrors });
    const result = found.enterprise ? Object.assign(new RecognitionLookupResult(), { id: found.enterprise.id, enterpriseName: found.enterprise.name, uscc: found.enterprise.uscc }) : null;
    return Object.assign(new RecognitionLookupPayload(), { result, userErrors: [] });
  }

  @Public()
  @Query(() => String, { nullable: true, description: 'Development and tests only: the answer of a captcha. FORBIDDEN in production.' })
  async devCaptchaAnswer(@Arg('id', () => ID) id: string, @Ctx() ctx: ProfileContext): Promise<string | null> {
    if (isProduction()) throw new ApiError(ErrorCode.FORBIDDEN, 'Captcha answers are not available on this deployment.');
    return isUuid(id) ? ((await ctx.em.findOne(CaptchaEntity, { id }))?.answer ?? null) : null;
  }
}
