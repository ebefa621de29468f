// One endpoint for everything, on the origin that served the page (the gateway serves both).
export const GRAPHQL_PATH = '/graphql';

export function webSocketUrl(): string {
  const url = new URL(GRAPHQL_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
