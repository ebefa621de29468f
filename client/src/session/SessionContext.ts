import { createContext } from 'react';
import type { SessionGrant, SessionSnapshot } from './sessionStore';

export interface SessionValue extends SessionSnapshot {
  /** Starts the session a successful login or registration handed back. */
  signIn: (grant: SessionGrant) => Promise<void>;
  /** Revokes the session on the server and forgets everything cached for this account. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);
