/**
 * What an office's review queue costs when a province has many declarations: 20 000 declarations
 * of 20 000 enterprises in one batch across ten of 浙江's counties (written directly into the database),
 * then the queue as a county, a city and the province open it — the first page of 待审核 with its
 * counts per status, and the province searching by name with the overdue filter. Each is one
 * gateway request that runs three SQL statements in declarations plus the page's rows.
 * Bounded: 10 s per scenario. Run: `npm run bench:review-queue -w bench`.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '@zjtx/platform';
import { machineLine, runMain, startBenchPlatform } from './bench-platform';

const COUNTIES = ['330102', '330105', '330106', '330108', '330109', '330110', '330212', '330281', '330302', '330402'];
const QUEUE = 'query ($filter: ReviewQueueFilter) { reviewQueue(first: 20, filter: $filter) { totalCount statusCounts { status count } nodes { enterpriseName uscc region { code name path { code name } } status waitingDays deadline overdue score declaration { id tier submittedAt window { name } } } } }';

async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      insert into declarations.enterprise_directory (enterprise_id, uscc, name, region_code, industry_code, size_class, version)
      select ('b0000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, '9133' || lpad(i::text, 14, '0'), '测试企业' || i || '号有限公司',
             ($1::text[])[1 + i % 10], '3491', (array['SMALL','MEDIUM','MICRO'])[1 + i % 3], 1
      from generate_series(1, 20000) i`, [COUNTIES]);
    // One declaration per enterprise in the batch (one per window is the rule), spread over the levels and statuses of a busy batch.
    await client.query(`
      insert into declarations.declaration (id, enterprise_id, tier, status, current_level, submitted_at, window_id, rule_version, submitted_versions, data, version, level_entered_at, highest_level, score)
      select gen_random_uuid(), ('b0000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
             (array['SRDI','INNOVATIVE'])[1 + i % 2]::declarations.tier,
             (array['SUBMITTED','SUBMITTED','SUBMITTED','RETURNED','APPROVED'])[1 + i % 5]::declarations.declaration_status,
             (array['COUNTY','CITY','PROVINCE'])[1 + i % 3]::declarations.review_level,
             now() - (i % 40) * interval '1 day', 'f0000000-0000-4000-8000-000000000002', 'RULESET_2026_2', 1, '{}', 2,
             now() - (i % 40) * interval '1 day', i % 3, 40 + i % 60
      from generate_series(1, 20000) i`);
    await client.query('analyze declarations.declaration; analyze declarations.enterprise_directory');
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { url, databaseUrl, stop } = await startBenchPlatform('review_queue');
  process.stdout.write(machineLine());
  process.stdout.write('| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |\n');
  try {
    await seed(databaseUrl);
    const token = async (identifier: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { identifier, password: DEMO_PASSWORD } } }) });
      return ((await response.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    };
    const scenarios: [string, string, Record<string, unknown>][] = [
      ['county330106: 待审核, first page with counts', 'county330106', {}],
      ['city3301: 待审核, first page with counts', 'city3301', {}],
      ['province33: 待审核, first page with counts', 'province33', {}],
      ['province33: search by name, overdue only, all statuses', 'province33', { search: '测试企业12', overdueOnly: false, statuses: ['PENDING', 'FORWARDED', 'RETURNED', 'PUBLICITY'] }],
    ];
    for (const [name, office, filter] of scenarios) {
      const body = JSON.stringify({ query: QUEUE, variables: { filter } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${await token(office)}` };
      const check = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { data?: { reviewQueue: { totalCount: number } } };
      if (!check.data) throw new TypeError(`${name}: ${JSON.stringify(check)}`);
      const result = await autocannon({ url, method: 'POST', connections: 4, duration: 10, headers, body });
      process.stdout.write(`| ${name} (${check.data.reviewQueue.totalCount} rows), 4 connections | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |\n`);
    }
  } finally {
    await stop();
  }
}

runMain(main);
