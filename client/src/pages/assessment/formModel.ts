import type { AssessmentForm_AssessmentFragment, AssessmentQuestionnaire_QuestionnaireFragment } from '../../__generated__/graphql';

export type Questionnaire = AssessmentQuestionnaire_QuestionnaireFragment;
export type Question = Questionnaire['dimensions'][number]['areas'][number]['questions'][number];
export type Scene = Questionnaire['sceneGroups'][number]['scenes'][number];
export type ServerAnswer = AssessmentForm_AssessmentFragment['answers'][number];

/** A figure as typed: a number, or text the number field is still editing (''  = empty). */
export type FigureValue = number | string;

export interface LocalAnswer {
  optionKeys: string[];
  figures: Record<string, FigureValue>;
}

export type LocalAnswers = Record<string, LocalAnswer>;
export type LocalSceneLevels = Record<string, number>;

export function answersFrom(answers: readonly ServerAnswer[]): LocalAnswers {
  return Object.fromEntries(
    answers.map((a) => [a.questionKey, { optionKeys: [...a.optionKeys], figures: Object.fromEntries(a.inputs.map((i) => [i.key, i.value])) }]),
  );
}

export const scenesFrom = (levels: AssessmentForm_AssessmentFragment['sceneLevels']): LocalSceneLevels =>
  Object.fromEntries(levels.map((s) => [s.sceneKey, s.level]));

/**
 * A multiple choice after ticking or unticking: ticking "无" (exclusive) leaves it alone, ticking
 * anything else unticks "无". The result keeps the questionnaire's option order.
 */
export function nextMultiChoice(question: Question, current: readonly string[], next: readonly string[]): string[] {
  const added = next.filter((key) => !current.includes(key));
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.key));
  let chosen: string[];
  if (added.some((key) => exclusive.has(key))) chosen = added.filter((key) => exclusive.has(key)).slice(0, 1);
  else if (added.length > 0) chosen = next.filter((key) => !exclusive.has(key));
  else chosen = [...next];
  return question.options.filter((o) => chosen.includes(o.key)).map((o) => o.key);
}

/** Where the form is, as saved in `position`: `QUESTIONS:<dimension>[:<question>]` or `SCENES:<group>[:<scene>]`. */
export interface FormPosition {
  stage: 'QUESTIONS' | 'SCENES';
  section: number;
  item?: string;
}

export function parsePosition(position: string | null): FormPosition | null {
  const match = /^(QUESTIONS|SCENES):(\d+)(?::([\w-]+))?$/.exec(position ?? '');
  if (!match) return null;
  return { stage: match[1] as FormPosition['stage'], section: Number(match[2]), item: match[3] };
}

export const formatPosition = (p: FormPosition) => `${p.stage}:${p.section}${p.item ? `:${p.item}` : ''}`;

/** The DOM id of a question's or scene's card, to scroll to. */
export const itemId = (key: string) => `assessment-item-${key}`;
