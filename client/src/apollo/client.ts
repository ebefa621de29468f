import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

// One endpoint for everything, on the origin that served the page (the gateway serves both).
const GRAPHQL_PATH = '/graphql';

function webSocketUrl(): string {
  const url = new URL(GRAPHQL_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function createLink(): ApolloLink {
  const http = new HttpLink({ uri: GRAPHQL_PATH });
  const ws = new GraphQLWsLink(
    createClient({
      url: webSocketUrl(),
      // Connect on the first subscription, not on page load: most public pages never subscribe.
      lazy: true,
      // Load balancers drop quiet sockets; pings keep a long-lived inbox subscription alive.
      keepAlive: 15_000,
      retryAttempts: 5,
    }),
  );
  // The gateway answers subscriptions only over graphql-ws (a subscription POSTed over HTTP fails).
  return ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    ws,
    http,
  );
}

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Connections and page info have no id of their own. Merging them field by field keeps
      // what two queries selected on the same list (e.g. `nodes` and `totalCount`) instead of
      // the last response replacing the other's fields.
      AnnouncementConnection: { merge: true },
      PageInfo: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({ link: createLink(), cache: createCache() });
}
