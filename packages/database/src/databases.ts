import pg from 'pg';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!IDENTIFIER.test(name)) throw new RangeError(`not a plain database name: ${name}`);
  await withAdmin(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  });
  return withDatabase(adminUrl, name);
}

/** Drops `name`, disconnecting whoever is still connected. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!IDENTIFIER.test(name)) throw new RangeError(`not a plain database name: ${name}`);
  await withAdmin(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}

/** A fresh, uniquely named database for one test run. */
export async function createIsolatedDatabase(adminUrl: string, prefix = 'zjtx_test'): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  return { name, url: await ensureDatabase(adminUrl, name) };
}
