import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../logger';
import type { EventEnvelope, Topic } from './catalogue';
import type { EventConsumer } from './consumer';
import { OutboxRelay } from './relay';
import { ensureQueues, scheduleQueue } from './queue-setup';
import { runScheduledJob, type ScheduledJob } from './scheduled';
import { EVENT_SUBSCRIBERS, queueName } from './subscriptions';

export interface EventBusOptions {
  /** The subgraph: its schema holds the outbox, and it names its queues. */
  schema: string;
  orm: MikroORM;
  databaseUrl: string;
  /** Where pg-boss keeps its queues; the same database by default. */
  busDatabaseUrl?: string;
  consumers: readonly EventConsumer[];
  log: Logger;
  /** Handed to consumers that announce what they did to live subscribers. */
  pubSub: PubSub;
  /** Work on a clock (cron in pg-boss). */
  schedules?: readonly ScheduledJob[];
}

export interface RunningEventBus {
  boss: PgBoss;
  /** Wakes the relay now (after a commit that recorded events) instead of at the next notification. */
  nudge(): void;
  stop(): Promise<void>;
}

/** How often a consumer queue is polled; pg-boss 10 does not go below half a second. */
const POLL_SECONDS = 0.5;

/**
 * The durable event bus of one subgraph process: pg-boss (queues in PostgreSQL) carries
 * events, the outbox relay feeds it, and each consumer gets its own queue subscribed to its
 * topic, so every interested subgraph receives every event, and instances of the same
 * subgraph share the work. Failed handlers are retried with backoff.
 */
export async function startEventBus(options: EventBusOptions): Promise<RunningEventBus> {
  const { schema, orm, log } = options;
  const boss = new PgBoss({
    connectionString: options.busDatabaseUrl ?? options.databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: `${schema}-events`,
  });
  boss.on('error', (error) => log.error({ err: error }, 'event bus error'));
  await boss.start();

  await ensureQueues(boss, options.busDatabaseUrl ?? options.databaseUrl, schema, options.schedules ?? []);
  for (const consumer of options.consumers) {
    await startConsumer(boss, schema, orm, consumer, log, options.pubSub);
  }

  for (const job of options.schedules ?? []) {
    const queue = scheduleQueue(schema, job);
    // Every instance declares the same schedule (an upsert); pg-boss creates one job per slot.
    await boss.schedule(queue, job.cron, {}, { tz: job.tz });
    await boss.work(queue, { pollingIntervalSeconds: 2 }, async () => {
      await runScheduledJob(orm.em, job, log, options.pubSub);
    });
  }

  const relay = new OutboxRelay(options.databaseUrl, schema, (event) => boss.publish(event.topic, event), log);
  await relay.start();

  return {
    boss,
    nudge: () => relay.nudge(),
    stop: async () => {
      await relay.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}

async function startConsumer(boss: PgBoss, schema: string, orm: MikroORM, consumer: EventConsumer, log: Logger, pubSub: PubSub): Promise<void> {
  const queue = queueName(schema, consumer.topic);
  if (!EVENT_SUBSCRIBERS[consumer.topic].includes(schema)) {
    throw new TypeError(`${schema} consumes ${consumer.topic} but is not listed in EVENT_SUBSCRIBERS (events/subscriptions.ts)`);
  }
  await boss.work<EventEnvelope>(queue, { batchSize: 20, pollingIntervalSeconds: POLL_SECONDS }, async (jobs) => {
    // One at a time, each in its own transaction. If one fails the batch is retried; events
    // already processed are skipped by their recorded id.
    for (const job of jobs) await processOnce(orm, schema, queue, consumer, job.data, log, pubSub);
  });
}

/** Runs the handler and records the event id in one transaction, unless the id is recorded already. */
export async function processOnce(
  orm: MikroORM,
  schema: string,
  consumerName: string,
  consumer: EventConsumer,
  event: EventEnvelope,
  log: Logger,
  pubSub: PubSub,
): Promise<boolean> {
  const afterCommit: (() => void)[] = [];
  const processed = await orm.em.fork().transactional(async (em) => {
    const claimed = await em.execute<{ event_id: string }[]>(
      `insert into "${schema}"."processed_event" (consumer, event_id) values (?, ?) on conflict do nothing returning event_id`,
      [consumerName, event.id],
    );
    if (claimed.length === 0) return false;
    const eventLog = log.child({ eventId: event.id, topic: event.topic });
    await (consumer as EventConsumer<Topic>).handle(event.payload, { em, event, log: eventLog, pubSub, afterCommit: (fn) => afterCommit.push(fn) });
    eventLog.debug('event processed');
    return true;
  });
  // Live notifications go out only once what they announce is committed and readable.
  for (const fn of afterCommit) fn();
  return processed;
}
