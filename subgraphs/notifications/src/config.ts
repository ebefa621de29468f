import { createFileStore, fileLinks, filesEnv, fileStoreConfig, type FileLinks, type FileStore } from '@zjtx/files';
import { parseEnv } from '@zjtx/subgraph-kit';
import { z } from 'zod';

/** Notifications' own settings, beside the kit's. Parsed once, on first use. */
const notificationsEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /**
   * Where SMS and e-mail copies of messages go. `dev-outbox` stores them in
   * `notifications.dev_outbound` for the demo and tests; `off` sends none (the default in
   * production until a real gateway adapter is configured beside dev-outbox in channels/senders.ts).
   */
  SMS_ADAPTER: z.enum(['dev-outbox', 'off']).optional(),
  EMAIL_ADAPTER: z.enum(['dev-outbox', 'off']).optional(),
  /** Signed links and storage for announcement attachments, shared with the gateway (@zjtx/files). */
  ...filesEnv.shape,
});

export interface NotificationsConfig {
  production: boolean;
  smsAdapter: 'dev-outbox' | 'off';
  emailAdapter: 'dev-outbox' | 'off';
  files: { links: FileLinks; store: FileStore };
}

let config: NotificationsConfig | null = null;

export function notificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  if (config) return config;
  const parsed = parseEnv(notificationsEnv, 'notifications', env);
  const production = parsed.NODE_ENV === 'production';
  const fallback = production ? 'off' : 'dev-outbox';
  config = {
    production,
    smsAdapter: parsed.SMS_ADAPTER ?? fallback,
    emailAdapter: parsed.EMAIL_ADAPTER ?? fallback,
    files: { links: fileLinks({ secret: parsed.FILE_SIGNING_SECRET }), store: createFileStore(fileStoreConfig(parsed)) },
  };
  return config;
}
