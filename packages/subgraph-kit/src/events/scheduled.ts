import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../logger';

export interface ScheduledRunContext {
  /** Transactional: what the run writes commits at once or not at all. */
  em: EntityManager;
  log: Logger;
  pubSub: PubSub;
  afterCommit(fn: () => void): void;
  /** When the run happens (the scheduler's clock, or the time an operator asked for). */
  now: Date;
}

/**
 * Work a subgraph does on a clock (reminders), run by pg-boss's cron in PostgreSQL, not by
 * in-memory timers: a schedule survives restarts, and with several instances each slot runs
 * once. Runs must still be idempotent (a retried or manually triggered run repeats nothing).
 */
export interface ScheduledJob {
  /** Unique within the subgraph; the queue is `<subgraph>.<name>`. */
  name: string;
  /** Five-field cron, in `tz`. */
  cron: string;
  tz: string;
  run(context: ScheduledRunContext): Promise<void>;
}

export const scheduled = (name: string, cron: string, run: ScheduledJob['run'], tz = 'Asia/Shanghai'): ScheduledJob => ({ name, cron, tz, run });

/** Runs a scheduled job's work once, in one transaction; live announcements go out after commit. */
export async function runScheduledJob(em: EntityManager, job: ScheduledJob, log: Logger, pubSub: PubSub, now = new Date()): Promise<void> {
  const afterCommit: (() => void)[] = [];
  await em.fork().transactional((tx) => job.run({ em: tx, log: log.child({ job: job.name }), pubSub, afterCommit: (fn) => afterCommit.push(fn), now }));
  for (const fn of afterCommit) fn();
}
