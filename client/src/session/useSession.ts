import { use } from 'react';
import type { SessionValue } from './SessionContext';
import { SessionContext } from './SessionContext';

/** The signed-in account (or none), with signIn and signOut. */
export function useSession(): SessionValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}
