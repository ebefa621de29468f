#!/usr/bin/env node
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseEnv } from '@zjtx/subgraph-kit';
import { openDatabase } from '../database';
import { seedDemo } from '../demo/seed';
import { DEMO_ADMIN, DEMO_ENTERPRISES, DEMO_OFFICES, DEMO_PARTNER, DEMO_PASSWORD } from '../demo/demo-data';
import { migrateAll } from '../migrate';
import { startProcesses } from '../processes';
import { startEnv } from './config';

/** `npm start`: database, migrations, demo data, five subgraphs, gateway, client — then the URLs. */
async function main(): Promise<void> {
  const env = parseEnv(startEnv, 'start');
  const watch = process.argv.includes('--watch');
  const say = (line: string) => process.stdout.write(`${line}\n`);

  say(env.DATABASE_URL ? 'Using the PostgreSQL at DATABASE_URL' : `Starting embedded PostgreSQL (data in ${env.DATA_DIR})`);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, port: env.PG_PORT });
  let platform: Awaited<ReturnType<typeof startProcesses>> | null = null;
  // Watch mode: every server package recompiles on change (tsc --watch); services restart on new output.
  const compiler: ChildProcess | null = watch ? startCompilerWatch() : null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping…');
    compiler?.kill('SIGTERM');
    await platform?.stop();
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await migrateAll(database.url);
    const count = Object.values(applied).flat().length;
    say(count ? `Applied ${count} migration(s)` : 'Database schema up to date');
    if (env.NODE_ENV !== 'production') {
      await seedDemo(database.url);
      say('Demo data loaded');
    }
    platform = await startProcesses({
      databaseUrl: database.url,
      redisUrl: env.REDIS_URL,
      host: env.HOST,
      gatewayPort: env.PORT,
      subgraphPortBase: env.SUBGRAPH_PORT_BASE,
      logLevel: env.LOG_LEVEL,
      nodeEnv: env.NODE_ENV,
      watch,
    });
  } catch (error) {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
    return;
  }

  say('');
  say('优质中小企业梯度培育平台 is running');
  say(`  Portal          ${platform.gatewayUrl}`);
  say(`  GraphQL (HTTP)  ${platform.gatewayUrl}graphql`);
  say(`  GraphQL (WS)    ${platform.gatewayUrl.replace(/^http/, 'ws')}graphql`);
  for (const [name, url] of Object.entries(platform.subgraphUrls)) say(`  subgraph ${name.padEnd(14)} ${url}`);
  if (env.NODE_ENV !== 'production') {
    say('');
    say(`Demo logins (password ${DEMO_PASSWORD}):`);
    for (const e of DEMO_ENTERPRISES) say(`  ${e.loginName.padEnd(14)} enterprise  ${e.name} (${e.regionCode}; or sign in with USCC ${e.uscc})`);
    for (const o of DEMO_OFFICES) say(`  ${o.loginName.padEnd(14)} office      ${o.displayName}`);
    say(`  ${DEMO_ADMIN.loginName.padEnd(14)} admin       ${DEMO_ADMIN.displayName}`);
    say(`Demo partner client: ${DEMO_PARTNER.clientId} / ${DEMO_PARTNER.clientSecret} (scopes ${DEMO_PARTNER.scopes.join(', ')})`);
    say('SMS codes go to the development outbox: open /dev/sms in the portal.');
  }
  say('');
  say('Press Ctrl-C to stop.');
}

void main();

function startCompilerWatch(): ChildProcess {
  const root = join(__dirname, '..', '..', '..', '..');
  return spawn('npx', ['turbo', 'run', 'dev', '--output-logs=errors-only', '--concurrency=20', '--filter=!@zjtx/client', '--filter=!@zjtx/e2e', '--filter=!@zjtx/bench'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
