import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements one GraphQL request runs, so that tests can prove a list does not
 * query once per item (N+1). The ORM's onQuery hook counts into the request's store; the server
 * reports the count in the `X-SQL-Queries` response header outside production.
 */
const requestQueries = new AsyncLocalStorage<{ count: number }>();

export const countQuery = (sql: string): string => {
  const counter = requestQueries.getStore();
  if (counter) counter.count += 1;
  return sql;
};

export const withQueryCount = <T>(run: () => T): T => requestQueries.run({ count: 0 }, run);

export const queriesSoFar = (): number | null => requestQueries.getStore()?.count ?? null;

export const SQL_QUERIES_HEADER = 'x-sql-queries';
