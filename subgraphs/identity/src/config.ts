import { filesEnv, fileStoreConfig, type FileStoreConfig } from '@zjtx/files';
import { parseEnv } from '@zjtx/subgraph-kit';
import { z } from 'zod';

/**
 * Identity's own settings, beside the kit's (database, port, …). Parsed once, on first use.
 */
const identityEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /**
   * Where text messages go. `dev-outbox` stores them in a table the demo UI and tests read;
   * a national SMS gateway adapter plugs in beside it (sms/sms-sender.ts).
   */
  SMS_ADAPTER: z.enum(['dev-outbox']).default('dev-outbox'),
  /** Send the refresh cookie only over HTTPS. On by default in production. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  ...filesEnv.shape,
});

export interface IdentityConfig {
  production: boolean;
  smsAdapter: 'dev-outbox';
  cookieSecure: boolean;
  /** The file store's settings (createFileStore) and the link secret. */
  files: FileStoreConfig & { signingSecret: string };
}

let config: IdentityConfig | null = null;

export function identityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  if (config) return config;
  const parsed = parseEnv(identityEnv, 'identity', env);
  const production = parsed.NODE_ENV === 'production';
  config = {
    production,
    smsAdapter: parsed.SMS_ADAPTER,
    cookieSecure: parsed.COOKIE_SECURE ? parsed.COOKIE_SECURE === 'true' : production,
    files: { ...fileStoreConfig(parsed), signingSecret: parsed.FILE_SIGNING_SECRET },
  };
  return config;
}
