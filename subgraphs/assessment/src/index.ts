export { assessment } from './module';
export { AssessmentEntity, AssessmentStatus, QuestionnaireCategory } from './assessment/assessment.entity';
export { questionnaireOf } from './questionnaire/questionnaire.catalogue';
export { stage1Result, stage2Result } from './scoring/stage-results';
export type { StoredAnswers, StoredSceneLevels } from './scoring/answers';
