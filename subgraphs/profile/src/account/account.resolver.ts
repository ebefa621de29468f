import { AccountReference } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ProfileContext } from '../context';
import { EnterpriseReader } from '../enterprise/enterprise.service';
import { Enterprise } from '../enterprise/enterprise.type';

@Resolver(() => AccountReference)
export class AccountEnterpriseResolver {
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise a legal-person account acts for (法人账号所属企业).' })
  enterprise(@Root() account: AccountReference, @Ctx() ctx: ProfileContext): Promise<Enterprise | null> {
    return new EnterpriseReader(ctx.loaders, ctx.caller).byAccount(account.id);
  }
}
