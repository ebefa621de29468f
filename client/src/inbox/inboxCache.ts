import type { ApolloCache, Reference } from '@apollo/client';
import type { MessageCategory, MessageList_MessageFragment } from '../__generated__/graphql';
import { MessageList_MessageFragmentDoc, UnreadMessageCount_AccountFragmentDoc } from '../__generated__/graphql';
import { listShows } from './messagesKey';

interface CachedMessages {
  nodes?: readonly Reference[];
  totalCount?: number;
}

/** A message that just arrived goes to the top of every cached list it belongs to (全部 and its tab). */
export function prependMessage(cache: ApolloCache, enterpriseId: string, message: MessageList_MessageFragment): void {
  const ref = cache.writeFragment({ fragment: MessageList_MessageFragmentDoc, data: message });
  if (!ref) return;
  cache.modify<{ messages: CachedMessages }>({
    id: cache.identify({ __typename: 'Enterprise', id: enterpriseId }),
    fields: {
      messages(existing, { storeFieldName, readField }) {
        const list = existing as CachedMessages;
        if (!listShows(storeFieldName, message.category) || !list.nodes) return existing;
        if (list.nodes.some((node) => readField('id', node) === message.id)) return existing;
        return { ...list, nodes: [ref, ...list.nodes], totalCount: (list.totalCount ?? 0) + 1 };
      },
    },
  });
}

/** The badge count, as the server last said it. */
export function writeUnreadCount(cache: ApolloCache, accountId: string, unreadMessageCount: number): void {
  cache.writeFragment({ fragment: UnreadMessageCount_AccountFragmentDoc, data: { __typename: 'Account', id: accountId, unreadMessageCount } });
}

/** Marks cached messages read: the given ones, or every one (of a category) after 全部标为已读. */
export function markReadInCache(cache: ApolloCache, which: { ids: readonly (string | number)[] } | { category?: MessageCategory }): void {
  const ids =
    'ids' in which
      ? which.ids.map(String)
      : Object.entries(cache.extract() as Record<string, unknown>)
          .filter(([key, value]) => key.startsWith('Message:') && (!which.category || (value as { category?: string }).category === which.category))
          .map(([key]) => key.slice('Message:'.length));
  for (const id of ids) {
    cache.modify({ id: cache.identify({ __typename: 'Message', id }), fields: { read: () => true } });
  }
}
