import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '@zjtx/database';

export interface PlatformDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;
const repoRoot = join(__dirname, '..', '..', '..');
export const DEFAULT_DATA_DIR = join(repoRoot, '.data', 'postgres');

/**
 * The platform's database: the PostgreSQL at `databaseUrl` when given, otherwise an
 * embedded server whose data survives restarts in `.data/postgres` (git-ignored).
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string; port?: number }): Promise<PlatformDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
    port: options.port ?? DEFAULT_EMBEDDED_PORT,
    persistent: true,
  });
  try {
    return { url: await ensureDatabase(server.adminUrl, 'zjtx'), embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
