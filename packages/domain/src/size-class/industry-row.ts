import { industrySectionOf, type IndustrySection } from './industry-section';
import { type SizeRow } from './size-table';

/**
 * Which row of the 300号 table a GB/T 4754-2017 小类 falls in. The scope of each row is the one
 * of the NBS 《统计上大中小微型企业划分办法（2017）》 (RULES.md §4), whose notes say: 工业 = B, C, D;
 * 交通运输业 = 道路, 水上, 航空, 管道运输, 多式联运和运输代理业 and 装卸搬运, not 铁路; 信息传输业 =
 * 63, 64; 其他未列明行业 = M, N, O, 社会工作, R, 房地产中介服务, 其他房地产业 etc., not 自有房地产经营活动.
 *
 * Industries no row lists (铁路, J, 7040, P, 卫生, S, T) are placed in row 16 其他未列明行业 with
 * basis BY_ANALOGY: 300号 has them 参照本规定进行划型 (its 第七条 as usually quoted; not checked
 * against the original here), and row 16 is the only row that is not tied to one industry.
 */
export type SizeRowBasis = 'LISTED' | 'BY_ANALOGY';

export type IndustryCodeProblem = 'FORMAT' | 'UNKNOWN_DIVISION' | 'SECTION_MISMATCH';

export type SizeIndustryMatch =
  | {
      valid: true;
      /** The four-digit 小类 code, without the 门类 letter. */
      code: string;
      section: IndustrySection;
      row: SizeRow;
      basis: SizeRowBasis;
      /** Why a code sits where a reader might not expect it (zh-CN), for the UI; null when obvious. */
      note: string | null;
    }
  | { valid: false; problem: IndustryCodeProblem };

type Placement = { row: SizeRow; basis: SizeRowBasis; note: string | null };

const listed = (row: SizeRow, note: string | null = null): Placement => ({ row, basis: 'LISTED', note });
const byAnalogy = (industry: string): Placement => ({
  row: 'OTHER',
  basis: 'BY_ANALOGY',
  note: `${industry}不在划型标准所列行业内，参照其他未列明行业划型`,
});

/** Row 6 交通运输业 excludes rail (53); the NBS note keeps 装卸搬运 (5910, in 大类 59 since 2017) in it. */
function placeTransport(division: number, code: string): Placement {
  if (division === 53) return byAnalogy('铁路运输业');
  if (division === 59) return code === '5910' ? listed('TRANSPORT', '装卸搬运按统计口径归入交通运输业') : listed('WAREHOUSING');
  if (division === 60) return listed('POSTAL');
  return listed('TRANSPORT');
}

/**
 * K has rows for 房地产开发经营 (13, 7010) and 物业管理 (14, 702: only 7020); row 16 lists 703
 * and 709. 7040 房地产租赁经营 is the 2011 standard's 自有房地产经营活动, which row 16 excludes.
 */
function placeRealEstate(_division: number, code: string): Placement {
  if (code.startsWith('701')) return listed('REAL_ESTATE_DEVELOPMENT');
  if (code.startsWith('702')) return listed('PROPERTY_MANAGEMENT');
  if (code.startsWith('703') || code.startsWith('709')) return listed('OTHER');
  return byAnalogy('房地产租赁经营');
}

const PLACE: Readonly<Record<IndustrySection, (division: number, code: string) => Placement>> = {
  A: () => listed('AGRICULTURE'),
  B: () => listed('INDUSTRY'),
  C: () => listed('INDUSTRY'),
  D: () => listed('INDUSTRY'),
  E: () => listed('CONSTRUCTION'),
  F: (division) => listed(division === 51 ? 'WHOLESALE' : 'RETAIL'),
  G: placeTransport,
  H: (division) => listed(division === 61 ? 'ACCOMMODATION' : 'CATERING'),
  I: (division) => listed(division === 65 ? 'SOFTWARE_IT_SERVICES' : 'INFORMATION_TRANSMISSION'),
  // 金融业 has its own standard (《金融业企业划型标准规定》, 银发〔2015〕309号), not implemented here.
  J: () => byAnalogy('金融业'),
  K: placeRealEstate,
  L: () => listed('LEASING_BUSINESS_SERVICES'),
  M: () => listed('OTHER'),
  N: () => listed('OTHER'),
  O: () => listed('OTHER'),
  P: () => byAnalogy('教育'),
  // Row 16 names 社会工作 (85), not 卫生 (84).
  Q: (division) => (division === 85 ? listed('OTHER') : byAnalogy('卫生')),
  R: () => listed('OTHER'),
  S: () => byAnalogy('公共管理、社会保障和社会组织'),
  T: () => byAnalogy('国际组织'),
};

/**
 * The size-table row of a 小类 code: four digits ("3491"), optionally after its 门类 letter
 * ("C3491"); case and surrounding spaces are ignored. Checks the code's shape and 大类, not that
 * the 小类 exists in the standard (the industry picker offers only real ones).
 */
export function sizeRowOfIndustry(input: string): SizeIndustryMatch {
  const normalised = input.trim().toUpperCase();
  if (!/^[A-Z]?\d{4}$/.test(normalised)) return { valid: false, problem: 'FORMAT' };
  const code = normalised.slice(-4);
  const section = industrySectionOf(code.slice(0, 2));
  if (!section) return { valid: false, problem: 'UNKNOWN_DIVISION' };
  if (normalised.length === 5 && normalised.charAt(0) !== section) return { valid: false, problem: 'SECTION_MISMATCH' };
  return { valid: true, code, section, ...PLACE[section](Number(code.slice(0, 2)), code) };
}
