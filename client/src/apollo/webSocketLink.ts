import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import type { SessionRefresher } from '../session/sessionRefresher';
import type { SessionStore } from '../session/sessionStore';
import { webSocketUrl } from './endpoint';

// graphql-ws retries after a close with this (non-fatal) code and re-sends active subscriptions.
const RESTART_CODE = 4205;

/**
 * Subscriptions over graphql-ws. The gateway authenticates once per connection
 * (connection params `{ authorization: 'Bearer …' }`), so whenever the access token changes
 * (sign-in, refresh, sign-out) an open socket is closed and reopened with the new one.
 */
export function createWebSocketLink(store: SessionStore, refresher: SessionRefresher): GraphQLWsLink {
  let socket: WebSocket | null = null;
  const client = createClient({
    url: webSocketUrl(),
    // Connect on the first subscription, not on page load: most public pages never subscribe.
    lazy: true,
    // Load balancers drop quiet sockets; pings keep a long-lived inbox subscription alive.
    keepAlive: 15_000,
    retryAttempts: 5,
    connectionParams: async () => {
      await refresher.beforeRequest();
      const token = store.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
      },
      closed: () => {
        socket = null;
      },
    },
  });
  let lastToken = store.accessToken();
  store.subscribe(() => {
    const token = store.accessToken();
    if (token === lastToken) return;
    lastToken = token;
    if (socket?.readyState === WebSocket.OPEN) socket.close(RESTART_CODE, 'Access token changed');
  });
  return new GraphQLWsLink(client);
}
