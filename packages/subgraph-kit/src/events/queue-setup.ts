import pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Topic } from './catalogue';
import type { ScheduledJob } from './scheduled';
import { EVENT_SUBSCRIBERS, queueName, RETRY_POLICY } from './subscriptions';

/** Any constant: the advisory lock under which one process at a time sets up queues. */
const QUEUE_SETUP_LOCK = 7_202_611;

export function scheduleQueue(schema: string, job: ScheduledJob): string {
  return `${schema}.${job.name}`;
}

/**
 * Every consumer queue of the platform with its subscription, so no published event finds
 * nobody listening, and this subgraph's schedule queues. Services start together, and
 * pg-boss's queue creation deadlocks when run concurrently (it alters the partition's
 * foreign key to the queue table), so every queue is created while holding one PostgreSQL
 * advisory lock: processes take turns.
 */
export async function ensureQueues(boss: PgBoss, databaseUrl: string, schema: string, schedules: readonly ScheduledJob[]): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUrl, application_name: 'event-bus-setup' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    for (const [topic, subgraphs] of Object.entries(EVENT_SUBSCRIBERS) as [Topic, readonly string[]][]) {
      for (const subgraph of subgraphs) {
        const queue = queueName(subgraph, topic);
        await ensureQueue(boss, queue);
        await boss.subscribe(topic, queue);
      }
    }
    for (const job of schedules) await ensureQueue(boss, scheduleQueue(schema, job));
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}

async function ensureQueue(boss: PgBoss, queue: string): Promise<void> {
  if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { name: queue, ...RETRY_POLICY });
}
