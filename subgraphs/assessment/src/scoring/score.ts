import { fromMilli, toMilli, type Questionnaire } from '../questionnaire/questionnaire';
import type { QuestionData } from '../questionnaire/questionnaire.schema';
import type { StoredAnswers, StoredSceneLevels } from './answers';

/**
 * Scoring of the digital-level assessment exactly as RULES.md §2.2 states it: a single choice
 * scores its option; a multiple choice scores the sum of its options, and "无" scores 0; dimension
 * scores are the sums of their questions, the base score the sum of the dimensions (0–100).
 */
export function questionScoreMilli(question: QuestionData, optionKeys: readonly string[]): number {
  const chosen = question.options.filter((o) => optionKeys.includes(o.key));
  if (chosen.some((o) => o.exclusive)) return 0;
  const total = chosen.reduce((sum, o) => sum + toMilli(o.points), 0);
  return Math.min(total, toMilli(question.points));
}

export interface AreaScore {
  name: string;
  points: number;
  score: number;
}
export interface DimensionScore extends AreaScore {
  areas: AreaScore[];
}
export interface QuestionsScore {
  /** 基础 + 管理 + 成效, 0–100. */
  baseScore: number;
  dimensions: DimensionScore[];
  /** Points per question key. */
  questions: Record<string, number>;
}

export function scoreQuestions(questionnaire: Questionnaire, answers: StoredAnswers): QuestionsScore {
  const questions: Record<string, number> = {};
  let baseMilli = 0;
  const dimensions = questionnaire.data.dimensions.map((dimension) => {
    let dimensionMilli = 0;
    const areas = dimension.areas.map((area) => {
      let areaMilli = 0;
      for (const question of area.questions) {
        const milli = questionScoreMilli(question, answers[question.key]?.options ?? []);
        questions[question.key] = fromMilli(milli);
        areaMilli += milli;
      }
      dimensionMilli += areaMilli;
      return { name: area.name, points: area.points, score: fromMilli(areaMilli) };
    });
    baseMilli += dimensionMilli;
    return { name: dimension.name, points: dimension.points, score: fromMilli(dimensionMilli), areas };
  });
  return { baseScore: fromMilli(baseMilli), dimensions, questions };
}

/** How many scenes are judged at `level` or above, and how many of those are constraint scenes. */
export interface SceneCount {
  level: number;
  scenes: number;
  constraintScenes: number;
}

export function countScenes(questionnaire: Questionnaire, levels: StoredSceneLevels): SceneCount[] {
  return [1, 2, 3, 4].map((level) => {
    const atOrAbove = questionnaire.scenes.filter((scene) => (levels[scene.key] ?? 0) >= level);
    return { level, scenes: atOrAbove.length, constraintScenes: atOrAbove.filter((s) => s.constraint).length };
  });
}

/** One row of the level rule applied to an attempt: each part with what it needs and what the attempt has. */
export interface LevelCheck {
  level: number;
  name: string;
  met: boolean;
  minBaseScore: number;
  baseScore: number;
  minScenes: number;
  scenes: number;
  minConstraintScenes: number;
  constraintScenes: number;
}

export interface LevelResult {
  /** 1–4, or null when not even the lowest level holds. */
  level: number | null;
  checks: LevelCheck[];
}

/** The two-part rule: from the highest level down, the first whose base score and scene counts both hold. */
export function digitalLevel(questionnaire: Questionnaire, baseScore: number, counts: readonly SceneCount[]): LevelResult {
  const checks = questionnaire.data.levelRule.map((rule): LevelCheck => {
    const count = counts.find((c) => c.level === rule.level) ?? { scenes: 0, constraintScenes: 0 };
    return {
      level: rule.level,
      name: rule.name,
      met: baseScore >= rule.minBaseScore && count.scenes >= rule.minScenesAtLevel && count.constraintScenes >= rule.minConstraintScenesAtLevel,
      minBaseScore: rule.minBaseScore,
      baseScore,
      minScenes: rule.minScenesAtLevel,
      scenes: count.scenes,
      minConstraintScenes: rule.minConstraintScenesAtLevel,
      constraintScenes: count.constraintScenes,
    };
  });
  return { level: checks.find((c) => c.met)?.level ?? null, checks };
}
