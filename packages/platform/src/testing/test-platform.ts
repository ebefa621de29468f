import { declarations, grantRecognition, type Tier } from '@zjtx/declarations';
import { DEV_OUTBOX_SENDERS, deliverToChannels, notifications } from '@zjtx/notifications';
import { createOrm } from '@zjtx/subgraph-kit';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@zjtx/test-kit';
import { seedDemo } from '../demo/seed';
import { migrateAll } from '../migrate';
import { startProcesses, type RunningPlatform } from '../processes';

export interface TestPlatform {
  platform: RunningPlatform;
  db: TestDatabase;
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Runs SQL on the platform's database, for tests that must age or inspect rows. */
  sql(text: string): Promise<unknown[]>;
  /** Recognises an enterprise as final approval will (declarations' grantRecognition), until the review chain exists. */
  grantRecognition(enterpriseId: string, tier: 'INNOVATIVE' | 'SRDI' | 'LITTLE_GIANT', validFrom: string): Promise<void>;
  /** Runs what notifications' per-minute job does (SMS and e-mail copies, development outbox) now, instead of waiting for the clock. */
  deliverMessageCopies(): Promise<number>;
  stop(): Promise<void>;
}

/** A fresh database with demo data and every service in its own process from dist/, as `npm start` runs them. */
export async function startTestPlatform(): Promise<TestPlatform> {
  const db = await createTestDatabase();
  await migrateAll(db.url);
  await seedDemo(db.url);
  const platform = await startProcesses({ databaseUrl: db.url, host: '127.0.0.1', gatewayPort: 0, subgraphPortBase: 0, logLevel: 'warn', nodeEnv: 'test', watch: false });
  return {
    platform,
    db,
    url: `${platform.gatewayUrl}graphql`,
    sql: async (text) => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    },
    grantRecognition: async (enterpriseId, tier, validFrom) => {
      const orm = await createOrm({ schema: 'declarations', databaseUrl: db.url, entities: declarations.entities, migrations: declarations.migrations, poolMax: 1 });
      try {
        await grantRecognition(orm.em.fork(), { enterpriseId, tier: tier as Tier, validFrom });
      } finally {
        await orm.close();
      }
    },
    deliverMessageCopies: async () => {
      const orm = await createOrm({ schema: 'notifications', databaseUrl: db.url, entities: notifications.entities, migrations: notifications.migrations, poolMax: 1 });
      try {
        return await orm.em.fork().transactional((em) => deliverToChannels(em, DEV_OUTBOX_SENDERS));
      } finally {
        await orm.close();
      }
    },
    stop: async () => {
      await platform.stop();
      await db.drop();
    },
  };
}

/** Polls `probe` until it returns a value (not null/undefined), for effects that arrive by event. */
export async function eventually<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new TypeError(`still nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
