import { useApolloClient } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useMemo, useSyncExternalStore } from 'react';
import { useSignOutMutation } from '../__generated__/graphql';
import type { Session } from './session';
import type { SessionValue } from './SessionContext';
import { SessionContext } from './SessionContext';

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const { store } = session;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const client = useApolloClient();
  const [logout] = useSignOutMutation();

  const value = useMemo<SessionValue>(
    () => ({
      ...snapshot,
      signIn: async (grant) => {
        // Nothing cached while anonymous (viewer: null, say) may survive into the account's view.
        await client.clearStore();
        store.start(grant);
      },
      signOut: async () => {
        try {
          await logout();
        } finally {
          // Even if the server could not be told, this tab forgets the token and the account's data.
          store.end();
          await client.clearStore();
        }
      },
    }),
    [snapshot, client, logout, store],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
