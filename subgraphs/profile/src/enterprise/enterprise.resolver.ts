import { Role, Scope, scope } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ProfileContext } from '../context';
import { EnterpriseReader } from './enterprise.service';
import { Enterprise } from './enterprise.type';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized(Role.ENTERPRISE, Role.OFFICE, Role.ADMIN, scope(Scope.READ_ENTERPRISES))
  @Query(() => Enterprise, {
    nullable: true,
    description: 'One enterprise, if the caller may see it: its own account, an office whose region contains it, an administrator, or a partner with enterprises:read for its region. Null otherwise.',
  })
  enterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: ProfileContext): Promise<Enterprise | null> {
    return new EnterpriseReader(ctx.loaders, ctx.caller).byId(id);
  }
}
