import { UploadEntity, UserErrorResolver, buildFederatedSchema, EnterpriseDirectoryEntity, enterpriseDirectoryConsumer, EnterpriseReference, type SubgraphModule } from '@zjtx/subgraph-kit';
import { DeclarationEntity } from './declaration/declaration.entity';
import { createDeclarationLoaders, type DeclarationLoaders } from './declaration/declaration.loaders';
import { DeclarationResolver, EnterpriseDeclarationsResolver } from './declaration/declaration.resolver';
import { EnterpriseDigitalLevelEntity } from './digital-level/digital-level.entity';
import { digitalLevelConsumer } from './digital-level/digital-level.consumer';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { DeclarationFieldsResolver, DraftResolver } from './declaration/draft.resolver';
import { DeclarationVersionEntity } from './declaration/declaration-version.entity';
import { SubmitResolver } from './declaration/submit.resolver';
import { EvidenceEntity } from './evidence/evidence.entity';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { evidenceScanConsumer } from './evidence/scan.consumer';
import { DeclarationHistoryEntity } from './history/history.entity';
import { DeclarationHistoryResolver } from './history/history.resolver';
import { DevelopmentScoreResolver } from './development/development.resolver';
import { migrations } from './migrations';
import { DeclarationPdfResolver } from './pdf/pdf.resolver';
import { publicityRecognitions } from './review/publicity';
import { ReviewQueueResolver } from './review/queue.resolver';
import { ReviewLiveResolver } from './review/review-live.resolver';
import { ReviewResolver } from './review/review.resolver';
import { DeclarationWindowEntity } from './window/window.entity';
import { DeclarationWindowResolver, EnterpriseWindowsResolver } from './window/window.resolver';
import { RecognitionEntity } from './recognition/recognition.entity';
import { EnterpriseRecognitionsResolver, LookupRecognitionsResolver, RecognitionFieldsResolver, RecognitionLookupResultReference } from './recognition/recognition.resolver';

export const declarations: SubgraphModule<DeclarationLoaders> = {
  name: 'declarations',
  defaultPort: 4104,
  entities: [DeclarationEntity, EnterpriseDirectoryEntity, RecognitionEntity, EnterpriseDigitalLevelEntity, DeclarationWindowEntity, DeclarationVersionEntity, DeclarationHistoryEntity, EvidenceEntity, UploadEntity],
  consumers: [enterpriseDirectoryConsumer, digitalLevelConsumer, evidenceScanConsumer],
  migrations,
  schedules: [publicityRecognitions],
  createLoaders: createDeclarationLoaders,
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [UserErrorResolver, SubmitResolver, EligibilityResolver, DraftResolver, DeclarationFieldsResolver, DeclarationHistoryResolver, EvidenceResolver, DeclarationPdfResolver, ReviewResolver, ReviewQueueResolver, ReviewLiveResolver, DevelopmentScoreResolver, DeclarationWindowResolver, EnterpriseWindowsResolver, DeclarationResolver, EnterpriseDeclarationsResolver, EnterpriseRecognitionsResolver, LookupRecognitionsResolver, RecognitionFieldsResolver],
      orphanedTypes: [EnterpriseReference, RecognitionLookupResultReference],
      pubSub,
    }),
};
