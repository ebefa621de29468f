import { classifySize, type SizeInputs } from './classify';
import { type SizeClass } from './labels';
import { SIZE_TABLE, sizeIndicatorsOf, type SizeIndicator, type SizeRow } from './size-table';

/**
 * The table of 工信部联企业〔2011〕300号, typed in again from RULES.md §4 rather than read from the
 * code: per indicator the lower limits of [大型, 中型, 小型]; below 小型 is 微型.
 */
type Limits = [large: number, medium: number, small: number];
const TABLE: Array<[number, SizeRow, string, Partial<Record<SizeIndicator, Limits>>]> = [
  [1, 'AGRICULTURE', '农、林、牧、渔业', { revenue: [20000, 500, 50] }],
  [2, 'INDUSTRY', '工业', { employees: [1000, 300, 20], revenue: [40000, 2000, 300] }],
  [3, 'CONSTRUCTION', '建筑业', { revenue: [80000, 6000, 300], totalAssets: [80000, 5000, 300] }],
  [4, 'WHOLESALE', '批发业', { employees: [200, 20, 5], revenue: [40000, 5000, 1000] }],
  [5, 'RETAIL', '零售业', { employees: [300, 50, 10], revenue: [20000, 500, 100] }],
  [6, 'TRANSPORT', '交通运输业', { employees: [1000, 300, 20], revenue: [30000, 3000, 200] }],
  [7, 'WAREHOUSING', '仓储业', { employees: [200, 100, 20], revenue: [30000, 1000, 100] }],
  [8, 'POSTAL', '邮政业', { employees: [1000, 300, 20], revenue: [30000, 2000, 100] }],
  [9, 'ACCOMMODATION', '住宿业', { employees: [300, 100, 10], revenue: [10000, 2000, 100] }],
  [10, 'CATERING', '餐饮业', { employees: [300, 100, 10], revenue: [10000, 2000, 100] }],
  [11, 'INFORMATION_TRANSMISSION', '信息传输业', { employees: [2000, 100, 10], revenue: [100000, 1000, 100] }],
  [12, 'SOFTWARE_IT_SERVICES', '软件和信息技术服务业', { employees: [300, 100, 10], revenue: [10000, 1000, 50] }],
  [13, 'REAL_ESTATE_DEVELOPMENT', '房地产开发经营', { revenue: [200000, 1000, 100], totalAssets: [10000, 5000, 2000] }],
  [14, 'PROPERTY_MANAGEMENT', '物业管理', { employees: [1000, 300, 100], revenue: [5000, 1000, 500] }],
  [15, 'LEASING_BUSINESS_SERVICES', '租赁和商务服务业', { employees: [300, 100, 10], totalAssets: [120000, 8000, 100] }],
  [16, 'OTHER', '其他未列明行业', { employees: [300, 100, 10] }],
];

describe('the 300号 size table', () => {
  it.each(TABLE)('row %i %s (%s) has the table\'s limits', (number, row, name, limits) => {
    const definition = SIZE_TABLE[row];
    expect({ number: definition.number, name: definition.name }).toEqual({ number, name });
    expect(Object.fromEntries(definition.limits.map((limit) => [limit.indicator, [limit.large, limit.medium, limit.small]]))).toEqual(limits);
    expect(sizeIndicatorsOf(row)).toEqual(Object.keys(limits));
  });

  it('has exactly the 16 rows', () => {
    expect(Object.keys(SIZE_TABLE).sort()).toEqual(TABLE.map(([, row]) => row).sort());
  });
});

// Every limit exactly at and just below it, with the row's other indicators far above every
// ceiling so the one under test decides: at a lower limit the band is that level, just below
// it the next one down.
const HIGH = 1e9;
const JUST_BELOW: Record<SizeIndicator, number> = { employees: 1, revenue: 0.01, totalAssets: 0.01 };
const LEVELS: SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

const edges = TABLE.flatMap(([, row, name, limits]) => {
  const indicators = Object.keys(limits) as SizeIndicator[];
  return indicators.flatMap((indicator) =>
    limits[indicator]!.flatMap((threshold, level) => [
      { row, name, indicators, indicator, value: threshold, expected: LEVELS[level]! },
      { row, name, indicators, indicator, value: threshold - JUST_BELOW[indicator], expected: LEVELS[level + 1]! },
    ]),
  );
});

describe('band edges', () => {
  it.each(edges)('$name: $indicator $value → $expected', ({ row, indicators, indicator, value, expected }) => {
    const inputs: SizeInputs = Object.fromEntries(indicators.map((other) => [other, other === indicator ? value : HIGH]));
    // At the 大型 limit every indicator reaches 大型, so all of them decide.
    const decidedBy = expected === 'LARGE' ? indicators : [indicator];
    expect(classifySize(row, inputs)).toMatchObject({ valid: true, sizeClass: expected, decidedBy });
  });
});

// A public implementation got these two rows wrong (RULES.md §4): pinned here case by case.
describe('仓储业 and 信息传输业', () => {
  it.each([
    [{ employees: 100, revenue: 1000 }, 'MEDIUM'],
    [{ employees: 150, revenue: 5000 }, 'MEDIUM'],
    [{ employees: 199, revenue: 29999 }, 'MEDIUM'],
    [{ employees: 200, revenue: 30000 }, 'LARGE'],
    [{ employees: 99, revenue: 29999 }, 'SMALL'],
    [{ employees: 20, revenue: 100 }, 'SMALL'],
    [{ employees: 19, revenue: 30000 }, 'MICRO'],
  ] as const)('仓储业 %o → %s', (inputs, expected) => {
    expect(classifySize('WAREHOUSING', inputs)).toMatchObject({ sizeClass: expected });
  });

  it.each([
    [{ employees: 500, revenue: 50000 }, 'MEDIUM'],
    [{ employees: 100, revenue: 1000 }, 'MEDIUM'],
    [{ employees: 1999, revenue: 99999 }, 'MEDIUM'],
    [{ employees: 2000, revenue: 99999.99 }, 'MEDIUM'],
    [{ employees: 2000, revenue: 100000 }, 'LARGE'],
    [{ employees: 99, revenue: 100000 }, 'SMALL'],
    [{ employees: 10, revenue: 99 }, 'MICRO'],
  ] as const)('信息传输业 %o → %s', (inputs, expected) => {
    expect(classifySize('INFORMATION_TRANSMISSION', inputs)).toMatchObject({ sizeClass: expected });
  });
});
