import { join } from 'node:path';
import { filesEnv } from '@zjtx/files';
import { z } from 'zod';

/** The five subgraphs, with the port each listens on when run locally. */
export const SUBGRAPHS = {
  identity: 4101,
  profile: 4102,
  assessment: 4103,
  declarations: 4104,
  notifications: 4105,
} as const;
export type SubgraphName = keyof typeof SUBGRAPHS;

const packageDir = join(__dirname, '..');

export const gatewayEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The composed supergraph this gateway serves; CI composes it and operations ship the file. */
  SUPERGRAPH_PATH: z.string().default(join(packageDir, 'supergraph.graphql')),
  /** Built client to serve at /, if present. */
  CLIENT_DIST: z.string().default(join(packageDir, '..', 'client', 'dist')),
  JWKS_URL: z.string().url().default('http://127.0.0.1:4101/.well-known/jwks.json'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().positive().default(50),
  INTROSPECTION: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /**
   * Which proxies in front of the gateway to believe about the client's address (Express's
   * `trust proxy`): `false` (default: the socket's address), a hop count such as `1` behind one
   * load balancer, or a comma-separated list of addresses/subnets. Per-address limits (sign-in,
   * SMS, uploads) count what this yields, so behind a proxy it must be set.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  SUBGRAPH_URL_IDENTITY: z.string().url().optional(),
  SUBGRAPH_URL_PROFILE: z.string().url().optional(),
  SUBGRAPH_URL_ASSESSMENT: z.string().url().optional(),
  SUBGRAPH_URL_DECLARATIONS: z.string().url().optional(),
  SUBGRAPH_URL_NOTIFICATIONS: z.string().url().optional(),
  /** FILE_STORAGE_DIR (or FILE_STORAGE_URL and S3_*) and FILE_SIGNING_SECRET, shared with the subgraphs (see @zjtx/files). */
  ...filesEnv.shape,
});
export type GatewayEnv = z.infer<typeof gatewayEnv>;

/** Per-subgraph URL overrides from the environment (SUBGRAPH_URL_<NAME>). */
export function subgraphUrlOverrides(env: GatewayEnv): Partial<Record<SubgraphName, string>> {
  const overrides: Partial<Record<SubgraphName, string>> = {};
  for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) {
    const url = env[`SUBGRAPH_URL_${name.toUpperCase()}` as keyof GatewayEnv];
    if (typeof url === 'string') overrides[name] = url;
  }
  return overrides;
}
