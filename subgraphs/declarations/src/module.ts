import { UserErrorResolver, buildFederatedSchema, EnterpriseDirectoryEntity, enterpriseDirectoryConsumer, EnterpriseReference, type SubgraphModule } from '@zjtx/subgraph-kit';
import { DeclarationEntity } from './declaration/declaration.entity';
import { createDeclarationLoaders, type DeclarationLoaders } from './declaration/declaration.loaders';
import { DeclarationResolver, EnterpriseDeclarationsResolver } from './declaration/declaration.resolver';
import { EnterpriseDigitalLevelEntity } from './digital-level/digital-level.entity';
import { digitalLevelConsumer } from './digital-level/digital-level.consumer';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { DeclarationFieldsResolver, DraftResolver } from './declaration/draft.resolver';
import { DeclarationVersionEntity } from './declaration/declaration-version.entity';
import { SubmitResolver } from './declaration/submit.resolver';
import { migrations } from './migrations';
import { DeclarationWindowEntity } from './window/window.entity';
import { DeclarationWindowResolver, EnterpriseWindowsResolver } from './window/window.resolver';
import { RecognitionEntity } from './recognition/recognition.entity';
import { EnterpriseRecognitionsResolver, LookupRecognitionsResolver, RecognitionLookupResultReference } from './recognition/recognition.resolver';

export const declarations: SubgraphModule<DeclarationLoaders> = {
  name: 'declarations',
  defaultPort: 4104,
  entities: [DeclarationEntity, EnterpriseDirectoryEntity, RecognitionEntity, EnterpriseDigitalLevelEntity, DeclarationWindowEntity, DeclarationVersionEntity],
  consumers: [enterpriseDirectoryConsumer, digitalLevelConsumer],
  migrations,
  createLoaders: createDeclarationLoaders,
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [UserErrorResolver, SubmitResolver, EligibilityResolver, DraftResolver, DeclarationFieldsResolver, DeclarationWindowResolver, EnterpriseWindowsResolver, DeclarationResolver, EnterpriseDeclarationsResolver, EnterpriseRecognitionsResolver, LookupRecognitionsResolver],
      orphanedTypes: [EnterpriseReference, RecognitionLookupResultReference],
      pubSub,
    }),
};
