import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from '@zjtx/database';
import { SUBGRAPH_MODULES } from './modules';

const repoRoot = join(__dirname, '..', '..', '..');

export interface ProcessOptions {
  databaseUrl: string;
  redisUrl?: string;
  host: string;
  /** 0 picks a free port. */
  gatewayPort: number;
  /** identity listens here, the other subgraphs on the following ports; 0 picks free ports. */
  subgraphPortBase: number;
  logLevel: string;
  nodeEnv: string;
  /** Restart a service when its compiled output changes (npm run dev). */
  watch: boolean;
}

export interface RunningPlatform {
  /** The portal's address, e.g. http://localhost:4000/ (GraphQL at `${gatewayUrl}graphql`). */
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
  /** Stops one subgraph (tests of what happens while it is down). */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again, on the port it had, so the gateway finds it. */
  startSubgraph(name: string): Promise<void>;
  /**
   * Starts one more instance of a running subgraph (same configuration, its own port) and
   * returns its GraphQL URL: instances share the database, the event bus and pub/sub, as
   * when a subgraph is scaled out. The gateway keeps talking to the first.
   */
  addInstance(name: string): Promise<string>;
}

/** Starts each subgraph and then the gateway as its own process, as in production. */
export async function startProcesses(options: ProcessOptions): Promise<RunningPlatform> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  const subgraphUrls: Record<string, string> = {};
  // Fixed ports when asked for; otherwise each service binds port 0 and reports the port it got
  // (no window between choosing a free port and binding it). Under --watch a restarted service
  // must come back on the same port, so there free ports are chosen up front.
  const portFor = async (fixed: number | undefined): Promise<number> => fixed || (options.watch ? freePort() : 0);
  const [identity, ...others] = SUBGRAPH_MODULES;
  // One file-link secret and one file store for every service: subgraphs sign links and inspect
  // stored files, the gateway checks links and stores bytes (@zjtx/files). A secret made for
  // this run only invalidates links from earlier runs, which live 15 minutes at most anyway.
  const files = {
    FILE_SIGNING_SECRET: process.env.FILE_SIGNING_SECRET ?? randomBytes(32).toString('base64url'),
    FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR ?? join(repoRoot, '.data', 'files'),
  };
  const running = new Map<string, { child: ChildProcess; env: Record<string, string>; port: number }>();
  const launchSubgraph = async (name: string, env: Record<string, string>) => {
    const child = launch(name, join(repoRoot, 'subgraphs', name, 'dist', 'main.js'), options, env);
    children.push(child);
    const port = await listeningPort(name, child, children);
    running.set(name, { child, env, port });
    subgraphUrls[name] = `http://${options.host}:${port}/graphql`;
    await waitReady(name, `http://${options.host}:${port}/ready`, children);
    return port;
  };
  const startSubgraph = async (module: (typeof SUBGRAPH_MODULES)[number], index: number, jwksUrl: string) => {
    const requested = await portFor(options.subgraphPortBase ? options.subgraphPortBase + index : undefined);
    return launchSubgraph(module.name, {
      PORT: String(requested),
      DATABASE_URL: options.databaseUrl,
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      JWKS_URL: jwksUrl,
      ...files,
    });
  };
  const stopSubgraph = async (name: string) => {
    const entry = running.get(name);
    if (!entry) throw new ServiceStartError(`no running subgraph named ${name}`);
    children.splice(children.indexOf(entry.child), 1);
    await stopChild(entry.child);
  };
  const addInstance = async (name: string) => {
    const entry = running.get(name);
    if (!entry) throw new ServiceStartError(`no subgraph named ${name} was started`);
    const child = launch(`${name}#2`, join(repoRoot, 'subgraphs', name, 'dist', 'main.js'), options, { ...entry.env, PORT: '0' });
    children.push(child);
    const port = await listeningPort(name, child, children);
    await waitReady(name, `http://${options.host}:${port}/ready`, children);
    return `http://${options.host}:${port}/graphql`;
  };
  const restartSubgraph = async (name: string) => {
    const entry = running.get(name);
    if (!entry) throw new ServiceStartError(`no subgraph named ${name} was started`);
    if (children.includes(entry.child)) throw new ServiceStartError(`${name} is running; stop it first`);
    await launchSubgraph(name, { ...entry.env, PORT: String(entry.port) });
  };
  try {
    // identity first: the others verify tokens against its JWKS.
    const identityPort = await startSubgraph(identity!, 0, 'http://127.0.0.1/identity-verifies-with-its-own-keys');
    const jwksUrl = `http://${options.host}:${identityPort}/.well-known/jwks.json`;
    await Promise.all(others.map((module, index) => startSubgraph(module, index + 1, jwksUrl)));
    const gateway = launch('gateway', join(repoRoot, 'gateway', 'dist', 'main.js'), options, {
      PORT: String(await portFor(options.gatewayPort)),
      JWKS_URL: jwksUrl,
      ...files,
      ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
    });
    children.push(gateway);
    const gatewayPort = await listeningPort('gateway', gateway, children);
    await waitReady('gateway', `http://${options.host}:${gatewayPort}/health`, children);
    return {
      gatewayUrl: `http://${options.host === '127.0.0.1' ? 'localhost' : options.host}:${gatewayPort}/`,
      subgraphUrls,
      stop,
      stopSubgraph,
      startSubgraph: restartSubgraph,
      addInstance,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function launch(name: string, script: string, options: ProcessOptions, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [...(options.watch ? ['--watch-path', join(script, '..')] : []), script], {
    env: { ...process.env, NODE_ENV: options.nodeEnv, HOST: options.host, LOG_LEVEL: options.logLevel, ...env },
    // The IPC channel carries the 'listening' announcement (announceListening in the kit).
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal === null) process.stderr.write(`[${name}] exited with code ${code}\n`);
  });
  Object.defineProperty(child, 'serviceName', { value: name });
  return child;
}

/** The port a just-launched service announces once it listens. */
function listeningPort(name: string, child: ChildProcess, children: ChildProcess[], timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new ServiceStartError(`${name} did not start listening within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: unknown) => {
      const announced = message as { type?: string; port?: number };
      if (announced?.type === 'zjtx:listening' && typeof announced.port === 'number') done(announced.port);
    };
    const onExit = () => done(new ServiceStartError(`${name}: a service exited during start-up (see its log above)`));
    const done = (result: number | Error) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      for (const c of children) c.off('exit', onExit);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    child.on('message', onMessage);
    for (const c of children) c.once('exit', onExit);
  });
}

async function waitReady(name: string, url: string, children: ChildProcess[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (children.some((c) => c.exitCode !== null)) throw new ServiceStartError(`${name}: a service exited during start-up (see its log above)`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new ServiceStartError(`${name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export class ServiceStartError extends Error {}
