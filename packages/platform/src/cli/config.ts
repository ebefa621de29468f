import { z } from 'zod';
import { DEFAULT_DATA_DIR, DEFAULT_EMBEDDED_PORT } from '../database';

/** `npm start`'s environment: every variable optional, defaults give the whole platform on this machine. */
export const startEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  SUBGRAPH_PORT_BASE: z.coerce.number().int().min(1).max(65530).default(4101),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional(),
  PG_PORT: z.coerce.number().int().min(1).max(65535).default(DEFAULT_EMBEDDED_PORT),
  DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});
