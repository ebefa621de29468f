import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import type { EventCatalogue, EventEnvelope, Topic } from './catalogue';

export interface ConsumeContext<T extends Topic> {
  /** Transactional: the handler's changes commit together with the record that the event was processed. */
  em: EntityManager;
  event: EventEnvelope<T>;
  log: Logger;
}

/** A subgraph's reaction to one topic. Must be safe to run once per event id (the kit ensures once). */
export interface EventConsumer<T extends Topic = Topic> {
  topic: T;
  handle(payload: EventCatalogue[T], context: ConsumeContext<T>): Promise<void>;
}

/** Declares a consumer with the payload type inferred from the topic. */
export function consume<T extends Topic>(topic: T, handle: EventConsumer<T>['handle']): EventConsumer<T> {
  return { topic, handle };
}
