import { AccountReference, buildFederatedSchema, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AccountEnterpriseResolver } from './account/account.resolver';
import { EnterpriseEntity } from './enterprise/enterprise.entity';
import { createEnterpriseOnRegistration, renameOnRealNameSync } from './enterprise/enterprise.events';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './enterprise/enterprise.loaders';
import { resolveEnterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { IndustryResolver } from './industry/industry.resolver';
import { migrations } from './migrations';
import { RegionResolver } from './region/region.resolver';

export const profile: SubgraphModule<EnterpriseLoaders> = {
  name: 'profile',
  defaultPort: 4102,
  entities: [EnterpriseEntity],
  migrations,
  createLoaders: createEnterpriseLoaders,
  consumers: [createEnterpriseOnRegistration, renameOnRealNameSync],
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [EnterpriseResolver, AccountEnterpriseResolver, IndustryResolver, RegionResolver],
      orphanedTypes: [AccountReference],
      pubSub,
      referenceResolvers: { Enterprise: { __resolveReference: resolveEnterpriseReference } },
    }),
};
