import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

/**
 * The counters table of rate-limiter-flexible's PostgreSQL store, in a subgraph's own schema,
 * created by its migration (the library would otherwise create it at runtime).
 */
export function rateLimitTableSql(schema: string): string {
  return `
    create table "${schema}"."rate_limit" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint
    );
  `;
}

/** A limiter whose counters live in PostgreSQL, so every instance of the subgraph shares them. */
export function postgresRateLimiter(
  pool: pg.Pool,
  schema: string,
  options: { keyPrefix: string; points: number; duration: number; blockDuration?: number },
): RateLimiterPostgres {
  return new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', schemaName: schema, tableName: 'rate_limit', tableCreated: true, ...options });
}
