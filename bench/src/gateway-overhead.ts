/**
 * Gateway throughput and latency on loopback: a public one-subgraph query and a signed-in
 * query that touches all five subgraphs. Bounded: 10 s per scenario, 10 connections.
 * Run: `npm run bench -w bench` (embedded PostgreSQL in a temp dir, or DATABASE_URL).
 */
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@zjtx/platform';
import { login } from '@zjtx/test-kit';
import { machineLine, runMain, startBenchPlatform } from './bench-platform';

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
  const { url, stop } = await startBenchPlatform('gateway');
  const token = await login(url, 'demo', DEMO_PASSWORD);
  process.stdout.write(machineLine());
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
    await stop();
  }
}

runMain(main);
