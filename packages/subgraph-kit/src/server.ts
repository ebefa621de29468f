import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { queriesSoFar, SQL_QUERIES_HEADER, withQueryCount } from './sql-count';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { anonymous, type Caller } from './caller';
import { parse as parseCookie } from 'cookie';
import type { HttpExchange, SubgraphContext } from './context';
import { localeFrom, type Locale } from './locale';
import type { PubSub } from 'type-graphql';
import { ErrorCode } from './errors';
import type { Logger } from './logger';

export interface SubgraphServerOptions<TLoaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  log: Logger;
  host: string;
  port: number;
  createLoaders: (em: SubgraphContext['em']) => TLoaders;
  /** Verifies the forwarded credentials. Until a verifier is configured every caller is anonymous. */
  authenticate?: (credentials: { authorization?: string }) => Promise<Caller>;
  /** Extra HTTP routes, e.g. identity's JWKS. */
  routes?: (app: express.Express) => void;
  /** Handed to resolvers in the context. */
  pubSub: PubSub;
  /** Send each request's SQL statement count as `X-SQL-Queries` (tests prove lists do not query per item). */
  reportQueryCount?: boolean;
  /** Called on shutdown after the HTTP server stopped accepting requests. */
  onClose?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves one subgraph: POST /graphql (Apollo Server 5), graphql-ws on the same path for
 * subscriptions, /health (process alive) and /ready (database reachable), graceful close.
 */
export async function startSubgraphServer<TLoaders>(options: SubgraphServerOptions<TLoaders>): Promise<RunningServer> {
  const { schema, orm, log } = options;
  const authenticate = options.authenticate ?? (async () => anonymous);

  const buildContext = async (
    credentials: { authorization?: string },
    requestId: string,
    http: HttpExchange = noHttp,
    locale: Locale = 'zh-CN',
  ): Promise<SubgraphContext<TLoaders>> => {
    const em = orm.em.fork();
    const context: SubgraphContext<TLoaders> = {
      requestId,
      em,
      loaders: options.createLoaders(em),
      caller: await authenticate(credentials),
      log: log.child({ requestId }),
      http,
      locale,
      pubSub: options.pubSub,
      renewForEvent: () => {
        context.em = orm.em.fork();
        context.loaders = options.createLoaders(context.em);
      },
    };
    return context;
  };

  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    introspection: true, // subgraphs are internal; the gateway decides what the public sees
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // closeOnSignals owns shutdown; Apollo's own handler would re-raise the signal
    formatError: (formatted, error) => maskInternalError(formatted, error, log),
    // Per-field traces cost CPU on every request and nobody reads them here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: 'database unreachable' });
    }
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // Each request counts its own SQL statements (sql-count.ts); outside production the count is a response header.
    (_req, res, next) =>
      withQueryCount(() => {
        if (options.reportQueryCount) {
          const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
          res.writeHead = ((...args: unknown[]) => {
            res.setHeader(SQL_QUERIES_HEADER, String(queriesSoFar() ?? 0));
            return writeHead(...args);
          }) as typeof res.writeHead;
        }
        next();
      }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext(credentialsFromHeaders(req.headers), requestIdFrom(req.headers), {
          clientIp: clientIpFrom(req.headers, req.socket.remoteAddress),
          cookies: parseCookie(req.headers.cookie ?? ''),
          setCookie: (serialized) => res.append('Set-Cookie', serialized),
        }, localeFrom(typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'] : undefined)),
    }),
  );

  const httpServer: Server = createServer(app);
  // Longer than the gateway's idle socket timeout, so the gateway never writes to a socket we just closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { ctx?: SubgraphContext<TLoaders> }>(
    {
      schema,
      context: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization = typeof params.authorization === 'string' ? params.authorization : undefined;
        return buildContext({ authorization }, typeof params.requestId === 'string' ? params.requestId : randomUUID());
      },
      // graphql-ws builds one context per subscription and resolves every event with it. After each
      // event is resolved the context gets a new EntityManager and DataLoaders, so the next event's
      // fields are read as they are then, not from a loader filled for an earlier one. Events of one
      // subscription are resolved one after another, so this never swaps them under a running one.
      onNext: (_ctx, _id, _payload, args) => {
        (args.contextValue as SubgraphContext<TLoaders>).renewForEvent();
      },
    },
    wss,
    10_000,
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      log.info(`${options.name} subgraph shutting down`);
      await wsCleanup.dispose();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
      await options.onClose?.();
      await orm.close();
    })());
  return { url, port, close };
}

function credentialsFromHeaders(headers: IncomingHttpHeaders): { authorization?: string } {
  return { authorization: typeof headers.authorization === 'string' ? headers.authorization : undefined };
}

/** Subgraphs sit behind the gateway, which states the client's address in X-Forwarded-For. */
function clientIpFrom(headers: IncomingHttpHeaders, socketAddress: string | undefined): string | null {
  const forwarded = headers['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || socketAddress || null;
}

const noHttp: HttpExchange = { clientIp: null, cookies: {}, setCookie: () => undefined };

function requestIdFrom(headers: IncomingHttpHeaders): string {
  const id = headers['x-request-id'];
  return typeof id === 'string' && id.length <= 100 ? id : randomUUID();
}

/** Errors we raised on purpose keep their message; anything else is logged and masked. */
function maskInternalError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // type-graphql's @Authorized refusal; the API's code for it is FORBIDDEN (GitHub's and Shopify's word too).
  if (code === 'UNAUTHORIZED') {
    return { message: 'This account may not do this; sign in with an account that has the required role or scope.', path: formatted.path, extensions: { code: ErrorCode.FORBIDDEN } };
  }
  const deliberate = typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
  if (deliberate) return formatted;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  log.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
