import { Role, UserError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Account } from '../account/account.type';
import type { IdentityContext } from '../context';
import { identityServices } from '../services';
import { syncRealName, verifyRealName, type RealNameResult } from './real-name.service';

@InputType({ description: '实名认证: the enterprise name and legal representative exactly as on the business licence.' })
class VerifyRealNameInput {
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) legalRepresentative!: string;
}

@ObjectType({ description: 'The account after real-name verification or synchronisation, or why not.' })
class RealNamePayload {
  @Field(() => Account, { nullable: true }) account!: Account | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const payload = (result: RealNameResult): RealNamePayload =>
  Object.assign(new RealNamePayload(), result.ok ? { account: Account.from(result.account), userErrors: [] } : { account: null, userErrors: result.userErrors });

/** Only the legal person itself verifies (`caller.accountId` is its account). */
@Resolver()
export class RealNameResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => RealNamePayload, { description: 'Real-name verification (实名认证) of the signed-in legal person against the enterprise registry.' })
  async verifyRealName(@Arg('input', () => VerifyRealNameInput) input: VerifyRealNameInput, @Ctx() ctx: IdentityContext): Promise<RealNamePayload> {
    if (ctx.caller.kind !== 'account') throw new TypeError('unreachable: @Authorized admits accounts only');
    return payload(await verifyRealName(ctx.em, identityServices(), ctx.http, ctx.caller.accountId, input));
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => RealNamePayload, { description: '实名信息同步: copy the verified enterprise name and legal representative into the enterprise profile.' })
  async syncRealName(@Ctx() ctx: IdentityContext): Promise<RealNamePayload> {
    if (ctx.caller.kind !== 'account') throw new TypeError('unreachable: @Authorized admits accounts only');
    return payload(await syncRealName(ctx.em, ctx.http, ctx.caller.accountId));
  }
}
