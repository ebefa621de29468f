import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createIsolatedDatabase, freePort, startEmbeddedPostgres } from '@zjtx/database';
import { migrateAll, seedDemo, startProcesses } from '@zjtx/platform';

/** The platform as `npm start` runs it (NODE_ENV=production), on a throwaway database with the demo data. */
export async function startBenchPlatform(name: string): Promise<{ url: string; databaseUrl: string; stop(): Promise<void> }> {
  const external = process.env.DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'zjtx-bench-pg-')), port: await freePort(), persistent: false });
  const { url: databaseUrl } = await createIsolatedDatabase(external ?? server!.adminUrl, `zjtx_bench_${name}`);
  await migrateAll(databaseUrl);
  await seedDemo(databaseUrl);
  const platform = await startProcesses({ databaseUrl, host: '127.0.0.1', gatewayPort: 0, subgraphPortBase: 0, logLevel: 'error', nodeEnv: 'production', watch: false });
  return {
    url: `${platform.gatewayUrl}graphql`,
    databaseUrl,
    stop: async () => {
      await platform.stop();
      await server?.stop();
    },
  };
}

export const machineLine = (): string => `machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`;

export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
