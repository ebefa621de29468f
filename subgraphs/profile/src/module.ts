import { AccountReference, buildFederatedSchema, UserErrorResolver, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AccountEnterpriseResolver } from './account/account.resolver';
import { EnterpriseEntity } from './enterprise/enterprise.entity';
import { EnterpriseFieldsResolver } from './enterprise/enterprise-fields.resolver';
import { createEnterpriseOnRegistration, lockOnRecognition, renameOnRealNameSync } from './enterprise/enterprise.events';
import { UpdateProfileResolver } from './enterprise/update-profile.resolver';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './enterprise/enterprise.loaders';
import { resolveEnterpriseReference } from './enterprise/enterprise.reference';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { IndustryResolver } from './industry/industry.resolver';
import { CaptchaEntity } from './lookup/captcha.entity';
import { startLookupLimits, stopLookupLimits } from './lookup/lookup-limits';
import { LookupResolver } from './lookup/lookup.resolver';
import { migrations } from './migrations';
import { RegionResolver, resolveRegionReference } from './region/region.resolver';

export const profile: SubgraphModule<EnterpriseLoaders> = {
  name: 'profile',
  defaultPort: 4102,
  entities: [EnterpriseEntity, CaptchaEntity],
  migrations,
  createLoaders: createEnterpriseLoaders,
  consumers: [createEnterpriseOnRegistration, renameOnRealNameSync, lockOnRecognition],
  prepare: async (orm) => {
    startLookupLimits(orm);
  },
  shutdown: stopLookupLimits,
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [
        EnterpriseResolver,
        EnterpriseFieldsResolver,
        UpdateProfileResolver,
        AccountEnterpriseResolver,
        IndustryResolver,
        RegionResolver,
        LookupResolver,
        UserErrorResolver,
      ],
      orphanedTypes: [AccountReference],
      pubSub,
      referenceResolvers: { Enterprise: { __resolveReference: resolveEnterpriseReference }, Region: { __resolveReference: resolveRegionReference } },
    }),
};
