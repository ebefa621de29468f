import { SESSION_COOKIE, type Caller } from '@zjtx/subgraph-kit';

/** What the gateway knows of a request and forwards to subgraphs. */
export interface GatewayContext {
  requestId: string;
  /** The caller's Authorization header, verified here and forwarded for the subgraphs to verify again. */
  authorization?: string;
  caller: Caller;
  /** The client's address (behind trusted proxies: the one they report), for per-IP limits in subgraphs. */
  clientIp?: string;
  /** The client's Accept-Language: subgraphs answer texts for people (userErrors) in it. */
  acceptLanguage?: string;
  /** The session cookie only (never the client's other cookies), forwarded to identity. */
  sessionCookie?: string;
  /** Passes a subgraph's Set-Cookie (identity's refresh cookie) on to the client; absent over WebSocket. */
  appendSetCookie?: (value: string) => void;
}


/** `zjtx_rt=<value>` from a Cookie header, or undefined. */
export function sessionCookieFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return `${SESSION_COOKIE}=${value.join('=')}`;
  }
  return undefined;
}
