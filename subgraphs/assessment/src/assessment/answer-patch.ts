import { userError, type UserError } from '@zjtx/subgraph-kit';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { StoredAnswers, StoredSceneLevels } from '../scoring/answers';

/** A change to one question's answer: options and/or figures; what is left out stays as saved. */
export interface AnswerPatch {
  questionKey: string;
  /** The full choice; [] clears it; null/absent keeps the saved one. */
  optionKeys?: string[] | null;
  /** Figures to set; a null value clears that figure. */
  inputs?: { key: string; value?: number | null }[] | null;
}

export interface SceneLevelPatch {
  sceneKey: string;
  /** 1–4; null clears the judgement. */
  level?: number | null;
}

type Checked<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

/** Figures are stored as typed; nothing this large is a device count or 万元 figure of an SME. */
const MAX_FIGURE = 1e12;

/**
 * Checks answer changes against the questionnaire and applies them to the saved answers:
 * known questions and options, one option for a single choice, "无" alone, figures that are
 * non-negative numbers (whole where counted, at most 100 for a percentage). All or nothing.
 */
export function applyAnswerPatches(questionnaire: Questionnaire, saved: StoredAnswers, patches: readonly AnswerPatch[]): Checked<StoredAnswers> {
  const errors: UserError[] = [];
  const next: StoredAnswers = structuredClone(saved);
  patches.forEach((patch, index) => {
    const at = (...rest: (string | number)[]) => ['input', 'answers', String(index), ...rest.map(String)];
    const question = questionnaire.question(patch.questionKey);
    if (!question) {
      errors.push(userError('UNKNOWN_QUESTION', { zh: `问卷中没有题目 ${patch.questionKey}。`, en: `The questionnaire has no question ${patch.questionKey}.` }, at('questionKey')));
      return;
    }
    const answer = next[question.key] ?? { options: [], inputs: {} };
    if (patch.optionKeys) {
      const chosen = [...new Set(patch.optionKeys)];
      const unknown = chosen.filter((key) => !question.options.some((o) => o.key === key));
      if (unknown.length) {
        errors.push(userError('UNKNOWN_OPTION', { zh: `“${question.title}”没有选项 ${unknown.join('、')}。`, en: `Question ${question.key} has no option ${unknown.join(', ')}.` }, at('optionKeys')));
      } else if (question.type === 'SINGLE' && chosen.length > 1) {
        errors.push(userError('SINGLE_CHOICE', { zh: `“${question.title}”为单选题，只能选择一项。`, en: `Question ${question.key} takes one option only.` }, at('optionKeys')));
      } else if (chosen.length > 1 && question.options.some((o) => o.exclusive && chosen.includes(o.key))) {
        const none = question.options.find((o) => o.exclusive)!;
        errors.push(userError('EXCLUSIVE_OPTION', { zh: `“${none.text}”不能与其他选项同时选择。`, en: `“${none.text}” (none) cannot be chosen together with other options.` }, at('optionKeys')));
      } else {
        // Stored in the questionnaire's option order, whatever order they were sent in.
        answer.options = question.options.filter((o) => chosen.includes(o.key)).map((o) => o.key);
      }
    }
    (patch.inputs ?? []).forEach((figure, inputIndex) => {
      const input = question.inputs.find((i) => i.key === figure.key);
      const field = at('inputs', inputIndex, 'value');
      if (!input) {
        errors.push(userError('UNKNOWN_INPUT', { zh: `“${question.title}”没有填写项 ${figure.key}。`, en: `Question ${question.key} has no input ${figure.key}.` }, at('inputs', inputIndex, 'key')));
        return;
      }
      const value = figure.value;
      if (value === null || value === undefined) {
        delete answer.inputs[input.key];
        return;
      }
      const label = input.label.replace(/（[^）]*）$/, '');
      if (!Number.isFinite(value) || value < 0 || value > MAX_FIGURE) {
        errors.push(userError('INVALID_FIGURE', { zh: `${label}应为不小于 0 的数值。`, en: `${input.key} must be a number of at least 0.` }, field));
      } else if (input.integer && !Number.isInteger(value)) {
        errors.push(userError('INVALID_FIGURE', { zh: `${label}应为整数（${input.unit}）。`, en: `${input.key} must be a whole number.` }, field));
      } else if (input.unit === '%' && value > 100) {
        errors.push(userError('INVALID_FIGURE', { zh: `${label}为百分比，应在 0 到 100 之间。`, en: `${input.key} is a percentage: 0 to 100.` }, field));
      } else {
        answer.inputs[input.key] = value;
      }
    });
    if (answer.options.length || Object.keys(answer.inputs).length) next[question.key] = answer;
    else delete next[question.key];
  });
  return errors.length ? { ok: false, userErrors: errors } : { ok: true, value: next };
}

/** Checks scene judgements (known scene, level 1–4) and applies them. All or nothing. */
export function applySceneLevelPatches(questionnaire: Questionnaire, saved: StoredSceneLevels, patches: readonly SceneLevelPatch[]): Checked<StoredSceneLevels> {
  const errors: UserError[] = [];
  const next: StoredSceneLevels = { ...saved };
  patches.forEach((patch, index) => {
    const at = (field: string) => ['input', 'sceneLevels', String(index), field];
    const scene = questionnaire.scene(patch.sceneKey);
    if (!scene) {
      errors.push(userError('UNKNOWN_SCENE', { zh: `问卷中没有场景 ${patch.sceneKey}。`, en: `The questionnaire has no scene ${patch.sceneKey}.` }, at('sceneKey')));
    } else if (patch.level === null || patch.level === undefined) {
      delete next[scene.key];
    } else if (!Number.isInteger(patch.level) || patch.level < 1 || patch.level > 4) {
      errors.push(userError('INVALID_SCENE_LEVEL', { zh: `“${scene.name}”的等级应为 1 至 4 级。`, en: `The level of scene ${scene.key} must be 1 to 4.` }, at('level')));
    } else {
      next[scene.key] = patch.level;
    }
  });
  return errors.length ? { ok: false, userErrors: errors } : { ok: true, value: next };
}
