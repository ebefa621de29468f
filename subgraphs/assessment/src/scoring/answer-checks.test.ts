import { questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import { answerWarnings } from './answer-checks';
import type { StoredAnswers } from './answers';

const manufacturing = questionnaireOf('2024', 'MANUFACTURING');
const codes = (answers: StoredAnswers) => answerWarnings(manufacturing, answers).map((w) => [w.questionKey, w.code]);
const digitisation = (option: string, digitised: number, devices = 100): StoredAnswers => ({
  equipment_digitization_rate: { options: [option], inputs: { production_devices: devices, digitised_devices: digitised } },
});

describe('figures that check the chosen option', () => {
  it.each([
    ['A', 10, []], // 10% is the top of [0-10%]
    ['B', 10, [['equipment_digitization_rate', 'BAND_MISMATCH']]],
    ['B', 10.5, []], // (10%,20%]
    ['C', 40, []], // (20%,40%] includes 40
    ['D', 40, [['equipment_digitization_rate', 'BAND_MISMATCH']]],
    ['E', 100, []],
    ['A', 0, []],
  ])('digitisation: option %s with %d of 100 devices', (option, digitised, expected) => {
    expect(codes(digitisation(option as string, digitised as number))).toEqual(expected);
  });

  it('says what the figures give and which option that is', () => {
    const [warning] = answerWarnings(manufacturing, digitisation('C', 425, 1000));
    expect(warning!.text.zh).toBe('按填写的数量计算为 42.5%，对应“(40%,60%]”，与所选“(20%,40%]”不一致，请核对。');
  });

  it('networking uses the device total typed with the digitisation question', () => {
    const answers: StoredAnswers = {
      equipment_digitization_rate: { options: ['D'], inputs: { production_devices: 120, digitised_devices: 60 } },
      equipment_networking_rate: { options: ['E'], inputs: { networked_devices: 40 } }, // 33.3% → C
    };
    expect(codes(answers)).toEqual([['equipment_networking_rate', 'BAND_MISMATCH']]);
  });

  it('more digitised devices than devices is pointed out, not banded', () => {
    expect(codes(digitisation('E', 120))).toEqual([['equipment_digitization_rate', 'PART_EXCEEDS_WHOLE']]);
  });

  it('no figures, a missing one or zero devices: nothing to check', () => {
    expect(codes({ equipment_digitization_rate: { options: ['B'], inputs: {} } })).toEqual([]);
    expect(codes({ equipment_digitization_rate: { options: ['B'], inputs: { digitised_devices: 3 } } })).toEqual([]);
    expect(codes(digitisation('A', 0, 0))).toEqual([]);
  });

  const perEmployee = (option: string, revenueLastYear: number): StoredAnswers => ({
    revenue_per_employee_change: { options: [option], inputs: { employees_last_year: 100, revenue_last_year: revenueLastYear, employees_year_before: 100, revenue_year_before: 10000 } },
  });
  it.each([
    ['C', 10500, []], // +5% → 增加
    ['B', 10500, [['revenue_per_employee_change', 'DIRECTION_MISMATCH']]],
    ['B', 10100, []], // +1% is within the tolerance → 持平
    ['B', 9900, []], // −1% → 持平
    ['A', 9800, []], // −2% → 降低
    ['C', 9800, [['revenue_per_employee_change', 'DIRECTION_MISMATCH']]],
  ])('revenue per employee: option %s with revenue %d against 10000 the year before', (option, revenue, expected) => {
    expect(codes(perEmployee(option as string, revenue as number))).toEqual(expected);
  });

  it('cost and energy per 100 元 of revenue use the revenue typed with the per-employee question; falling is the good direction', () => {
    const answers: StoredAnswers = {
      revenue_per_employee_change: { options: ['C'], inputs: { employees_last_year: 210, revenue_last_year: 12800, employees_year_before: 200, revenue_year_before: 11600 } },
      cost_per_revenue_change: { options: ['C'], inputs: { cost_last_year: 10100, cost_year_before: 9400 } }, // 0.789 vs 0.810: 降低 = C
      energy_intensity_change: { options: ['A'], inputs: { energy_last_year: 1150, energy_year_before: 1200 } }, // falls, but 增加 (A) chosen
    };
    expect(codes(answers)).toEqual([['energy_intensity_change', 'DIRECTION_MISMATCH']]);
  });
});
