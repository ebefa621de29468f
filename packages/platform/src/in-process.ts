import { startGateway, type RunningGateway } from '@zjtx/gateway';
import { createLogger, runSubgraph, type RunningServer } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { freePort } from '@zjtx/database';
import { SUBGRAPH_MODULES } from './modules';

export interface InProcessPlatform {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningServer>;
  close(): Promise<void>;
}

const repoRoot = join(__dirname, '..', '..', '..');

/**
 * The five subgraphs and the gateway in this process on free ports, against an already
 * migrated database: the whole supergraph for integration tests, through the real gateway.
 */
export async function startInProcess(options: { databaseUrl: string; logLevel?: string; clientDist?: string }): Promise<InProcessPlatform> {
  const logLevel = options.logLevel ?? 'warn';
  const subgraphs: Record<string, RunningServer> = {};
  try {
    // identity's port is chosen first so every subgraph (identity too) knows where the JWKS is.
    const identityPort = await freePort();
    const jwksUrl = `http://127.0.0.1:${identityPort}/.well-known/jwks.json`;
    for (const module of SUBGRAPH_MODULES) {
      subgraphs[module.name] = await runSubgraph(module, {
        databaseUrl: options.databaseUrl,
        port: module.name === 'identity' ? identityPort : 0,
        jwksUrl,
        log: createLogger(module.name, logLevel),
      });
    }

    const gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      supergraphPath: join(repoRoot, 'gateway', 'supergraph.graphql'),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      jwksUrl,
      clientDist: options.clientDist,
      introspection: true,
      subgraphTimeoutMs: 10_000,
      subgraphMaxSockets: 20,
      log: createLogger('gateway', logLevel),
    });
    return {
      gateway,
      subgraphs,
      close: async () => {
        await gateway.close();
        await Promise.all(Object.values(subgraphs).map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((s) => s.close().catch(() => undefined)));
    throw error;
  }
}
