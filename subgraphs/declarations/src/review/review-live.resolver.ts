import { EnterpriseDirectoryEntity, Role, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { DeclarationEntity } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { DECLARATION_STATUS_CHANGED, type StatusChanged } from '../declaration/status-changed';
import { covers, reachedReviewer, reviewerOf } from './reviewer';

type Context = SubgraphContext<DeclarationLoaders>;

/** Whether a status change concerns the office's queue: the declaration reached its level, in its jurisdiction. */
async function concernsOffice({ payload, context }: { payload: StatusChanged; context: Context }): Promise<boolean> {
  const reviewer = reviewerOf(context.caller);
  if (!reviewer) return false;
  // The subscription's context outlives requests: read through a fresh fork.
  const em = context.em.fork();
  const [declaration, enterprise] = await Promise.all([em.findOne(DeclarationEntity, { id: payload.declarationId }), em.findOne(EnterpriseDirectoryEntity, { enterpriseId: payload.enterpriseId })]);
  return !!declaration && reachedReviewer(declaration, reviewer) && covers(reviewer, enterprise?.regionCode ?? null);
}

@Resolver()
export class ReviewLiveResolver {
  @Authorized(Role.OFFICE)
  @Subscription(() => Declaration, {
    topics: DECLARATION_STATUS_CHANGED,
    description: "Offices: each status change of a declaration in their queue (one arriving at their level, or one that reached it being decided), as it happens — to refresh the queue and its counts.",
    filter: concernsOffice,
  })
  async reviewQueueChanged(@Root() event: StatusChanged, @Ctx() ctx: Context): Promise<Declaration> {
    return Declaration.from(await ctx.em.fork().findOneOrFail(DeclarationEntity, { id: event.declarationId }));
  }
}
