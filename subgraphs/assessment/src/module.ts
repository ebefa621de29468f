import { buildFederatedSchema, EnterpriseDirectoryEntity, enterpriseDirectoryConsumer, EnterpriseReference, UserErrorResolver, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AssessmentFieldsResolver } from './assessment/assessment-fields.resolver';
import { AssessmentEntity } from './assessment/assessment.entity';
import { createAssessmentLoaders, type AssessmentLoaders } from './assessment/assessment.loaders';
import { AssessmentMutations } from './assessment/assessment.mutations';
import { AssessmentQueries } from './assessment/assessment.queries';
import { EnterpriseAssessmentsResolver } from './assessment/enterprise-assessments.resolver';
import { migrations } from './migrations';
import { loadQuestionnaires } from './questionnaire/questionnaire.catalogue';

export const assessment: SubgraphModule<AssessmentLoaders> = {
  name: 'assessment',
  defaultPort: 4103,
  entities: [AssessmentEntity, EnterpriseDirectoryEntity],
  consumers: [enterpriseDirectoryConsumer],
  migrations,
  createLoaders: createAssessmentLoaders,
  // A malformed questionnaire file stops the subgraph at start, not a user mid-answer.
  prepare: async () => void loadQuestionnaires(),
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [AssessmentQueries, AssessmentMutations, AssessmentFieldsResolver, EnterpriseAssessmentsResolver, UserErrorResolver],
      orphanedTypes: [EnterpriseReference],
      pubSub,
    }),
};
