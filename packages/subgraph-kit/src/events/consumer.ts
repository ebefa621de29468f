import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../logger';
import type { EventCatalogue, EventEnvelope, Topic } from './catalogue';

export interface ConsumeContext<T extends Topic> {
  /** Transactional: the handler's changes commit together with the record that the event was processed. */
  em: EntityManager;
  event: EventEnvelope<T>;
  log: Logger;
  /** The subgraph's pub/sub, for live updates about what the handler did. */
  pubSub: PubSub;
  /** Runs `fn` after the handler's transaction committed (e.g. publishing to live subscribers). */
  afterCommit(fn: () => void): void;
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
