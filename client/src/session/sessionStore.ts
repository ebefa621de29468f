import type { Session_AccountFragment } from '../__generated__/graphql';

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionSnapshot {
  status: SessionStatus;
  account: Session_AccountFragment | null;
}

/** What login, register and refreshToken hand back when they succeed. */
export interface SessionGrant {
  accessToken: string;
  /** ISO date-time at which the access token stops being accepted. */
  expiresAt: string;
  account: Session_AccountFragment;
}

/**
 * The access token and the account it belongs to, in memory only: never in localStorage, where
 * any injected script could read it. A reload restores the session from the httpOnly refresh
 * cookie instead (see sessionRefresher.ts).
 */
export class SessionStore {
  private token: string | null = null;
  private expiresAtMs = 0;
  private snapshot: SessionSnapshot = { status: 'restoring', account: null };
  private readonly listeners = new Set<() => void>();

  accessToken(): string | null {
    return this.token;
  }

  /** Whether the token is missing or expires within `marginMs`. */
  expiresWithin(marginMs: number): boolean {
    return this.token === null || this.expiresAtMs - Date.now() <= marginMs;
  }

  start(grant: SessionGrant): void {
    this.token = grant.accessToken;
    this.expiresAtMs = new Date(grant.expiresAt).getTime();
    this.publish({ status: 'signedIn', account: grant.account });
  }

  end(): void {
    this.token = null;
    this.expiresAtMs = 0;
    this.publish({ status: 'signedOut', account: null });
  }

  // Arrow properties: useSyncExternalStore calls them unbound.
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  private publish(snapshot: SessionSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
