import './telemetry';
import { fileStoreConfig } from '@zjtx/files';
import { announceListening, closeOnSignals, createLogger, parseEnv } from '@zjtx/subgraph-kit';
import { gatewayEnv, subgraphUrlOverrides } from './config';
import { startGateway } from './server';

async function main(): Promise<void> {
  const env = parseEnv(gatewayEnv, 'gateway');
  const log = createLogger('gateway', env.LOG_LEVEL);
  try {
    const gateway = await startGateway({
      host: env.HOST,
      port: env.PORT,
      supergraphPath: env.SUPERGRAPH_PATH,
      subgraphUrls: subgraphUrlOverrides(env),
      jwksUrl: env.JWKS_URL,
      clientDist: env.CLIENT_DIST,
      introspection: env.INTROSPECTION,
      trustProxy: env.TRUST_PROXY,
      subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
      subgraphMaxSockets: env.SUBGRAPH_MAX_SOCKETS,
      files: { ...fileStoreConfig(env), signingSecret: env.FILE_SIGNING_SECRET },
      log,
    });
    closeOnSignals(gateway.close, log);
    announceListening(gateway.port);
  } catch (error) {
    log.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  }
}

void main();
