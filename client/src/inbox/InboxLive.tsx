import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxMessageReceivedSubscription, useInboxUnreadCountSubscription } from '../__generated__/graphql';
import { useSession } from '../session/useSession';
import { prependMessage, writeUnreadCount } from './inboxCache';

/**
 * The signed-in enterprise's live inbox, mounted once for the whole portal: new messages go to
 * the top of the cached lists (最新消息, 我的消息) and the unread count to the badge, without a
 * reload. A new message is also read out by screen readers.
 */
export function InboxLive() {
  const { account } = useSession();
  // unreadMessageCount is for enterprise accounts; others have no inbox to follow.
  if (account?.accountType !== 'LEGAL_PERSON') return null;
  return <InboxSubscriptions key={account.id} accountId={account.id} />;
}

function InboxSubscriptions({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [arrived, setArrived] = useState('');
  useInboxMessageReceivedSubscription({
    ignoreResults: true,
    onData: ({ client, data }) => {
      const message = data.data?.messageReceived;
      if (!message) return;
      const { enterprise, ...listed } = message;
      if (enterprise) prependMessage(client.cache, enterprise.id, listed);
      setArrived(t('messages.arrived', { title: message.title }));
    },
  });
  useInboxUnreadCountSubscription({
    ignoreResults: true,
    onData: ({ client, data }) => {
      const count = data.data?.unreadMessageCount;
      if (typeof count === 'number') writeUnreadCount(client.cache, accountId, count);
    },
  });
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {arrived}
    </VisuallyHidden>
  );
}
