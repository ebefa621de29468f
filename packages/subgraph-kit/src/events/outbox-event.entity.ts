import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * An event waiting to leave its subgraph. It is written in the same transaction as the state
 * change it reports (transactional outbox), so a change and its event commit or roll back
 * together; the relay moves it to the bus afterwards. Each subgraph has this table in its own
 * schema (see `eventTablesSql`).
 */
@Entity({ tableName: 'outbox_event' })
@Index({ name: 'outbox_event_pending_idx', properties: ['seq'], options: { where: 'dispatched_at is null' } })
export class OutboxEventEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Insertion order, so the relay sends events in the order they were recorded. */
  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq?: string;

  @Property({ type: 'string', length: 100 })
  topic!: string;

  @Property({ type: 'json' })
  payload!: object;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  dispatchedAt?: Date | null;
}
