import type { MessageCategory } from '../__generated__/graphql';
import { parseCategory } from './messageCategories';

const ALL = 'ALL';

/**
 * The cache key of one list of `Enterprise.messages`: `messages:<category or ALL>:<page size>`.
 * A key of our own (not Apollo's JSON of the arguments) so that a live message can be put at the
 * top of exactly the lists it belongs to (see inboxCache.ts).
 */
export function messagesKey(args: Record<string, unknown> | null): string {
  const category = typeof args?.['category'] === 'string' ? args['category'] : ALL;
  const first = typeof args?.['first'] === 'number' ? args['first'] : 'default';
  return `messages:${category}:${first}`;
}

/** Whether the list cached under `storeFieldName` shows messages of `category`. */
export function listShows(storeFieldName: string, category: MessageCategory): boolean {
  const listed = storeFieldName.split(':')[1] ?? '';
  return listed === ALL || parseCategory(listed) === category;
}
