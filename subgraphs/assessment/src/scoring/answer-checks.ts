import type { LocalizedText } from '@zjtx/subgraph-kit';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { OptionData, QuestionData } from '../questionnaire/questionnaire.schema';
import type { StoredAnswers } from './answers';

/** A figure and the chosen option disagree: shown next to the question, never blocking (the answer is the user's). */
export interface AnswerWarning {
  questionKey: string;
  code: 'BAND_MISMATCH' | 'DIRECTION_MISMATCH' | 'PART_EXCEEDS_WHOLE';
  text: LocalizedText;
}

/** A change of at most this share either way counts as 持平 (flat); the questionnaire gives no tolerance, so the check is lenient. */
export const FLAT_TOLERANCE = 0.01;

const percent = (value: number) => `${Number(value.toFixed(1))}%`;
const quoted = (option: OptionData) => `“${option.text}”`;

/** The band a share falls in: the first option whose upper edge is at or above it. */
export function bandOf(question: QuestionData, sharePercent: number): OptionData | undefined {
  return question.options.find((o) => o.upToPercent !== undefined && sharePercent <= o.upToPercent);
}

export function directionOf(current: number, previous: number): 'UP' | 'FLAT' | 'DOWN' {
  const change = (current - previous) / previous;
  if (Math.abs(change) <= FLAT_TOLERANCE) return 'FLAT';
  return change > 0 ? 'UP' : 'DOWN';
}

/**
 * Compares the raw figures typed with a question (device counts, revenue, energy …) with the
 * option chosen, for every answered question that has a check and whose figures are all there.
 * Figures may come from other questions (revenue is asked once and used by three checks).
 */
export function answerWarnings(questionnaire: Questionnaire, answers: StoredAnswers): AnswerWarning[] {
  const figures: Record<string, number> = Object.assign({}, ...Object.values(answers).map((a) => a.inputs));
  const warnings: AnswerWarning[] = [];
  for (const question of questionnaire.questions) {
    const check = question.check;
    const chosen = question.options.find((o) => answers[question.key]?.options.includes(o.key));
    if (!check || !chosen) continue;
    if (check.kind === 'share') {
      const part = figures[check.part];
      const whole = figures[check.whole];
      if (part === undefined || whole === undefined || whole <= 0) continue;
      if (part > whole) {
        warnings.push({
          questionKey: question.key,
          code: 'PART_EXCEEDS_WHOLE',
          text: { zh: `填写的${labelOf(questionnaire, check.part)}大于${labelOf(questionnaire, check.whole)}，请核对。`, en: 'The part is larger than the whole; check the figures.' },
        });
        continue;
      }
      const share = (part / whole) * 100;
      const band = bandOf(question, share);
      if (band && band.key !== chosen.key) {
        warnings.push({
          questionKey: question.key,
          code: 'BAND_MISMATCH',
          text: {
            zh: `按填写的数量计算为 ${percent(share)}，对应${quoted(band)}，与所选${quoted(chosen)}不一致，请核对。`,
            en: `The figures give ${percent(share)}, which is ${band.text}, not the chosen ${chosen.text}; check them.`,
          },
        });
      }
      continue;
    }
    const ratio = (m: { value: string; per: string }) => {
      const value = figures[m.value];
      const per = figures[m.per];
      return value === undefined || per === undefined || per <= 0 ? undefined : value / per;
    };
    const current = ratio(check.current);
    const previous = ratio(check.previous);
    if (current === undefined || previous === undefined || previous <= 0) continue;
    const direction = directionOf(current, previous);
    const expected = question.options.find((o) => o.direction === direction);
    if (expected && expected.key !== chosen.key) {
      const change = ((current - previous) / previous) * 100;
      warnings.push({
        questionKey: question.key,
        code: 'DIRECTION_MISMATCH',
        text: {
          zh: `按填写的数据计算，上年较前年变化 ${change > 0 ? '+' : ''}${percent(change)}（±${FLAT_TOLERANCE * 100}% 以内视为持平），对应${quoted(expected)}，与所选${quoted(chosen)}不一致，请核对。`,
          en: `The figures give a change of ${change > 0 ? '+' : ''}${percent(change)} (within ±${FLAT_TOLERANCE * 100}% counts as flat), which is ${directionWord[direction]}, not the chosen option; check them.`,
        },
      });
    }
  }
  return warnings;
}

const directionWord = { UP: 'an increase', FLAT: 'flat', DOWN: 'a decrease' } as const;

/** An input's label without its unit in brackets, for messages: "其中生产设备数量为（台）" → "其中生产设备数量为". */
function labelOf(questionnaire: Questionnaire, inputKey: string): string {
  const label = questionnaire.input(inputKey)?.input.label ?? inputKey;
  return label.replace(/（[^）]*）$/, '').replace(/^其中/, '').replace(/为$/, '');
}
