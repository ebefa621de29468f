import type { FormattedExecutionResult } from 'graphql';
import { print } from 'graphql';
import type { RefreshSessionMutation } from '../__generated__/graphql';
import { RefreshSessionDocument } from '../__generated__/graphql';
import { GRAPHQL_PATH } from '../apollo/endpoint';
import type { SessionStore } from './sessionStore';

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
export const REFRESH_MARGIN_MS = 60_000;

const REFRESH_BODY = JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDocument) });

export interface SessionRefresher {
  /** Renews the access token from the refresh cookie; false when there is no session (any more). */
  refresh(): Promise<boolean>;
  /** Waits for a restore or a refresh under way, and refreshes a token about to expire. */
  beforeRequest(): Promise<void>;
}

async function postRefresh(): Promise<FormattedExecutionResult<RefreshSessionMutation>> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: REFRESH_BODY,
  });
  return (await response.json()) as FormattedExecutionResult<RefreshSessionMutation>;
}

/**
 * Other tabs share the cookie: one refresh at a time across them too, so each sends the cookie
 * the previous one received instead of the one it rotated away (which would count as reuse).
 */
function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request('zjtx.session-refresh', task) : task();
}

/**
 * Calls `refreshToken` directly (not through Apollo's links, which wait for this). One call at a
 * time: the server rotates the refresh token and revokes the whole session when a used one comes
 * back, so two overlapping refreshes from one tab would sign the user out.
 */
export function createSessionRefresher(store: SessionStore): SessionRefresher {
  let inFlight: Promise<boolean> | null = null;

  async function callRefresh(): Promise<boolean> {
    let result: FormattedExecutionResult<RefreshSessionMutation>;
    try {
      result = await acrossTabs(postRefresh);
    } catch {
      // Offline or the server is down: keep a live session as it is (the next request retries);
      // a session still being restored cannot be, so the visitor is treated as signed out.
      if (store.getSnapshot().status === 'restoring') store.end();
      return false;
    }
    const payload = result.data?.refreshToken;
    if (payload?.accessToken && payload.expiresAt && payload.account) {
      store.start({ accessToken: payload.accessToken, expiresAt: payload.expiresAt, account: payload.account });
      return true;
    }
    store.end();
    return false;
  }

  const refresh = (): Promise<boolean> => {
    inFlight ??= callRefresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    refresh,
    async beforeRequest() {
      if (inFlight) await inFlight;
      if (store.getSnapshot().status === 'signedIn' && store.expiresWithin(REFRESH_MARGIN_MS)) await refresh();
    },
  };
}
