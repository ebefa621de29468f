import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ProfileContext } from '../context';
import { EnterpriseReader } from './enterprise.service';
import { Enterprise } from './enterprise.type';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized()
  @Query(() => Enterprise, { nullable: true, description: 'One enterprise, if the caller may see it.' })
  enterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: ProfileContext): Promise<Enterprise | null> {
    return new EnterpriseReader(ctx.loaders, ctx.caller).byId(id);
  }
}
