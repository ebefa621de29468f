/**
 * Gateway throughput and latency on loopback: a public one-subgraph query and a signed-in
 * query that touches all five subgraphs. Bounded: 10 s per scenario, 10 connections.
 * Run: `npm run bench -w bench` (embedded PostgreSQL in a temp dir, or DATABASE_URL).
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createIsolatedDatabase, freePort, startEmbeddedPostgres } from '@zjtx/database';
import { DEMO_PASSWORD, migrateAll, seedDemo, startProcesses } from '@zjtx/platform';
import { login } from '@zjtx/test-kit';

const SCENARIOS = [
  { name: 'announcements (1 subgraph fetch, anonymous)', query: '{ announcements(first: 5) { nodes { id title publishedAt } } }', signedIn: false },
  {
    name: 'viewer across five subgraphs (signed in)',
    query:
      '{ viewer { loginName unreadMessageCount enterprise { name latestAssessment { level } declarations { status } messages(first: 5) { nodes { title } } } } }',
    signedIn: true,
  },
];

async function main(): Promise<void> {
  const external = process.env.DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'zjtx-bench-pg-')), port: await freePort(), persistent: false });
  const { url: databaseUrl } = await createIsolatedDatabase(external ?? server!.adminUrl, 'zjtx_bench');
  await migrateAll(databaseUrl);
  await seedDemo(databaseUrl);
  const platform = await startProcesses({ databaseUrl, host: '127.0.0.1', gatewayPort: 0, subgraphPortBase: 0, logLevel: 'error', nodeEnv: 'production', watch: false });
  const url = `${platform.gatewayUrl}graphql`;
  const token = await login(url, 'demo', DEMO_PASSWORD);
  process.stdout.write(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`);
  process.stdout.write('| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |\n');
  try {
    for (const scenario of SCENARIOS) {
      const result = await autocannon({
        url,
        method: 'POST',
        connections: 10,
        duration: 10,
        headers: { 'content-type': 'application/json', ...(scenario.signedIn ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: scenario.query }),
      });
      const errors = result.errors + result.non2xx;
      process.stdout.write(`| ${scenario.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} |\n`);
    }
  } finally {
    await platform.stop();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
