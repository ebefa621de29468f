import { createIsolatedDatabase, dropDatabase } from '@zjtx/database';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, on the run's PostgreSQL (see jest/global-setup.js). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.ZJTX_TEST_ADMIN_URL;
  if (!adminUrl) throw new TypeError('ZJTX_TEST_ADMIN_URL is not set: run tests through jest with the shared preset');
  const { name, url } = await createIsolatedDatabase(adminUrl);
  return { url, drop: () => dropDatabase(adminUrl, name) };
}
