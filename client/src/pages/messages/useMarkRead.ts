import { useMarkMessagesReadMutation } from '../../__generated__/graphql';
import type { MarkMessagesReadInput } from '../../__generated__/graphql';
import { markReadInCache, writeUnreadCount } from '../../inbox/inboxCache';
import { useSession } from '../../session/useSession';

/**
 * 标为已读 (one message, or all of a tab). The answer's unread count goes to the badge at once
 * (the subscription says the same a moment later), and cached messages lose their unread dot.
 * Resolves to the server's problem message, or null when done.
 */
export function useMarkRead() {
  const { account } = useSession();
  const [mutate, { loading }] = useMarkMessagesReadMutation();
  const markRead = async (input: MarkMessagesReadInput): Promise<string | null> => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: answer }) {
        const payload = answer?.markMessagesRead;
        if (!payload || payload.userErrors.length > 0) return;
        markReadInCache(cache, input.ids ? { ids: input.ids } : { category: input.category ?? undefined });
        if (account) writeUnreadCount(cache, account.id, payload.unreadCount);
      },
    });
    return data?.markMessagesRead.userErrors[0]?.message ?? null;
  };
  return { markRead, loading };
}
