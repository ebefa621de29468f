import pg from 'pg';
import { createTestDatabase } from './database';

it('creates a fresh, empty database per call and drops it afterwards', async () => {
  const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  expect(a.url).not.toBe(b.url);
  const client = new pg.Client({ connectionString: a.url });
  await client.connect();
  const { rows } = await client.query("select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')");
  await client.end();
  expect(rows[0].n).toBe(0);
  await Promise.all([a.drop(), b.drop()]);
  const check = new pg.Client({ connectionString: a.url });
  await expect(check.connect()).rejects.toThrow(/does not exist/);
});
