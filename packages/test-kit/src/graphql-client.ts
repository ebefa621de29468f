import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
  /** Set-Cookie headers of the response (identity's refresh cookie, passed on by the gateway). */
  setCookies: string[];
}

/** POSTs one operation, as any HTTP client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely; assertions check the shape
export async function graphql<TData = Record<string, any>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, setCookies: response.headers.getSetCookie(), ...((await response.json()) as object) };
}

/** Signs in through the gateway and returns the access token. */
export async function login(url: string, loginName: string, password: string): Promise<string> {
  const result = await graphql<{ login: { accessToken: string | null; userErrors: { message: string }[] } }>(
    url,
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken userErrors { code message } } }',
    { variables: { input: { identifier: loginName, password } } },
  );
  const token = result.data?.login.accessToken;
  if (!token) throw new TypeError(`login as ${loginName} failed: ${JSON.stringify(result.errors ?? result.data?.login.userErrors)}`);
  return token;
}

/** A graphql-ws client for `ws://…/graphql`, optionally signed in. */
export function wsClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

/**
 * Subscribes and collects events; `next()` waits for the next one (or fails after a timeout),
 * `ready` resolves once the server acknowledged the subscription's upstream.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function collect<T = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>) {
  const queue: FormattedExecutionResult<T, unknown>[] = [];
  const waiting: ((value: FormattedExecutionResult<T, unknown>) => void)[] = [];
  let failure: unknown = null;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const waiter = waiting.shift();
        if (waiter) waiter(value);
        else queue.push(value);
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  return {
    next(timeoutMs = 5_000): Promise<FormattedExecutionResult<T, unknown>> {
      if (failure) return Promise.reject(failure instanceof Error ? failure : new TypeError(JSON.stringify(failure)));
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const waiter = (value: FormattedExecutionResult<T, unknown>) => {
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          // A waiter that gave up must not swallow the next event meant for a later next().
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new TypeError(`no subscription event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
    received: () => queue.length,
    dispose,
  };
}
