import { createClient, type Client } from 'graphql-ws';
import type { ExecutionResult } from 'graphql';
import WebSocket from 'ws';
import type { GatewayContext } from '../context';

/**
 * graphql-ws connections from the gateway to subgraphs, one per client connection and
 * subgraph (never shared across users: each carries its caller's credentials).
 */
export class UpstreamConnections {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly wsUrlOf: (serviceName: string) => string,
    private readonly context: GatewayContext,
  ) {}

  subscribe(serviceName: string, request: { query: string; variables: Record<string, unknown> }): AsyncIterable<ExecutionResult> {
    return this.clientFor(serviceName).iterate(request) as AsyncIterable<ExecutionResult>;
  }

  private clientFor(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (!client) {
      client = createClient({
        url: this.wsUrlOf(serviceName),
        webSocketImpl: WebSocket,
        lazy: true,
        keepAlive: 10_000, // pings keep idle links alive through load balancers
        retryAttempts: 3,
        connectionParams: { authorization: this.context.authorization, requestId: this.context.requestId },
      });
      this.clients.set(serviceName, client);
    }
    return client;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
    this.clients.clear();
  }
}
