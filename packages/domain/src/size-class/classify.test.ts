import { classifySize, classifySizeForIndustry } from './classify';

describe('classification rule', () => {
  it('工业: 300 people and 2000 万元 is 中型; one person or 1 万元 less is 小型', () => {
    expect(classifySize('INDUSTRY', { employees: 300, revenue: 2000 })).toMatchObject({ sizeClass: 'MEDIUM', label: '中型' });
    expect(classifySize('INDUSTRY', { employees: 299, revenue: 2000 })).toMatchObject({ sizeClass: 'SMALL', decidedBy: ['employees'] });
    expect(classifySize('INDUSTRY', { employees: 300, revenue: 1999 })).toMatchObject({ sizeClass: 'SMALL', decidedBy: ['revenue'] });
  });

  it('drops a level when one indicator falls short: 中型 by people, 小型 by revenue → 小型', () => {
    expect(classifySize('INDUSTRY', { employees: 500, revenue: 1000 })).toMatchObject({ sizeClass: 'SMALL', decidedBy: ['revenue'] });
    expect(classifySize('CONSTRUCTION', { revenue: 6000, totalAssets: 4999 })).toMatchObject({ sizeClass: 'SMALL', decidedBy: ['totalAssets'] });
    expect(classifySize('LEASING_BUSINESS_SERVICES', { employees: 50, totalAssets: 200000 })).toMatchObject({ sizeClass: 'SMALL', decidedBy: ['employees'] });
  });

  it('is 大型 only at or above every ceiling', () => {
    expect(classifySize('INDUSTRY', { employees: 1000, revenue: 40000 })).toMatchObject({ sizeClass: 'LARGE', label: '大型' });
    expect(classifySize('INDUSTRY', { employees: 20000, revenue: 5000000 })).toMatchObject({ sizeClass: 'LARGE' });
    expect(classifySize('INDUSTRY', { employees: 1000, revenue: 39999 })).toMatchObject({ sizeClass: 'MEDIUM', decidedBy: ['revenue'] });
    expect(classifySize('INDUSTRY', { employees: 999, revenue: 40000 })).toMatchObject({ sizeClass: 'MEDIUM', decidedBy: ['employees'] });
    // 房地产开发经营's asset ceiling is low (10000 万元) next to its revenue ceiling (200000 万元).
    expect(classifySize('REAL_ESTATE_DEVELOPMENT', { revenue: 200000, totalAssets: 10000 })).toMatchObject({ sizeClass: 'LARGE' });
    expect(classifySize('REAL_ESTATE_DEVELOPMENT', { revenue: 200000, totalAssets: 9999 })).toMatchObject({ sizeClass: 'MEDIUM' });
  });

  it('is 微型 on a single condition, however large the other indicator', () => {
    expect(classifySize('INDUSTRY', { employees: 500, revenue: 299 })).toMatchObject({ sizeClass: 'MICRO', label: '微型', decidedBy: ['revenue'] });
    expect(classifySize('INDUSTRY', { employees: 19, revenue: 50000 })).toMatchObject({ sizeClass: 'MICRO', decidedBy: ['employees'] });
    expect(classifySize('WHOLESALE', { employees: 4, revenue: 40000 })).toMatchObject({ sizeClass: 'MICRO' });
    expect(classifySize('INDUSTRY', { employees: 0, revenue: 0 })).toMatchObject({ sizeClass: 'MICRO', decidedBy: ['employees', 'revenue'] });
  });

  it('uses only the indicator a one-indicator row lists', () => {
    expect(classifySize('AGRICULTURE', { employees: null, revenue: 500, totalAssets: null })).toMatchObject({ sizeClass: 'MEDIUM' });
    expect(classifySize('AGRICULTURE', { revenue: 49 })).toMatchObject({ sizeClass: 'MICRO' });
    expect(classifySize('OTHER', { employees: 10 })).toMatchObject({ sizeClass: 'SMALL' });
    expect(classifySize('OTHER', { employees: 9, revenue: 1000000 })).toMatchObject({ sizeClass: 'MICRO' });
  });
});

