import { questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import type { StoredAnswers } from '../scoring/answers';
import { applyAnswerPatches, applySceneLevelPatches } from './answer-patch';

const manufacturing = questionnaireOf('2024', 'MANUFACTURING');
const saved: StoredAnswers = { network: { options: ['B'], inputs: {} } };
const errorCodes = (result: ReturnType<typeof applyAnswerPatches>) => (result.ok ? [] : result.userErrors.map((e) => [e.code, e.field?.join('.')]));

describe('answer changes', () => {
  it('set options in questionnaire order and keep what is not sent', () => {
    const result = applyAnswerPatches(manufacturing, saved, [{ questionKey: 'data_security', optionKeys: ['D', 'B', 'B'] }]);
    expect(result).toEqual({ ok: true, value: { network: { options: ['B'], inputs: {} }, data_security: { options: ['B', 'D'], inputs: {} } } });
  });

  it('set and clear figures without touching the choice; an answer with neither is removed', () => {
    const withFigures = applyAnswerPatches(manufacturing, {}, [{ questionKey: 'equipment_digitization_rate', inputs: [{ key: 'production_devices', value: 120 }] }]);
    expect(withFigures).toEqual({ ok: true, value: { equipment_digitization_rate: { options: [], inputs: { production_devices: 120 } } } });
    const cleared = applyAnswerPatches(manufacturing, withFigures.ok ? withFigures.value : {}, [{ questionKey: 'equipment_digitization_rate', inputs: [{ key: 'production_devices', value: null }] }]);
    expect(cleared).toEqual({ ok: true, value: {} });
  });

  it.each([
    [{ questionKey: 'nope', optionKeys: ['A'] }, [['UNKNOWN_QUESTION', 'input.answers.0.questionKey']]],
    [{ questionKey: 'network', optionKeys: ['Z'] }, [['UNKNOWN_OPTION', 'input.answers.0.optionKeys']]],
    [{ questionKey: 'information_system_coverage', optionKeys: ['B', 'C'] }, [['SINGLE_CHOICE', 'input.answers.0.optionKeys']]],
    [{ questionKey: 'network', optionKeys: ['A', 'C'] }, [['EXCLUSIVE_OPTION', 'input.answers.0.optionKeys']]],
    [{ questionKey: 'equipment_digitization_rate', inputs: [{ key: 'production_devices', value: -1 }] }, [['INVALID_FIGURE', 'input.answers.0.inputs.0.value']]],
    [{ questionKey: 'equipment_digitization_rate', inputs: [{ key: 'production_devices', value: 12.5 }] }, [['INVALID_FIGURE', 'input.answers.0.inputs.0.value']]],
    [{ questionKey: 'product_pass_rate_change', inputs: [{ key: 'product_pass_rate', value: 100.5 }] }, [['INVALID_FIGURE', 'input.answers.0.inputs.0.value']]],
    [{ questionKey: 'network', inputs: [{ key: 'production_devices', value: 1 }] }, [['UNKNOWN_INPUT', 'input.answers.0.inputs.0.key']]],
  ])('refuse %j', (patch, expected) => {
    expect(errorCodes(applyAnswerPatches(manufacturing, saved, [patch]))).toEqual(expected);
  });

  it('explain the exclusive option in words', () => {
    const result = applyAnswerPatches(manufacturing, {}, [{ questionKey: 'network', optionKeys: ['A', 'B'] }]);
    expect(result.ok ? null : result.userErrors[0]!.text.zh).toBe('“无”不能与其他选项同时选择。');
  });

  it('apply nothing when one of several changes is wrong', () => {
    const result = applyAnswerPatches(manufacturing, saved, [{ questionKey: 'data_security', optionKeys: ['B'] }, { questionKey: 'network', optionKeys: ['A', 'B'] }]);
    expect(errorCodes(result)).toEqual([['EXCLUSIVE_OPTION', 'input.answers.1.optionKeys']]);
    expect(saved).toEqual({ network: { options: ['B'], inputs: {} } });
  });
});

describe('scene judgements', () => {
  it('set, clear and refuse unknown scenes or levels outside 1–4', () => {
    expect(applySceneLevelPatches(manufacturing, { product_design: 2 }, [{ sceneKey: 'quality_management', level: 4 }, { sceneKey: 'product_design', level: null }])).toEqual({ ok: true, value: { quality_management: 4 } });
    const refused = applySceneLevelPatches(manufacturing, {}, [{ sceneKey: 'nope', level: 1 }, { sceneKey: 'product_design', level: 5 }]);
    expect(refused.ok ? [] : refused.userErrors.map((e) => e.code)).toEqual(['UNKNOWN_SCENE', 'INVALID_SCENE_LEVEL']);
  });
});
