import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './caller';
import type { PubSub } from 'type-graphql';
import type { Locale } from './locale';
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
  http: HttpExchange;
  /** The caller's language (Accept-Language, forwarded by the gateway), for texts meant for people. */
  locale: Locale;
  /** The subgraph's pub/sub spanning instances, for mutations that announce changes to live subscribers. */
  pubSub: PubSub;
  /**
   * A fresh EntityManager and DataLoaders. A subscription's context lives as long as the
   * subscription, so the server renews them after each event (server.ts, onNext): field
   * resolvers then read the state of the next event, not what a loader cached for an earlier one.
   */
  renewForEvent(): void;
}

/**
 * The HTTP side of a request, as forwarded by the gateway. Over WebSocket there is no
 * cookie to read or set, and setting one does nothing.
 */
export interface HttpExchange {
  /** The client's address as the gateway saw it; null when unknown. */
  clientIp: string | null;
  /** Cookies the gateway forwarded (only the session cookie, to identity). */
  cookies: Readonly<Record<string, string | undefined>>;
  setCookie(serialized: string): void;
}
