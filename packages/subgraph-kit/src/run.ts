import type { MikroORM } from '@mikro-orm/postgresql';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { PubSub } from 'type-graphql';
import { jwtAuthenticator } from './auth/authenticate';
import { createLogger, type Logger } from './logger';
import { createOrm } from './orm';
import { startEventBus } from './events/bus';
import { createPubSub } from './pubsub';
import { startSubgraphServer, type RunningServer } from './server';
import type { SubgraphModule } from './subgraph-module';

export interface RunSubgraphOptions {
  databaseUrl: string;
  redisUrl?: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  log?: Logger;
  logLevel?: string;
  /** Identity's JWKS, against which access tokens are verified. */
  jwksUrl: string;
  /** Report each request's SQL statement count in a response header (not in production). */
  reportQueryCount?: boolean;
}

/** Connects a subgraph module to its database and pub/sub and serves it. */
export async function runSubgraph(module: SubgraphModule, options: RunSubgraphOptions): Promise<RunningServer & { orm: MikroORM }> {
  const log = options.log ?? createLogger(module.name, options.logLevel);
  const orm = await createOrm({ schema: module.name, databaseUrl: options.databaseUrl, entities: module.entities, migrations: module.migrations });
  const pubSubHandle = await createPubSub({ channel: `zjtx_${module.name}`, databaseUrl: options.databaseUrl, redisUrl: options.redisUrl, log });
  const events = await startEventBus({ schema: module.name, orm, databaseUrl: options.databaseUrl, consumers: module.consumers ?? [], schedules: module.schedules ?? [], log, pubSub: pubSubHandle.pubSub });
  await module.prepare?.(orm);
  const schema = await module.buildSchema({ pubSub: pubSubHandle.pubSub });
  const server = await startSubgraphServer({
    name: module.name,
    schema,
    orm,
    log,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? module.defaultPort,
    createLoaders: (em) => module.createLoaders(em),
    authenticate: module.authenticator?.() ?? jwtAuthenticator(new URL(options.jwksUrl)),
    routes: module.routes ? (app) => module.routes?.(app, orm) : undefined,
    pubSub: pubSubHandle.pubSub,
    reportQueryCount: options.reportQueryCount ?? false,
    onClose: async () => {
      await module.shutdown?.();
      await events.stop();
      await pubSubHandle.close();
    },
  });
  return { ...server, orm };
}

/** A pub/sub that refuses to publish: enough to build a schema for printing its SDL. */
const printOnlyPubSub: PubSub = {
  publish: () => {
    throw new TypeError('printOnlyPubSub cannot publish');
  },
  subscribe: () => {
    throw new TypeError('printOnlyPubSub cannot subscribe');
  },
};

/** The subgraph's SDL as composition sees it (the committed `schema.graphql`). */
export async function printSdl(module: SubgraphModule): Promise<string> {
  const schema = await module.buildSchema({ pubSub: printOnlyPubSub });
  return `${printSubgraphSchema(schema).trim()}\n`;
}
