import type { MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context';

/**
 * Before a subscription event is resolved, the subscription's long-lived context gets a fresh
 * EntityManager and DataLoaders. graphql-ws builds one context per subscription and resolves
 * every event with it; without this, a declaration's `evidence` or `history` on the third event
 * would still be what a loader cached on the first. Events of one subscription are resolved one
 * after another, so renewing at the root field is safe.
 */
export const renewPerSubscriptionEvent: MiddlewareFn<SubgraphContext> = ({ context, info }, next) => {
  if (info.parentType === info.schema.getSubscriptionType() && typeof context.renewForEvent === 'function') context.renewForEvent();
  return next();
};
