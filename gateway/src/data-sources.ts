import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayContext } from './context';

/** A subgraph data source that forwards the caller's credentials and the request id. */
export function createDataSource(url: string, fetcher: Fetcher): RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  return new RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>>({
    url,
    fetcher,
    willSendRequest({ request, context }) {
      if (!request.http) return;
      if (context.authorization) request.http.headers.set('authorization', context.authorization);
      if (context.requestId) request.http.headers.set('x-request-id', context.requestId);
    },
  });
}
