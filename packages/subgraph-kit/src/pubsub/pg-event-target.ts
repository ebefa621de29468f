import { CustomEvent } from '@whatwg-node/events';
import pg from 'pg';
import type { Logger } from '../logger';

type Listener = (event: CustomEvent<unknown>) => void;

/** PostgreSQL's NOTIFY payload limit (8000 bytes) minus room for the envelope. */
const MAX_PAYLOAD_BYTES = 7900;

/**
 * An EventTarget spanning every instance connected to the same PostgreSQL: dispatching
 * sends NOTIFY on one channel, and every instance (this one included) LISTENs on it and
 * re-dispatches locally. Default pub/sub for subscriptions; Redis replaces it at scale.
 */
export class PgEventTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  private listenClient: pg.Client | null = null;
  private readonly notifyPool: pg.Pool;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly log: Logger,
  ) {
    this.notifyPool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }

  async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.onNotification(message.payload));
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'pub/sub LISTEN connection lost; reconnecting');
      this.listenClient = null;
      if (!this.closed) setTimeout(() => void this.connect().catch((e) => this.log.error({ err: e }, 'pub/sub reconnect failed')), 1000);
    });
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.listenClient = client;
  }

  addEventListener(type: string, listener: Listener | null): void {
    if (!listener) return;
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener | null): void {
    if (listener) this.listeners.get(type)?.delete(listener);
  }

  dispatchEvent(event: CustomEvent<unknown>): boolean {
    const payload = JSON.stringify({ type: event.type, data: event.detail });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      this.log.error({ type: event.type }, 'pub/sub event too large for NOTIFY; publish ids, not documents');
      return false;
    }
    void this.notifyPool
      .query('SELECT pg_notify($1, $2)', [this.channel, payload])
      .catch((error: unknown) => this.log.error({ err: error, type: event.type }, 'pub/sub NOTIFY failed'));
    return true;
  }

  private onNotification(raw: string | undefined): void {
    if (!raw) return;
    const { type, data } = JSON.parse(raw) as { type: string; data: unknown };
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new CustomEvent(type, { detail: data }));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listenClient?.end().catch(() => undefined);
    await this.notifyPool.end();
  }
}
