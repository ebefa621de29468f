import { z } from 'zod';

/**
 * Environment of a subgraph process. Each service parses its environment once, here, and
 * reads nothing from process.env anywhere else.
 */
export const subgraphEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  JWKS_URL: z.string().url().default('http://127.0.0.1:4101/.well-known/jwks.json'),
});
export type SubgraphEnv = z.infer<typeof subgraphEnv>;

/**
 * Parses `env` with `schema`. On failure prints every problem, one per line, and exits:
 * a service with a wrong configuration must not half-start.
 */
export function parseEnv<S extends z.ZodType>(schema: S, service: string, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  process.stderr.write(`[${service}] invalid configuration:\n${lines.join('\n')}\n`);
  process.exit(78); // EX_CONFIG
}
