import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './caller';
import type { Logger } from './logger';

/**
 * What every resolver of every subgraph receives: a forked EntityManager (its own identity
 * map), fresh DataLoaders (batching within this request only), the verified caller.
 */
export interface SubgraphContext<TLoaders = unknown> {
  requestId: string;
  em: EntityManager;
  loaders: TLoaders;
  caller: Caller;
  log: Logger;
}
