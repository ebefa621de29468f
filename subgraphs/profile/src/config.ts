import { parseEnv } from '@zjtx/subgraph-kit';
import { z } from 'zod';

const profileEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

let production: boolean | null = null;

/** Whether this is a production deployment (dev-only helpers such as devCaptchaAnswer are refused there). */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  production ??= parseEnv(profileEnv, 'profile', env).NODE_ENV === 'production';
  return production;
}
