import type { FormattedExecutionResult } from 'graphql';
import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import type { Observable } from 'rxjs';
import { defer, from, mergeMap, of, switchMap, throwError, catchError } from 'rxjs';
import type { SessionRefresher } from './sessionRefresher';
import type { SessionStore } from './sessionStore';

const UNAUTHENTICATED = 'UNAUTHENTICATED';

function hasUnauthenticated(result: { errors?: FormattedExecutionResult['errors'] }): boolean {
  return result.errors?.some((error) => error.extensions?.code === UNAUTHENTICATED) ?? false;
}

/** A non-2xx answer (the gateway rejects an expired token before executing) carrying UNAUTHENTICATED. */
function isUnauthenticatedError(error: unknown): boolean {
  if (!ServerError.is(error)) return false;
  try {
    return hasUnauthenticated(JSON.parse(error.bodyText) as FormattedExecutionResult);
  } catch {
    return false;
  }
}

/**
 * Adds `Authorization: Bearer <token>` to every HTTP operation. A token about to expire is renewed
 * first; if the server still answers UNAUTHENTICATED (expired or revoked meanwhile), the session
 * is refreshed once and the operation sent again — so a form filled in for an hour still submits.
 */
export function createAuthLink(store: SessionStore, refresher: SessionRefresher): ApolloLink {
  return new ApolloLink((operation, forward) => {
    let retried = false;
    // Only a request that carried a token can be saved by a refresh; an anonymous one is answered as is.
    let sentToken = false;
    const send = (): Observable<ApolloLink.Result> =>
      defer(() => {
        const token = store.accessToken();
        sentToken = token !== null;
        operation.setContext(({ headers }) => ({
          headers: { ...(headers as Record<string, string> | undefined), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }));
        return forward(operation);
      });
    const retryAfterRefresh = (fallback: Observable<ApolloLink.Result>): Observable<ApolloLink.Result> => {
      retried = true;
      return from(refresher.refresh()).pipe(switchMap((renewed) => (renewed ? attempt() : fallback)));
    };
    const mayRetry = () => sentToken && !retried;
    const attempt = (): Observable<ApolloLink.Result> =>
      send().pipe(
        mergeMap((result) => (mayRetry() && 'errors' in result && hasUnauthenticated(result) ? retryAfterRefresh(of(result)) : of(result))),
        catchError((error: unknown) => (mayRetry() && isUnauthenticatedError(error) ? retryAfterRefresh(throwError(() => error)) : throwError(() => error))),
      );
    return from(refresher.beforeRequest()).pipe(switchMap(attempt));
  });
}
