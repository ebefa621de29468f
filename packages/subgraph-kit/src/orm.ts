import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { countQuery } from './sql-count';
import { OutboxEventEntity } from './events/outbox-event.entity';

export interface OrmOptions {
  /** The subgraph's own PostgreSQL schema, e.g. `profile`. */
  schema: string;
  databaseUrl: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  debug?: boolean;
  /** Pool size per instance; small by default because five services share one server. */
  poolMax?: number;
}

/**
 * MikroORM on PostgreSQL, confined to the subgraph's schema, with migrations listed
 * explicitly (no file globbing: the same list works from TypeScript sources and from dist).
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    // Every subgraph has an outbox (DESIGN §3): its entity comes with the kit.
    entities: [...options.entities, OutboxEventEntity],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: options.poolMax ?? 5 },
    discovery: { warnWhenNoEntities: false },
    debug: options.debug ?? false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    onQuery: countQuery,
  });
}

/** Applies every pending migration of the subgraph, creating its schema first. */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
