import { buildFederatedSchema, jwtAuthenticator, UserErrorResolver, type SubgraphModule, UploadEntity } from '@zjtx/subgraph-kit';
import { createLocalJWKSet } from 'jose';
import { AccountEntity } from './account/account.entity';
import { createAccountLoaders, type AccountLoaders } from './account/account.loaders';
import { AccountResolver, resolveAccountReference } from './account/account.resolver';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { SigningKeyEntity } from './auth/signing-key.entity';
import { ManualVerificationEntity } from './manual-verification/manual-verification.entity';
import { ManualVerificationResolver } from './manual-verification/manual-verification.resolver';
import { migrations } from './migrations';
import { PartnerClientEntity } from './partner/partner-client.entity';
import { PartnerResolver } from './partner/partner.resolver';
import { RealNameResolver } from './real-name/real-name.resolver';
import { RecoveryResolver } from './recovery/recovery.resolver';
import { identityServices, startIdentityServices } from './services';
import { RefreshTokenEntity } from './session/refresh-token.entity';
import { DevSmsEntity } from './sms/dev-sms.entity';
import { SmsCodeEntity } from './sms/sms-code.entity';

import { UploadsResolver } from './uploads/uploads.resolver';

export const identity: SubgraphModule<AccountLoaders> = {
  name: 'identity',
  defaultPort: 4101,
  entities: [AccountEntity, SigningKeyEntity, RefreshTokenEntity, SmsCodeEntity, DevSmsEntity, AuditEventEntity, PartnerClientEntity, UploadEntity, ManualVerificationEntity],
  migrations,
  createLoaders: createAccountLoaders,
  prepare: async (orm) => {
    await startIdentityServices(orm);
  },
  shutdown: () => identityServices().close(),
  // Its own keys, not its own JWKS endpoint over HTTP.
  authenticator: () => jwtAuthenticator(createLocalJWKSet(identityServices().keys.jwks)),
  routes: (app) => {
    // Public keys for verifying access tokens, read by every subgraph and the gateway.
    app.get('/.well-known/jwks.json', (_req, res) => {
      res.set('Cache-Control', 'public, max-age=300').json(identityServices().keys.jwks);
    });
  },
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [AccountResolver, AuthResolver, RecoveryResolver, RealNameResolver, PartnerResolver, AuditResolver, UploadsResolver, ManualVerificationResolver, UserErrorResolver],
      pubSub,
      referenceResolvers: { Account: { __resolveReference: resolveAccountReference } },
    }),
};
