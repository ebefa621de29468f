import type { SessionRefresher } from './sessionRefresher';
import { createSessionRefresher } from './sessionRefresher';
import { SessionStore } from './sessionStore';

/** The in-memory session and the one way to renew it, shared by the Apollo links and the React tree. */
export interface Session {
  store: SessionStore;
  refresher: SessionRefresher;
}

/** Creates the session and starts restoring it from the refresh cookie; requests wait for that. */
export function createSession(): Session {
  const store = new SessionStore();
  const refresher = createSessionRefresher(store);
  void refresher.refresh();
  return { store, refresher };
}
