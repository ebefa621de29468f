import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventCatalogue, Topic } from './catalogue';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Records an event in the subgraph's outbox as part of the unit of work in `em`: it is
 * written by the same flush, inside the same transaction, as the change it reports.
 */
export function recordEvent<T extends Topic>(em: EntityManager, topic: T, payload: EventCatalogue[T]): OutboxEventEntity {
  const event = em.create(OutboxEventEntity, { topic, payload, occurredAt: new Date() });
  em.persist(event);
  return event;
}
