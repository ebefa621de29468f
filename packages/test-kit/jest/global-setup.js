// Runs once per jest run, outside the test sandbox: a PostgreSQL server for the run —
// embedded in a temporary directory, or the one at DATABASE_URL. Test files each create
// their own database on it (see createTestDatabase), so files run in parallel safely.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { freePort, startEmbeddedPostgres } = require('@zjtx/database');

module.exports = async () => {
  if (process.env.DATABASE_URL) {
    process.env.ZJTX_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'zjtx-test-pg-')),
    port: await freePort(),
    persistent: false,
  });
  globalThis.__ZJTX_PG__ = server;
  process.env.ZJTX_TEST_ADMIN_URL = server.adminUrl;
};
