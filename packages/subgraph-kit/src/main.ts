import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEnv, subgraphEnv } from './config';
import { createLogger } from './logger';
import { printSdl, runSubgraph } from './run';
import { announceListening } from './announce';
import { closeOnSignals } from './shutdown';
import type { SubgraphModule } from './subgraph-module';

/** The whole `main` of a subgraph process: configuration from the environment, serve, stop on signals. */
export async function serveSubgraph(module: SubgraphModule): Promise<void> {
  const env = parseEnv(subgraphEnv, module.name);
  const log = createLogger(module.name, env.LOG_LEVEL);
  try {
    const server = await runSubgraph(module, {
      databaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
      host: env.HOST,
      port: env.PORT ?? module.defaultPort,
      jwksUrl: env.JWKS_URL,
      log,
      reportQueryCount: env.NODE_ENV !== 'production',
    });
    closeOnSignals(server.close, log);
    announceListening(server.port);
  } catch (error) {
    log.fatal({ err: error }, `${module.name} failed to start`);
    process.exit(1);
  }
}

/** Writes the subgraph's SDL to `<packageDir>/schema.graphql` (the committed contract). */
export async function writeSdl(module: SubgraphModule, packageDir: string): Promise<void> {
  await writeFile(join(packageDir, 'schema.graphql'), await printSdl(module));
}
