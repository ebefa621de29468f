/**
 * What signing in costs: `login` (argon2id, 64 MiB, t=3, p=4, plus the lockout counters and a
 * new session) under 1 and 4 concurrent connections, and `refreshToken` (a rotation: one lookup,
 * two writes, one ES256 signature) as a chain, each request presenting the cookie the previous one
 * set. Bounded: 10 s per scenario. Run: `npm run bench:sign-in -w bench`.
 */
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@zjtx/platform';
import { machineLine, runMain, startBenchPlatform } from './bench-platform';

const LOGIN = JSON.stringify({
  query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }',
  variables: { input: { identifier: 'county330106', password: DEMO_PASSWORD } },
});
const REFRESH = JSON.stringify({ query: 'mutation { refreshToken { accessToken userErrors { code } } }' });

async function post(url: string, body: string, cookie?: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
}

const cookieOf = (response: Response): string => response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('zjtx_rt='))!;

/** Sequential refreshes for `seconds`, each with the cookie the previous one set; latency percentiles. */
async function refreshChain(url: string, seconds: number): Promise<{ count: number; p50: number; p99: number; failures: number }> {
  let cookie = cookieOf(await post(url, LOGIN));
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const started = performance.now();
    const response = await post(url, REFRESH, cookie);
    latencies.push(performance.now() - started);
    const body = (await response.json()) as { data?: { refreshToken: { accessToken: string | null } } };
    if (!body.data?.refreshToken.accessToken) failures += 1;
    cookie = cookieOf(response) ?? cookie;
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
  return { count: latencies.length, p50: at(0.5), p99: at(0.99), failures };
}

async function main(): Promise<void> {
  const { url, stop } = await startBenchPlatform('signin');
  process.stdout.write(machineLine());
  process.stdout.write('| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |\n');
  try {
    for (const connections of [1, 4]) {
      const result = await autocannon({ url, method: 'POST', connections, duration: 10, headers: { 'content-type': 'application/json' }, body: LOGIN });
      process.stdout.write(`| login, ${connections} connection(s) | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |\n`);
    }
    const chain = await refreshChain(url, 10);
    process.stdout.write(`| refreshToken, chained (1 at a time) | ${Math.round(chain.count / 10)} | ${chain.p50} | ${chain.p99} | ${chain.failures} |\n`);
  } finally {
    await stop();
  }
}

runMain(main);
