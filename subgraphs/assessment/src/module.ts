import { buildFederatedSchema, EnterpriseDirectoryEntity, enterpriseDirectoryConsumer, EnterpriseReference, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AssessmentEntity } from './assessment/assessment.entity';
import { createAssessmentLoaders, type AssessmentLoaders } from './assessment/assessment.loaders';
import { EnterpriseAssessmentsResolver } from './assessment/enterprise-assessments.resolver';
import { migrations } from './migrations';

export const assessment: SubgraphModule<AssessmentLoaders> = {
  name: 'assessment',
  defaultPort: 4103,
  entities: [AssessmentEntity, EnterpriseDirectoryEntity],
  consumers: [enterpriseDirectoryConsumer],
  migrations,
  createLoaders: createAssessmentLoaders,
  buildSchema: ({ pubSub }) => buildFederatedSchema({ resolvers: [EnterpriseAssessmentsResolver], orphanedTypes: [EnterpriseReference], pubSub }),
};
