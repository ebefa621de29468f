import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayContext } from './context';

/** Only identity manages the session, so only identity sees the session cookie or may set it. */
const SESSION_OWNER = 'identity';

/**
 * A subgraph data source that forwards the caller's credentials, address and request id,
 * and for identity the session cookie in both directions.
 */
export function createDataSource(name: string, url: string, fetcher: Fetcher): RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  const ownsSession = name === SESSION_OWNER;
  return new RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>>({
    url,
    fetcher,
    willSendRequest({ request, context }) {
      if (!request.http) return;
      if (context.authorization) request.http.headers.set('authorization', context.authorization);
      if (context.requestId) request.http.headers.set('x-request-id', context.requestId);
      if (context.clientIp) request.http.headers.set('x-forwarded-for', context.clientIp);
      if (context.acceptLanguage) request.http.headers.set('accept-language', context.acceptLanguage);
      if (ownsSession && context.sessionCookie) request.http.headers.set('cookie', context.sessionCookie);
    },
    didReceiveResponse({ response, context }) {
      if (ownsSession && context.appendSetCookie) {
        const setCookie = response.http?.headers.get('set-cookie');
        if (setCookie) context.appendSetCookie(setCookie);
      }
      return response;
    },
  });
}
