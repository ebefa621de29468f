import type { Questionnaire } from '../questionnaire/questionnaire';
import type { StoredAnswers, StoredSceneLevels } from './answers';
import { countScenes, digitalLevel, scoreQuestions } from './score';
import type { StoredResult } from './stored-result';

/** What finishing stage 1 fixes: the base score and its breakdown. */
export function stage1Result(questionnaire: Questionnaire, answers: StoredAnswers): { score: number; result: StoredResult } {
  const scored = scoreQuestions(questionnaire, answers);
  return { score: scored.baseScore, result: { dimensions: scored.dimensions, questions: scored.questions } };
}

/** What finishing stage 2 adds: the scene counts and the level the rule gives with the stage-1 score. */
export function stage2Result(questionnaire: Questionnaire, stage1: { score: number; result: StoredResult }, sceneLevels: StoredSceneLevels): { level: number | null; result: StoredResult } {
  const sceneCounts = countScenes(questionnaire, sceneLevels);
  const level = digitalLevel(questionnaire, stage1.score, sceneCounts);
  return { level: level.level, result: { ...stage1.result, sceneCounts, levelChecks: level.checks } };
}
