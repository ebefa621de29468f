import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway, type ServiceMap } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { jwtAuthenticator, type Authenticate } from '@zjtx/subgraph-kit';
import express from 'express';
import type { Logger } from 'pino';
import { SUBGRAPHS, type SubgraphName } from './config';
import { sessionCookieFrom, type GatewayContext } from './context';
import { createDataSource } from './data-sources';
import { formatGatewayError } from './errors';
import { mountFiles, type GatewayFilesOptions } from './files';
import { createSubgraphFetcher } from './fetcher';
import { FederatedSubscriptions } from './subscriptions/federated-subscriptions';
import { attachSubscriptionServer, type SubscriptionContext } from './subscriptions/ws-server';

export interface GatewayOptions {
  host: string;
  port: number;
  supergraphPath: string;
  /** Where each subgraph is; missing ones use the URL composed into the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  jwksUrl: string;
  clientDist?: string;
  introspection: boolean;
  subgraphTimeoutMs: number;
  subgraphMaxSockets: number;
  log: Logger;
  /** Signed-URL file uploads and downloads at /files. */
  files: GatewayFilesOptions;
  /** Express `trust proxy`: how the client's address is read behind load balancers. */
  trustProxy?: boolean | number | string;
  /** Override token verification (tests with their own keys). */
  authenticate?: Authenticate;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Routing URL of each subgraph as composed into the supergraph (`join__graph(url:)`). */
function composedUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[match[1]!] = match[2]!;
  return urls;
}

/**
 * The one public endpoint: Apollo Server 5 + @apollo/gateway on a supergraph file for
 * queries and mutations over HTTP, federated subscriptions over graphql-ws on the same
 * path, and the built client at /.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log } = options;
  const supergraphSdl = await readFile(options.supergraphPath, 'utf8');
  const urls: Record<string, string> = { ...composedUrls(supergraphSdl), ...options.subgraphUrls };
  const { fetcher, close: closeFetcher } = createSubgraphFetcher({ maxSockets: options.subgraphMaxSockets, timeoutMs: options.subgraphTimeoutMs });
  const serviceMap: ServiceMap = Object.fromEntries(Object.keys(SUBGRAPHS).map((name) => [name, createDataSource(name, urls[name]!, fetcher)]));
  const authenticate = options.authenticate ?? jwtAuthenticator(new URL(options.jwksUrl));

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => serviceMap[name]!,
    __exposeQueryPlanExperimental: false, // never hand query plans to clients
    logger: log,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // closeOnSignals owns shutdown; Apollo's own handler would re-raise the signal
    hideSchemaDetailsFromClientErrors: true,
    formatError: (formatted) => formatGatewayError(formatted),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.keys(SUBGRAPHS).map(async (name) => {
        const ready = await fetch(new URL('/ready', urls[name]!), { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
        return [name, ready] as const;
      }),
    );
    const ok = checks.every(([, ready]) => ready);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  mountFiles(app, options.files, log);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GatewayContext> => {
        const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
        const requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : randomUUID();
        return {
          requestId,
          authorization,
          caller: await authenticate({ authorization }),
          clientIp: req.ip,
          acceptLanguage: typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'].slice(0, 200) : undefined,
          sessionCookie: sessionCookieFrom(req.headers.cookie),
          appendSetCookie: (value) => res.append('Set-Cookie', value),
        };
      },
    }),
  );
  if (options.clientDist && existsSync(join(options.clientDist, 'index.html'))) serveClient(app, options.clientDist);

  const httpServer: Server = createServer(app);
  const subscriptions = new FederatedSubscriptions(supergraphSdl, serviceMap, (service, request, context) =>
    (context as SubscriptionContext).upstreams.subscribe(service, request),
  );
  const ws = attachSubscriptionServer({
    httpServer,
    subscriptions,
    authenticate,
    wsUrlOf: (service) => urls[service]!.replace(/^http/, 'ws'),
    log,
  });

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, 'gateway ready');

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        await ws.dispose();
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeAllConnections();
        });
        await apollo.stop();
        await closeFetcher();
      })()),
  };
}

/** The built client, with the SPA fallback so deep links load the app. */
function serveClient(app: express.Express, dist: string): void {
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|files\b).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile(join(dist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
}
