import { AssessmentStatus, type AssessmentEntity } from './assessment.entity';

export enum AssessmentStage {
  /** Stage 1: the scored questions. */
  QUESTIONS = 'QUESTIONS',
  /** Stage 2: the business scenes (stage 1 is locked). */
  SCENES = 'SCENES',
  /** Both finished, or the attempt was abandoned. */
  DONE = 'DONE',
}

export function stageOf(attempt: Pick<AssessmentEntity, 'status' | 'stage1CompletedAt'>): AssessmentStage {
  if (attempt.status !== AssessmentStatus.IN_PROGRESS) return AssessmentStage.DONE;
  return attempt.stage1CompletedAt ? AssessmentStage.SCENES : AssessmentStage.QUESTIONS;
}
