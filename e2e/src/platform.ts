import { migrateAll, seedDemo, startProcesses, type RunningPlatform } from '@zjtx/platform';
import { createTestDatabase, type TestDatabase } from '@zjtx/test-kit';

/** The platform as `npm start` runs it (own processes, built client), on a fresh database with demo data. */
export async function startDemoPlatform(): Promise<{ platform: RunningPlatform; db: TestDatabase; stop(): Promise<void> }> {
  const db = await createTestDatabase();
  await migrateAll(db.url);
  await seedDemo(db.url);
  const platform = await startProcesses({ databaseUrl: db.url, host: '127.0.0.1', gatewayPort: 0, subgraphPortBase: 0, logLevel: 'warn', nodeEnv: 'test', watch: false });
  return {
    platform,
    db,
    stop: async () => {
      await platform.stop();
      await db.drop();
    },
  };
}
