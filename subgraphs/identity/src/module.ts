import { ApiError, buildFederatedSchema, ErrorCode, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AccountEntity } from './account/account.entity';
import { createAccountLoaders, type AccountLoaders } from './account/account.loaders';
import { AccountResolver, resolveAccountReference } from './account/account.resolver';
import { createLoginResolver } from './auth/login.resolver';
import { SigningKeyEntity } from './auth/signing-key.entity';
import { SigningKeys } from './auth/signing-keys';
import { migrations } from './migrations';

let signingKeys: SigningKeys | null = null;
const currentKeys = (): SigningKeys => {
  if (!signingKeys) throw new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'identity is not ready: signing keys not loaded');
  return signingKeys;
};

export const identity: SubgraphModule<AccountLoaders> = {
  name: 'identity',
  defaultPort: 4101,
  entities: [AccountEntity, SigningKeyEntity],
  migrations,
  createLoaders: createAccountLoaders,
  prepare: async (orm) => {
    signingKeys = await SigningKeys.load(orm);
  },
  routes: (app) => {
    // Public keys for verifying access tokens, read by every subgraph and the gateway.
    app.get('/.well-known/jwks.json', (_req, res) => {
      res.set('Cache-Control', 'public, max-age=300').json(currentKeys().jwks);
    });
  },
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [AccountResolver, createLoginResolver(currentKeys)],
      pubSub,
      referenceResolvers: { Account: { __resolveReference: resolveAccountReference } },
    }),
};
