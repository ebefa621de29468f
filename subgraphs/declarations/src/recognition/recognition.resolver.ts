import { beijingToday } from '@zjtx/domain';
import { canReadEnterprise, EnterpriseReference, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { DeclarationWindow } from '../window/window.type';
import { Recognition } from './recognition.type';

type Context = SubgraphContext<DeclarationLoaders>;

@Resolver(() => Recognition)
export class RecognitionFieldsResolver {
  @FieldResolver(() => DeclarationWindow, { nullable: true, description: 'The batch (申报批次) it was granted in; null for recognitions from before the platform.' })
  async batch(@Root() recognition: Recognition, @Ctx() ctx: Context): Promise<DeclarationWindow | null> {
    const row = recognition.windowId ? await ctx.loaders.windowById.load(recognition.windowId) : null;
    return row ? DeclarationWindow.from(row) : null;
  }
}

/** Adds the enterprise's recognitions to `Enterprise` (for those who may read the enterprise). */
@Resolver(() => EnterpriseReference)
export class EnterpriseRecognitionsResolver {
  @FieldResolver(() => [Recognition], { description: 'Recognitions (认定), newest first; empty = 未认定.' })
  async recognitions(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Recognition[]> {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(enterprise.id))) return [];
    return (await ctx.loaders.recognitionsByEnterprise.load(enterprise.id)).map((r) => Recognition.from(r, beijingToday()));
  }
}

/** The public lookup's answer (profile owns it); recognitions are public facts (they are announced). */
@Directive('@key(fields: "id")')
@ObjectType('RecognitionLookupResult')
export class RecognitionLookupResultReference {
  @Field(() => ID) id!: string;
}

@Resolver(() => RecognitionLookupResultReference)
export class LookupRecognitionsResolver {
  @FieldResolver(() => [Recognition], { description: 'The enterprise\'s recognitions still in force or expired, newest first (revoked ones are not shown publicly).' })
  async recognitions(@Root() result: RecognitionLookupResultReference, @Ctx() ctx: Context): Promise<Recognition[]> {
    const rows = await ctx.loaders.recognitionsByEnterprise.load(result.id);
    return rows.filter((r) => !r.revokedAt).map((r) => Recognition.from(r, beijingToday()));
  }

  @FieldResolver(() => Boolean, { description: 'Whether any recognition is valid today (false = 未认定).' })
  async recognised(@Root() result: RecognitionLookupResultReference, @Ctx() ctx: Context): Promise<boolean> {
    const rows = await ctx.loaders.recognitionsByEnterprise.load(result.id);
    return rows.some((r) => Recognition.from(r, beijingToday()).status === 'VALID');
  }
}
