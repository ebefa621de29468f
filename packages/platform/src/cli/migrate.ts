#!/usr/bin/env node
import { parseEnv } from '@zjtx/subgraph-kit';
import { z } from 'zod';
import { seedDemo } from '../demo/seed';
import { migrateAll } from '../migrate';

const migrateEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
});

/** One-shot job for deployments: apply every subgraph's migrations (and `--demo` data), then exit. */
async function main(): Promise<void> {
  const env = parseEnv(migrateEnv, 'migrate');
  const applied = await migrateAll(env.DATABASE_URL);
  for (const [name, migrations] of Object.entries(applied)) process.stdout.write(`${name}: ${migrations.length ? migrations.join(', ') : 'up to date'}\n`);
  if (process.argv.includes('--demo')) {
    await seedDemo(env.DATABASE_URL);
    process.stdout.write('demo data loaded\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