describe('how it was decided', () => {
  it('gives each indicator its band and the limits around it', () => {
    const result = classifySize('INDUSTRY', { employees: 500, revenue: 5000 });
    expect(result).toEqual({
      valid: true,
      row: expect.objectContaining({ row: 'INDUSTRY', number: 2, name: '工业' }),
      sizeClass: 'MEDIUM',
      label: '中型',
      findings: [
        {
          indicator: 'employees',
          value: 500,
          band: 'MEDIUM',
          comparisons: [
            { level: 'LARGE', threshold: 1000, met: false },
            { level: 'MEDIUM', threshold: 300, met: true },
          ],
          text: '从业人员 500 人 ≥ 300 人（中型下限），< 1000 人（大型下限）：中型',
        },
        {
          indicator: 'revenue',
          value: 5000,
          band: 'MEDIUM',
          comparisons: [
            { level: 'LARGE', threshold: 40000, met: false },
            { level: 'MEDIUM', threshold: 2000, met: true },
          ],
          text: '营业收入 5000 万元 ≥ 2000 万元（中型下限），< 40000 万元（大型下限）：中型',
        },
      ],
      decidedBy: ['employees', 'revenue'],
      summary: '各项指标均达到中型下限，划为中型',
    });
  });

  it('names the indicator that dropped the class', () => {
    const result = classifySize('INDUSTRY', { employees: 500, revenue: 1000 });
    expect(result).toMatchObject({
      findings: [{ band: 'MEDIUM' }, { band: 'SMALL', text: '营业收入 1000 万元 ≥ 300 万元（小型下限），< 2000 万元（中型下限）：小型' }],
      summary: '营业收入只达到小型下限（大型、中型和小型须同时满足所列指标的下限，否则下划一档），划为小型',
    });
  });

  it('says which condition made it 微型', () => {
    const result = classifySize('INDUSTRY', { employees: 500, revenue: 200 });
    expect(result).toMatchObject({
      findings: [
        { band: 'MEDIUM' },
        {
          band: 'MICRO',
          comparisons: [
            { level: 'LARGE', threshold: 40000, met: false },
            { level: 'MEDIUM', threshold: 2000, met: false },
            { level: 'SMALL', threshold: 300, met: false },
          ],
          text: '营业收入 200 万元 < 300 万元（小型下限）：微型',
        },
      ],
      summary: '营业收入低于小型下限（微型只须满足一项条件），划为微型',
    });
  });

  it('states 大型 and single-indicator results plainly', () => {
    expect(classifySize('INDUSTRY', { employees: 1000, revenue: 40000 })).toMatchObject({
      findings: [{ text: '从业人员 1000 人 ≥ 1000 人（大型下限）：大型' }, { text: '营业收入 40000 万元 ≥ 40000 万元（大型下限）：大型' }],
      summary: '各项指标均达到大型下限，划为大型',
    });
    expect(classifySize('OTHER', { employees: 150 })).toMatchObject({ summary: '从业人员达到中型下限，划为中型' });
    expect(classifySize('AGRICULTURE', { revenue: 30 })).toMatchObject({
      findings: [{ text: '营业收入 30 万元 < 50 万元（小型下限）：微型' }],
      summary: '营业收入低于小型下限，划为微型',
    });
  });
});

describe('invalid inputs', () => {
  it('reports each missing, negative or non-numeric indicator the row uses, in table order', () => {
    expect(classifySize('INDUSTRY', { employees: null, revenue: 100 })).toEqual({
      valid: false,
      problems: [{ field: 'employees', code: 'MISSING', message: '工业划型需要从业人员，请填写' }],
    });
    expect(classifySize('CONSTRUCTION', { totalAssets: -1 })).toEqual({
      valid: false,
      problems: [
        { field: 'revenue', code: 'MISSING', message: '建筑业划型需要营业收入，请填写' },
        { field: 'totalAssets', code: 'NEGATIVE', message: '资产总额不能为负数' },
      ],
    });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(classifySize('RETAIL', { employees: bad, revenue: 100 })).toEqual({
        valid: false,
        problems: [{ field: 'employees', code: 'NOT_A_NUMBER', message: '从业人员应为有效数字' }],
      });
    }
  });

  it('rejects a value that is not a number at all (untyped callers)', () => {
    const inputs = JSON.parse('{"employees": "300", "revenue": 5000}');
    expect(classifySize('INDUSTRY', inputs)).toMatchObject({ valid: false, problems: [{ field: 'employees', code: 'NOT_A_NUMBER' }] });
  });

  it('ignores indicators the row does not use, even invalid ones', () => {
    expect(classifySize('AGRICULTURE', { employees: -5, revenue: 100, totalAssets: Number.NaN })).toMatchObject({ valid: true, sizeClass: 'SMALL' });
  });
});

describe('by industry code', () => {
  it('looks up the row, then classifies', () => {
    const result = classifySizeForIndustry('C3491', { employees: 350, revenue: 2500 });
    expect(result).toMatchObject({ valid: true, sizeClass: 'MEDIUM', row: { row: 'INDUSTRY' }, industry: { code: '3491', section: 'C', basis: 'LISTED' } });
  });

  it('classifies 装卸搬运 by 交通运输业 and 通用仓储 by 仓储业', () => {
    // 150 people, 2000 万元: 交通运输业 小型 (people < 300), 仓储业 中型 (≥ 100 and ≥ 1000).
    expect(classifySizeForIndustry('5910', { employees: 150, revenue: 2000 })).toMatchObject({ sizeClass: 'SMALL', row: { row: 'TRANSPORT' } });
    expect(classifySizeForIndustry('5920', { employees: 150, revenue: 2000 })).toMatchObject({ sizeClass: 'MEDIUM', row: { row: 'WAREHOUSING' } });
  });

  it('classifies an unlisted industry by row 16 and says so', () => {
    expect(classifySizeForIndustry('J6621', { employees: 120 })).toMatchObject({
      sizeClass: 'MEDIUM',
      row: { row: 'OTHER' },
      industry: { basis: 'BY_ANALOGY', note: '金融业不在划型标准所列行业内，参照其他未列明行业划型' },
    });
  });

  it('reports a bad industry code as a problem of that field', () => {
    expect(classifySizeForIndustry('A3491', { employees: 10, revenue: 10 })).toEqual({
      valid: false,
      problems: [{ field: 'industryCode', code: 'SECTION_MISMATCH', message: '行业代码的门类字母与其大类不符' }],
    });
    expect(classifySizeForIndustry('349', {})).toMatchObject({ valid: false, problems: [{ field: 'industryCode', code: 'FORMAT' }] });
  });
});
