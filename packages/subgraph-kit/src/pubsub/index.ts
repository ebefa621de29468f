import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub as createYogaPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';
import type { Logger } from '../logger';
import { PgEventTarget } from './pg-event-target';

export interface PubSubHandle {
  pubSub: TypeGraphQLPubSub;
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** Channel (PostgreSQL) or key prefix (Redis) shared by the instances of one subgraph. */
  channel: string;
  databaseUrl: string;
  redisUrl?: string;
  log: Logger;
}

/**
 * Pub/sub for subscription resolvers that spans instances: PostgreSQL LISTEN/NOTIFY by
 * default, Redis when REDIS_URL is set. Both sit behind the same EventTarget interface.
 */
export async function createPubSub(options: PubSubOptions): Promise<PubSubHandle> {
  if (options.redisUrl) {
    const publishClient = new Redis(options.redisUrl);
    const subscribeClient = new Redis(options.redisUrl);
    // Redis channels are global (ioredis' keyPrefix does not apply to them): name them after the
    // database and the subgraph, so platforms sharing a Redis never hear each other.
    const database = new URL(options.databaseUrl).pathname.slice(1) || 'postgres';
    const eventTarget = prefixedEventTarget(createRedisEventTarget({ publishClient, subscribeClient }), `${database}.${options.channel}:`);
    return {
      pubSub: createYogaPubSub({ eventTarget }) as unknown as TypeGraphQLPubSub,
      close: async () => {
        publishClient.disconnect();
        subscribeClient.disconnect();
      },
    };
  }
  const eventTarget = new PgEventTarget(options.databaseUrl, options.channel, options.log);
  await eventTarget.connect();
  return {
    pubSub: createYogaPubSub({ eventTarget: eventTarget as never }) as unknown as TypeGraphQLPubSub,
    close: () => eventTarget.close(),
  };
}

/** Event types (= channels) with a prefix; listeners and senders use the plain topic names. */
function prefixedEventTarget(target: EventTarget, prefix: string): EventTarget {
  return {
    addEventListener: (type, listener, options) => target.addEventListener(prefix + type, listener, options),
    removeEventListener: (type, listener, options) => target.removeEventListener(prefix + type, listener, options),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(prefix + event.type, { detail: (event as CustomEvent).detail })),
  };
}
