import { z } from 'zod';

/**
 * The shape of a questionnaire file in `data/questionnaires/` (one per version and category).
 * Files are data, not code: a new version is a new file; a published one is never edited,
 * because attempts keep the version and category they were answered under.
 */

const option = z.strictObject({
  key: z.string().regex(/^[A-Z]$/),
  text: z.string().min(1),
  points: z.number().min(0),
  /** "无": scores 0 and cannot be chosen with any other option. */
  exclusive: z.literal(true).optional(),
  /** For percentage-band options: the band's upper edge; the band starts above the previous option's edge (the first at 0, inclusive). */
  upToPercent: z.number().positive().max(100).optional(),
  /** For change options (增加 / 持平 / 降低): which way the figure moved. */
  direction: z.enum(['UP', 'FLAT', 'DOWN']).optional(),
});

const input = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  unit: z.string().min(1),
  integer: z.boolean(),
});

/** A ratio of two inputs, e.g. revenue per employee. */
const measure = z.strictObject({ value: z.string(), per: z.string() });

/** How the raw numbers check the chosen option: a share that falls in a band, or a change in a direction. */
const check = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('share'), part: z.string(), whole: z.string() }),
  z.strictObject({ kind: z.literal('change'), current: measure, previous: measure }),
]);

const question = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  topic: z.string().min(1),
  title: z.string().min(1),
  description: z.string().nullable(),
  type: z.enum(['SINGLE', 'MULTI']),
  points: z.number().positive(),
  options: z.array(option).min(2),
  inputs: z.array(input),
  check: check.optional(),
});

const area = z.strictObject({ name: z.string().min(1), points: z.number().positive(), questions: z.array(question).min(1) });
const dimension = z.strictObject({ name: z.string().min(1), points: z.number().positive(), areas: z.array(area).min(1) });

const scene = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  /** 约束性场景: counted separately by the level rule. */
  constraint: z.boolean(),
  /** The texts of levels 1–4, in order. */
  levels: z.array(z.string().min(1)).length(4),
});

const levelRule = z.strictObject({
  level: z.number().int().min(1).max(4),
  name: z.string().min(1),
  minBaseScore: z.number().min(0).max(100),
  minScenesAtLevel: z.number().int().min(0),
  minConstraintScenesAtLevel: z.number().int().min(0),
});

export const questionnaireFile = z.strictObject({
  version: z.string().regex(/^\d{4}$/),
  category: z.enum(['MANUFACTURING', 'PRODUCTIVE_SERVICE', 'OTHER']),
  name: z.string().min(1),
  source: z.string().min(1),
  /** Set when the set is this platform's adaptation, not an official one. */
  adaptation: z.strictObject({ from: z.string(), note: z.string().min(1), changes: z.array(z.string()) }).nullable(),
  dimensions: z.array(dimension).min(1),
  sceneGroups: z.array(z.strictObject({ name: z.string().min(1), scenes: z.array(scene).min(1) })).min(1),
  /** Tested from the highest level down; the first that holds is the result. */
  levelRule: z.array(levelRule).min(1),
});

export type QuestionnaireData = z.infer<typeof questionnaireFile>;
export type QuestionData = z.infer<typeof question>;
export type OptionData = z.infer<typeof option>;
export type InputData = z.infer<typeof input>;
export type SceneData = z.infer<typeof scene>;
export type LevelRuleData = z.infer<typeof levelRule>;
export type AnswerCheck = z.infer<typeof check>;
