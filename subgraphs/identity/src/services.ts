import type { MikroORM } from '@mikro-orm/postgresql';
import { ApiError, ErrorCode } from '@zjtx/subgraph-kit';
import { createFileStore, fileLinks, type FileLinks, type FileStore } from '@zjtx/files';
import pg from 'pg';
import { AccessLimits } from './auth/limits';
import { SigningKeys } from './auth/signing-keys';
import { identityConfig, type IdentityConfig } from './config';
import { localRealNameRegistry, type RealNameRegistry } from './real-name/registry';
import { devOutboxSms, type SmsSender } from './sms/sms-sender';

/** What identity's resolvers need beyond the request: keys, limits, adapters. Built once the database is reachable. */
export interface IdentityServices {
  config: IdentityConfig;
  keys: SigningKeys;
  limits: AccessLimits;
  sms: SmsSender;
  registry: RealNameRegistry;
  files: { links: FileLinks; store: FileStore };
  close(): Promise<void>;
}

let current: IdentityServices | null = null;

export async function startIdentityServices(orm: MikroORM): Promise<IdentityServices> {
  const config = identityConfig();
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 2, application_name: 'identity-limits' });
  current = {
    config,
    keys: await SigningKeys.load(orm),
    limits: new AccessLimits(pool),
    sms: devOutboxSms,
    registry: localRealNameRegistry,
    files: { links: fileLinks({ secret: config.files.signingSecret }), store: createFileStore(config.files) },
    close: () => pool.end(),
  };
  return current;
}

export function identityServices(): IdentityServices {
  if (!current) throw new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'identity is not ready: services not started');
  return current;
}
