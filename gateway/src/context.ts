import type { Caller } from '@zjtx/subgraph-kit';

/** What the gateway knows of a request and forwards to subgraphs. */
export interface GatewayContext {
  requestId: string;
  /** The caller's Authorization header, verified here and forwarded for the subgraphs to verify again. */
  authorization?: string;
  caller: Caller;
}
