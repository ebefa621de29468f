import pg from 'pg';
import type { Logger } from '../logger';
import type { EventEnvelope } from './catalogue';

/** How often the relay looks for events even without a notification (a missed NOTIFY, a restart). */
const POLL_INTERVAL_MS = 5_000;
const BATCH_SIZE = 100;

/**
 * Moves committed outbox events to the bus. Woken by the outbox trigger's NOTIFY and by a
 * slow poll. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several instances relay in
 * parallel without sending an event twice in the normal case; a crash between publishing
 * and marking re-sends it, which consumers absorb (they record event ids).
 */
export class OutboxRelay {
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    databaseUrl: string,
    private readonly schema: string,
    private readonly publish: (event: EventEnvelope) => Promise<void>,
    private readonly log: Logger,
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 1, application_name: `${schema}-outbox-relay` });
  }

  async start(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.nudge(), POLL_INTERVAL_MS);
    this.nudge();
  }

  /** Asks for a drain; coalesces with one already running. */
  nudge(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll()
      .catch((error: unknown) => this.log.error({ err: error }, 'outbox relay failed; will retry'))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.pool.options.connectionString, application_name: `${this.schema}-outbox-listen` });
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.nudge();
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'outbox LISTEN connection lost; polling until it is back');
      this.listener = null;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000);
    });
    await client.connect();
    await client.query('LISTEN zjtx_outbox');
    this.listener = client;
  }

  private async drainAll(): Promise<void> {
    while (!this.stopped && (await this.drainBatch()) === BATCH_SIZE);
  }

  /** Publishes one batch and marks it sent, in one transaction. Returns how many were sent. */
  private async drainBatch(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ id: string; topic: string; payload: object; occurred_at: Date }>(
        `select id, topic, payload, occurred_at from "${this.schema}"."outbox_event"
         where dispatched_at is null order by seq limit ${BATCH_SIZE} for update skip locked`,
      );
      for (const row of rows) {
        await this.publish({ id: row.id, topic: row.topic, occurredAt: row.occurred_at.toISOString(), payload: row.payload } as EventEnvelope);
      }
      if (rows.length > 0) {
        await client.query(`update "${this.schema}"."outbox_event" set dispatched_at = now() where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
      }
      await client.query('commit');
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
