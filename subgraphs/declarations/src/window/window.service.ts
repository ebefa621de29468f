import type { EntityManager } from '@mikro-orm/postgresql';
import { beijingToday, isCalendarDate, regionLevelOf, regionPrefix } from '@zjtx/domain';
import { recordEvent, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { Tier } from '../declaration/declaration.entity';
import { RULE_VERSIONS, ruleVersionOn, type RuleVersion } from '../rules/rulesets';
import { DeclarationWindowEntity, type ReviewDeadlines } from './window.entity';

export const NATIONAL = '000000';
const LEVELS = ['COUNTY', 'CITY', 'PROVINCE', 'MINISTRY'] as const;

export interface OpenWindowInput {
  tier: Tier;
  name: string;
  regionCode?: string | null;
  opensAt: Date;
  closesAt: Date;
  ruleVersion?: string | null;
  reviewDeadlines: { level: (typeof LEVELS)[number]; date: string }[];
  announcementId?: string | null;
}

export type OpenWindowResult = { ok: true; window: DeclarationWindowEntity } | { ok: false; userErrors: UserError[] };
const field = (...path: (string | number)[]) => ['input', ...path.map(String)];

/** Whether two region codes overlap: one is the other or contains it (a province and one of its cities). */
export function regionsOverlap(a: string, b: string): boolean {
  const prefix = (code: string) => {
    const level = regionLevelOf(code);
    return level === 'NATIONAL' ? '' : regionPrefix(code, level);
  };
  const [pa, pb] = [prefix(a), prefix(b)];
  return pa.startsWith(pb) || pb.startsWith(pa);
}

/** Whether a window's region covers an enterprise registered at `regionCode` (a county code). */
export const windowCovers = (window: { regionCode: string }, regionCode: string): boolean => regionsOverlap(window.regionCode, regionCode);

/**
 * An office opens a declaration window: a provincial office for 创新型 and 专精特新 in its
 * province (or one of its cities), the ministry for the national 小巨人 batch. The rule version
 * must be the one in force for new applications when the window opens (RULES.md §0); windows
 * of a tier may not overlap in time and region; deadlines follow the review chain in order.
 */
export async function openDeclarationWindow(em: EntityManager, caller: Caller, input: OpenWindowInput, now = new Date()): Promise<OpenWindowResult> {
  const office = caller.kind === 'account' ? caller.office : undefined;
  if (caller.kind !== 'account' || !office) return { ok: false, userErrors: [userError('NOT_AN_OFFICE', { zh: '只有主管部门可以开放申报。', en: 'Only offices open declaration windows.' })] };
  const national = input.tier === Tier.LITTLE_GIANT;
  if (national ? office.level !== 'MINISTRY' : office.level !== 'PROVINCE') {
    const text = national
      ? { zh: '“小巨人”企业申报批次由工业和信息化部开放。', en: 'Little-giant batches are opened by the ministry.' }
      : { zh: '创新型和专精特新中小企业申报批次由省级中小企业主管部门开放。', en: 'Innovative and SRDI batches are opened by provincial offices.' };
    return { ok: false, userErrors: [userError('LEVEL_NOT_ALLOWED', text, field('tier'))] };
  }
  const errors: UserError[] = [];
  const regionCode = national ? NATIONAL : (input.regionCode?.trim() || office.regionCode);
  if (!national && !(regionCode === office.regionCode || (/^\d{4}00$/.test(regionCode) && !regionCode.endsWith('0000') && regionCode.startsWith(office.regionCode.slice(0, 2))))) {
    errors.push(userError('REGION_NOT_IN_JURISDICTION', { zh: '申报区域应为本省或本省的一个地级市。', en: 'The region must be your province or one of its cities.' }, field('regionCode')));
  }
  const name = input.name.trim();
  if (!name || name.length > 200) errors.push(userError('INVALID_NAME', { zh: '请填写批次名称（200 字以内）。', en: 'Enter the batch name (at most 200 characters).' }, field('name')));
  if (input.closesAt <= input.opensAt) errors.push(userError('CLOSES_BEFORE_OPENING', { zh: '截止时间应晚于开始时间。', en: 'The window must close after it opens.' }, field('closesAt')));
  else if (input.closesAt <= now) errors.push(userError('CLOSES_IN_PAST', { zh: '截止时间已过，请重新设置。', en: 'The closing time has passed.' }, field('closesAt')));

  const inForce = ruleVersionOn(beijingToday(input.opensAt));
  const ruleVersion = (input.ruleVersion ?? inForce) as RuleVersion;
  if (!(ruleVersion in RULE_VERSIONS)) errors.push(userError('UNKNOWN_RULE_VERSION', { zh: '未知的认定标准版本。', en: 'Unknown rule version.' }, field('ruleVersion')));
  else if (ruleVersion !== inForce && input.tier !== Tier.INNOVATIVE) {
    errors.push(userError('RULE_VERSION_NOT_IN_FORCE', {
      zh: inForce === 'RULESET_2026_2' ? '2026年4月1日起新申报适用《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号），请选择 2026 版标准。' : '工信部企业〔2026〕2号自2026年4月1日起施行，此前开放的批次适用 2022 版标准。',
      en: `New applications opening then are judged under ${inForce}.`,
    }, field('ruleVersion')));
  }

  const deadlines: ReviewDeadlines = {};
  const chain: readonly string[] = national ? LEVELS : LEVELS.filter((l) => l !== 'MINISTRY');
  input.reviewDeadlines.forEach((deadline, index) => {
    if (!chain.includes(deadline.level)) errors.push(userError('LEVEL_NOT_IN_CHAIN', { zh: '该层级不参与此批次的审核。', en: 'That level does not review this tier.' }, field('reviewDeadlines', index, 'level')));
    else if (!isCalendarDate(deadline.date) || deadline.date < beijingToday(input.closesAt)) {
      errors.push(userError('INVALID_DEADLINE', { zh: '审核截止日期应为不早于申报截止日的日期（YYYY-MM-DD）。', en: 'A review deadline is a date no earlier than the window closes.' }, field('reviewDeadlines', index, 'date')));
    } else deadlines[deadline.level] = deadline.date;
  });
  const ordered = LEVELS.map((l) => deadlines[l]).filter((d): d is string => !!d);
  if (ordered.some((d, i) => i > 0 && d < ordered[i - 1]!)) errors.push(userError('DEADLINES_OUT_OF_ORDER', { zh: '各级审核截止日期应按县、市、省（、部）依次不早于前一级。', en: 'Review deadlines must follow the chain: county, city, province (, ministry).' }, field('reviewDeadlines')));
  if (errors.length) return { ok: false, userErrors: errors };

  const overlapping = (await em.find(DeclarationWindowEntity, { tier: input.tier, opensAt: { $lt: input.closesAt }, closesAt: { $gt: input.opensAt } })).find((w) => regionsOverlap(w.regionCode, regionCode));
  if (overlapping) {
    return { ok: false, userErrors: [userError('WINDOW_OVERLAPS', { zh: `与已开放的批次“${overlapping.name}”在时间和区域上重叠。`, en: `Overlaps the batch "${overlapping.name}".` }, field('opensAt'))] };
  }
  const window = em.create(DeclarationWindowEntity, {
    tier: input.tier,
    name,
    ruleVersion,
    regionCode,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    reviewDeadlines: deadlines,
    announcementId: input.announcementId ?? null,
    openedBy: caller.accountId,
    openedByName: office.name ?? null,
    createdAt: now,
  });
  em.persist(window);
  recordEvent(em, 'declarations.window-opened', { windowId: window.id, tier: window.tier, name, regionCode, opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() });
  await em.flush();
  return { ok: true, window };
}
