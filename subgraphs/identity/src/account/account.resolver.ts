import { Public } from '@zjtx/subgraph-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { readAccount } from './account.service';
import { Account } from './account.type';

@Resolver(() => Account)
export class AccountResolver {
  @Public()
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null when not signed in.' })
  viewer(@Ctx() ctx: IdentityContext): Promise<Account | null> {
    return ctx.caller.kind === 'account' ? readAccount(ctx.loaders, ctx.caller, ctx.caller.accountId) : Promise.resolve(null);
  }
}

export const resolveAccountReference = (reference: { id: string }, ctx: IdentityContext) => readAccount(ctx.loaders, ctx.caller, reference.id);
