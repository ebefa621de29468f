import { loadQuestionnaires, questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import type { StoredAnswers, StoredSceneLevels } from './answers';
import { countScenes, digitalLevel, questionScoreMilli, scoreQuestions } from './score';

const manufacturing = questionnaireOf('2024', 'MANUFACTURING');
const question = (key: string) => manufacturing.question(key)!;
const points = (key: string, options: string[]) => questionScoreMilli(question(key), options) / 1000;

describe('questionnaire files', () => {
  it('load for every category, each consistent (points add up, keys unique, checks name real inputs)', () => {
    const all = loadQuestionnaires();
    expect([...all.keys()].sort()).toEqual(['2024/MANUFACTURING', '2024/OTHER', '2024/PRODUCTIVE_SERVICE']);
  });

  it('the manufacturing set is the official one: 15 questions worth 50 + 30 + 20, 16 scenes of which 10 constrain', () => {
    expect(manufacturing.data.adaptation).toBeNull();
    expect(manufacturing.questions).toHaveLength(15);
    expect(manufacturing.data.dimensions.map((d) => [d.name, d.points])).toEqual([['数字化基础', 50], ['数字化管理', 30], ['数字化成效', 20]]);
    expect(manufacturing.scenes).toHaveLength(16);
    expect(manufacturing.scenes.filter((s) => s.constraint).map((s) => s.name)).toEqual(['产品设计', '营销管理', '生产管控', '质量管理', '设备管理', '安全生产', '能耗管理', '采购管理', '仓储物流', '财务管理']);
  });

  it.each(['PRODUCTIVE_SERVICE', 'OTHER'] as const)('the %s set is marked adapted and keeps the scoring structure and level rule', (category) => {
    const adapted = questionnaireOf('2024', category);
    expect(adapted.data.adaptation?.from).toBe('2024/MANUFACTURING');
    const structure = (q: typeof manufacturing) => q.questions.map((x) => [x.key, x.type, x.points, x.options.map((o) => [o.key, o.points, o.exclusive ?? false])]);
    expect(structure(adapted)).toEqual(structure(manufacturing));
    expect(adapted.data.levelRule).toEqual(manufacturing.data.levelRule);
    expect(adapted.scenes).toHaveLength(16);
    expect(adapted.scenes.filter((s) => s.constraint)).toHaveLength(10);
  });
});

describe('question scores (RULES.md §2.2)', () => {
  it.each([
    ['network', [], 0],
    ['network', ['A'], 0], // 无
    ['network', ['B'], 2],
    ['network', ['B', 'C', 'D', 'E'], 8],
    ['network', ['A', 'B'], 0], // "无" with others: never saved, and scores nothing
    ['equipment_digitization_rate', ['A'], 0],
    ['equipment_digitization_rate', ['B'], 1.5],
    ['equipment_digitization_rate', ['E'], 6],
    ['data_collection_coverage', ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'], 9.1], // 13 × 0.7
    ['data_collection_coverage', ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'], 10], // + 人力资源 0.9 = exactly 10
    ['data_collection_coverage', ['O'], 0.9],
    ['information_system_coverage', ['D'], 7.5],
    ['network_security', ['B', 'C', 'D', 'E'], 5], // 4 × 1.25
    ['data_security', ['C'], 1.25],
    ['planning_execution', ['F'], 7.5],
    ['management_mechanism', ['B', 'C', 'D'], 5.625], // 3 × 1.875
    ['digital_talent', ['B', 'C', 'D', 'E', 'F'], 7.5], // 5 × 1.5
    ['digital_investment_ratio', ['C'], 3.75],
    ['energy_intensity_change', ['B'], 3.5], // 持平
    ['product_pass_rate_change', ['A'], 0], // 降低
    ['revenue_per_employee_change', ['C'], 3],
    ['cost_per_revenue_change', ['B'], 1.5],
  ])('%s %j → %d', (key, options, expected) => {
    expect(points(key, options)).toBe(expected);
  });
});

const allAnswered = (pick: (key: string) => string[]): StoredAnswers =>
  Object.fromEntries(manufacturing.questions.map((q) => [q.key, { options: pick(q.key), inputs: {} }]));

describe('dimension and base scores', () => {
  it('a hand-computed attempt: 基础 25.7 + 管理 11.25 + 成效 20 = 56.95', () => {
    const answers: StoredAnswers = allAnswered((key) => {
      const chosen: Record<string, string[]> = {
        network: ['B', 'C'], // 2 + 2
        equipment_digitization_rate: ['D'], // 4.5
        equipment_networking_rate: ['C'], // 3
        data_collection_coverage: ['B', 'D', 'G', 'H', 'I', 'N'], // 6 × 0.7 = 4.2
        information_system_coverage: ['C'], // 5
        network_security: ['B', 'C'], // 2.5
        data_security: ['B', 'C'], // 2.5      → 基础 25.7
        planning_execution: ['D'], // 4.5
        management_mechanism: ['B', 'C'], // 3.75
        digital_talent: ['B', 'D'], // 3
        digital_investment_ratio: ['A'], // 0  → 管理 11.25
      };
      return chosen[key] ?? ['C']; // 成效: 7 + 7 + 3 + 3 = 20
    });
    const scored = scoreQuestions(manufacturing, answers);
    expect(scored.dimensions.map((d) => d.score)).toEqual([25.7, 11.25, 20]);
    expect(scored.dimensions[0]!.areas.map((a) => [a.name, a.score])).toEqual([['设备系统', 11.5], ['数据采集', 4.2], ['信息系统', 5], ['信息安全', 5]]);
    expect(scored.baseScore).toBe(56.95);
    expect(scored.questions.data_collection_coverage).toBe(4.2);
  });

  it('the best option everywhere gives exactly 100, the first option everywhere 0', () => {
    const best = allAnswered((key) => {
      const q = question(key);
      return q.type === 'MULTI' ? q.options.filter((o) => !o.exclusive).map((o) => o.key) : [q.options.reduce((a, b) => (b.points > a.points ? b : a)).key];
    });
    expect(scoreQuestions(manufacturing, best).baseScore).toBe(100);
    expect(scoreQuestions(manufacturing, allAnswered(() => ['A'])).baseScore).toBe(0);
  });
});

/** Scene levels: the first `high` scenes (constraint scenes first when asked) at `level`, the rest at `rest`. */
function scenes(options: { atLevel: number; scenes: number; constraintScenes: number; rest?: number }): StoredSceneLevels {
  const constraint = manufacturing.scenes.filter((s) => s.constraint);
  const other = manufacturing.scenes.filter((s) => !s.constraint);
  const high = [...constraint.slice(0, options.constraintScenes), ...other.slice(0, options.scenes - options.constraintScenes)];
  if (high.length !== options.scenes) throw new TypeError('not enough scenes of that kind');
  return Object.fromEntries(manufacturing.scenes.map((s) => [s.key, high.includes(s) ? options.atLevel : (options.rest ?? 1)]));
}

describe('digital level: base score and scene counts, tested from 四级 down', () => {
  it.each([
    // [case, base score, scene levels, expected level]
    ['四级 at its edges: 80 points, 10 scenes at L4 of which 6 constraint', 80, scenes({ atLevel: 4, scenes: 10, constraintScenes: 6 }), 4],
    ['79.875 points misses 四级 by the score; the same scenes give 三级', 79.875, scenes({ atLevel: 4, scenes: 10, constraintScenes: 6 }), 3],
    ['9 scenes at L4 miss 四级; they count at L3 for 三级', 95, scenes({ atLevel: 4, scenes: 9, constraintScenes: 6 }), 3],
    ['10 scenes at L4 with only 5 constraint miss 四级', 95, scenes({ atLevel: 4, scenes: 10, constraintScenes: 5 }), 3],
    ['三级 at its edges: 60 points, 8 scenes at L3 of which 5 constraint', 60, scenes({ atLevel: 3, scenes: 8, constraintScenes: 5 }), 3],
    ['7 scenes at L3 miss 三级 and give 二级', 75, scenes({ atLevel: 3, scenes: 7, constraintScenes: 5 }), 2],
    ['8 scenes at L3 with 4 constraint miss 三级', 75, scenes({ atLevel: 3, scenes: 8, constraintScenes: 4 }), 2],
    ['59.99 points with scenes for 三级 give 二级', 59.99, scenes({ atLevel: 3, scenes: 8, constraintScenes: 5 }), 2],
    ['二级 at its edges: 40 points, 6 scenes at L2 of which 3 constraint', 40, scenes({ atLevel: 2, scenes: 6, constraintScenes: 3 }), 2],
    ['6 scenes at L2 with 2 constraint miss 二级', 55, scenes({ atLevel: 2, scenes: 6, constraintScenes: 2 }), 1],
    ['5 scenes at L2 miss 二级', 55, scenes({ atLevel: 2, scenes: 5, constraintScenes: 3 }), 1],
    ['39.999 points miss 二级', 39.999, scenes({ atLevel: 2, scenes: 6, constraintScenes: 3 }), 1],
    ['一级 at its edge: 20 points with every scene at L1 (a complete attempt judges all 16)', 20, scenes({ atLevel: 1, scenes: 16, constraintScenes: 10 }), 1],
    ['19.999 points reach no level, whatever the scenes', 19.999, scenes({ atLevel: 4, scenes: 16, constraintScenes: 10 }), null],
    ['0 points reach no level', 0, scenes({ atLevel: 1, scenes: 16, constraintScenes: 10 }), null],
    ['full marks and every scene at L4', 100, scenes({ atLevel: 4, scenes: 16, constraintScenes: 10 }), 4],
  ])('%s', (_case, baseScore, levels, expected) => {
    const result = digitalLevel(manufacturing, baseScore, countScenes(manufacturing, levels));
    expect(result.level).toBe(expected);
    expect(result.checks.map((c) => c.level)).toEqual([4, 3, 2, 1]);
    expect(result.checks.find((c) => c.met)?.level ?? null).toBe(expected);
  });

  it('counts scenes at or above each level, constraint scenes separately', () => {
    const counts = countScenes(manufacturing, scenes({ atLevel: 3, scenes: 8, constraintScenes: 5, rest: 2 }));
    expect(counts).toEqual([
      { level: 1, scenes: 16, constraintScenes: 10 },
      { level: 2, scenes: 16, constraintScenes: 10 },
      { level: 3, scenes: 8, constraintScenes: 5 },
      { level: 4, scenes: 0, constraintScenes: 0 },
    ]);
  });

  it('says why a level was missed: 三级 needs 8 scenes at L3 and the attempt has 7', () => {
    const result = digitalLevel(manufacturing, 75, countScenes(manufacturing, scenes({ atLevel: 3, scenes: 7, constraintScenes: 5 })));
    expect(result.checks.find((c) => c.level === 3)).toEqual({ level: 3, name: '三级', met: false, minBaseScore: 60, baseScore: 75, minScenes: 8, scenes: 7, minConstraintScenes: 5, constraintScenes: 5 });
  });
});
