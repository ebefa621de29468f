export { assessment } from './module';
export { AssessmentEntity, AssessmentStatus, QuestionnaireCategory } from './assessment/assessment.entity';
