import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Authenticate } from '@zjtx/subgraph-kit';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context';
import { formatGatewayError } from '../errors';
import type { FederatedSubscriptions } from './federated-subscriptions';
import { UpstreamConnections } from './upstream';

/** Context of one client WebSocket connection. */
export interface SubscriptionContext extends GatewayContext {
  upstreams: UpstreamConnections;
  /** Access token expiry (ms since epoch), if signed in. */
  expiresAt?: number;
}

const onlySubscriptions = (): ExecutionResult => ({
  errors: [
    new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql.', {
      extensions: { code: 'BAD_REQUEST' },
    }),
  ],
});

/**
 * graphql-ws on the gateway's /graphql path. Authenticates at connection_init (connection
 * params `{ authorization: "Bearer …" }`), re-checks the token's expiry on every event, and
 * executes subscriptions through the federated executor. Subgraphs re-check per event who
 * may receive it.
 */
export function attachSubscriptionServer(options: {
  httpServer: Server;
  subscriptions: FederatedSubscriptions;
  authenticate: Authenticate;
  wsUrlOf: (serviceName: string) => string;
  log: Logger;
}): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const contexts = new WeakMap<object, SubscriptionContext>();

  const server = useServer<Record<string, unknown>>(
    {
      schema: options.subscriptions.apiSchema,
      onConnect: async (ctx) => {
        const authorization = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
        try {
          const caller = await options.authenticate({ authorization });
          const base: GatewayContext = { requestId: randomUUID(), authorization, caller };
          const exp = authorization ? decodeJwt(authorization.replace(/^Bearer /i, '')).exp : undefined;
          contexts.set(ctx.extra, { ...base, upstreams: new UpstreamConnections(options.wsUrlOf, base), expiresAt: exp ? exp * 1000 : undefined });
          return true;
        } catch {
          return false; // closes with 4403 Forbidden: the client should sign in or refresh, then reconnect
        }
      },
      onClose: async (ctx) => {
        await contexts.get(ctx.extra)?.upstreams.dispose();
      },
      context: (ctx) => contexts.get(ctx.extra) as unknown as Record<string, unknown>,
      execute: async () => onlySubscriptions(),
      subscribe: async (args) => {
        const context = args.contextValue as unknown as SubscriptionContext;
        try {
          const events = options.subscriptions.subscribe({
            document: args.document,
            operationName: args.operationName,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            context,
          });
          return deliver(events, context);
        } catch (error) {
          if (error instanceof GraphQLError) return { errors: [error] };
          options.log.error({ err: error }, 'subscription failed to start');
          return { errors: [new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
        }
      },
    },
    wss,
  );
  return {
    dispose: async () => {
      await server.dispose();
    },
  };
}

/**
 * Yields events with errors formatted for clients. Once the access token has expired the
 * subscription ends with UNAUTHENTICATED: the client refreshes and subscribes again.
 */
async function* deliver(events: AsyncGenerator<ExecutionResult>, context: SubscriptionContext): AsyncGenerator<ExecutionResult> {
  for await (const event of events) {
    if (context.expiresAt && Date.now() >= context.expiresAt) {
      yield { errors: [new GraphQLError('Access token expired; refresh it and subscribe again.', { extensions: { code: 'UNAUTHENTICATED' } })] };
      return;
    }
    yield event.errors ? { ...event, errors: event.errors.map((e) => formatGatewayError(e) as GraphQLError) } : event;
  }
}
