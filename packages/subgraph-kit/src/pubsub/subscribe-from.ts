import { Repeater } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';

/**
 * One subscriber's stream: `initial` at once, then the events of `topics` it should see. A
 * subscriber learns the current state the moment it subscribes, instead of waiting for the next
 * change (and never misses one that happened while its subscription was being set up).
 */
export function subscribeFrom<T>(pubSub: PubSub, topics: readonly string[], initial: T, keep: (event: T) => boolean): AsyncIterable<T> {
  const live = topics.map((topic) => pubSub.subscribe(topic) as AsyncIterable<T>);
  const merged = Repeater.merge([[initial], ...live]) as AsyncIterable<T>;
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<T> {
      for await (const event of merged) if (keep(event)) yield event;
    },
  };
}
