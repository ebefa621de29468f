import type { MigrationObject } from '@mikro-orm/core';
import type { EntityManager, Options } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import type { Authenticate } from './auth/authenticate';
import type { EventConsumer } from './events/consumer';
import type { ScheduledJob } from './events/scheduled';

/**
 * What a subgraph package exports so that the kit can run it, the platform can migrate and
 * seed it, and tests can start it in-process. The name is also its PostgreSQL schema.
 */
export interface SubgraphModule<TLoaders = unknown> {
  name: string;
  defaultPort: number;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  buildSchema(deps: { pubSub: PubSub }): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): TLoaders;
  /** Extra HTTP routes served beside /graphql. */
  routes?(app: Express, orm: MikroORM): void;
  /** Work to do once the database is reachable, before serving (e.g. identity's signing key). */
  prepare?(orm: MikroORM): Promise<void>;
  /**
   * Verifies access tokens itself instead of fetching JWKS_URL: identity, which holds the keys
   * (and, started on a port picked at bind time, cannot know its own URL in advance).
   */
  authenticator?(): Authenticate;
  /** Releases what `prepare` opened, after the server stopped taking requests. */
  shutdown?(): Promise<void>;
  /** Events from other subgraphs this one reacts to (projections, messages). */
  consumers?: readonly EventConsumer[];
  /** Work on a clock (reminders), on pg-boss's cron. */
  schedules?: readonly ScheduledJob[];
}
