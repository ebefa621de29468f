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
    const publishClient = new Redis(options.redisUrl, { keyPrefix: `${options.channel}:` });
    const subscribeClient = new Redis(options.redisUrl, { keyPrefix: `${options.channel}:` });
    const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
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
