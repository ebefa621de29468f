import { industrySectionOf } from './size-class/industry-section';

/** The three questionnaire sets of the digital-level assessment (RULES.md §2.1). */
export const ASSESSMENT_CATEGORIES = ['MANUFACTURING', 'PRODUCTIVE_SERVICE', 'OTHER'] as const;
export type AssessmentCategory = (typeof ASSESSMENT_CATEGORIES)[number];

/**
 * 大类 counted as productive services, after the NBS 《生产性服务业统计分类（2019）》, which maps
 * its ten groups onto GB/T 4754-2017: 研发设计与其他技术服务 (73–75), 货物运输、仓储和邮政快递服务
 * (53–60), 信息服务 (63–65), 金融服务 (66–69), 节能与环保服务 (77), 生产性租赁服务 (71), 商务服务
 * (72), 批发与贸易经纪代理服务 (51), 生产性支持服务 (05 农林牧渔专业及辅助性活动, 11 开采专业及辅助性活动,
 * 81 机动车、电子产品和日用产品修理业). The NBS list goes down to 小类 and leaves some out (passenger
 * transport, for one); at 大类 level this is an approximation, stated in ARCHITECTURE.md.
 */
const PRODUCTIVE_SERVICE_DIVISIONS: ReadonlySet<string> = new Set([
  '05', '11', '51', '53', '54', '55', '56', '57', '58', '59', '60', '63', '64', '65', '66', '67', '68', '69', '71', '72', '73', '74', '75', '77', '81',
]);

/**
 * Which questionnaire an enterprise answers, from its GB/T 4754-2017 小类 (e.g. "3491" or "C3491"):
 * 门类 C → manufacturing; the productive-service 大类 above → productive services; anything else →
 * other industries. Null when the code is not a valid industry code (then the profile must be completed first).
 */
export function assessmentCategoryOfIndustry(industryCode: string | null | undefined): AssessmentCategory | null {
  const code = industryCode?.trim().toUpperCase().replace(/^[A-T]/, '') ?? '';
  if (!/^\d{4}$/.test(code)) return null;
  const division = code.slice(0, 2);
  const section = industrySectionOf(division);
  if (!section) return null;
  if (section === 'C') return 'MANUFACTURING';
  return PRODUCTIVE_SERVICE_DIVISIONS.has(division) ? 'PRODUCTIVE_SERVICE' : 'OTHER';
}
