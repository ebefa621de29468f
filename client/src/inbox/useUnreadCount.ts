import { useUnreadMessageCountQuery } from '../__generated__/graphql';
import { useSession } from '../session/useSession';

/** Unread messages of the signed-in enterprise (undefined until known, or for other accounts). */
export function useUnreadCount(): number | undefined {
  const { account } = useSession();
  const enterprise = account?.accountType === 'LEGAL_PERSON';
  // The first value comes from the query; InboxLive keeps the cached one current.
  const { data } = useUnreadMessageCountQuery({ skip: !enterprise });
  return enterprise ? data?.viewer?.unreadMessageCount : undefined;
}
