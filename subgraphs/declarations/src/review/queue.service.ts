import type { EntityManager } from '@mikro-orm/postgresql';
import { beijingToday, regionPrefix } from '@zjtx/domain';
import { isUuid } from '@zjtx/subgraph-kit';
import { ReviewLevel, type Tier } from '../declaration/declaration.entity';
import { levelIndex, type Reviewer } from './reviewer';

/** Where a declaration stands for one office's queue. */
export enum ReviewQueueStatus {
  /** At this office's level, waiting for its decision. */
  PENDING = 'PENDING',
  /** Approved here (or below) and now at a higher level. */
  FORWARDED = 'FORWARDED',
  /** 小巨人 declarations still below the province (which may return them). */
  LOWER_LEVEL = 'LOWER_LEVEL',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  /** Approved at the last level, in 公示. */
  PUBLICITY = 'PUBLICITY',
  RECOGNISED = 'RECOGNISED',
}

export enum ReviewQueueOrder {
  WAITING_LONGEST = 'WAITING_LONGEST',
  SUBMITTED_NEWEST = 'SUBMITTED_NEWEST',
  SCORE_HIGHEST = 'SCORE_HIGHEST',
  NAME = 'NAME',
}

export interface ReviewQueueFilter {
  statuses?: ReviewQueueStatus[] | null;
  tier?: Tier | null;
  windowId?: string | null;
  /** A region inside the office's jurisdiction (province, city or county code). */
  regionCode?: string | null;
  /** An industry code or its prefix (C34, 34, 3491 — the letter of the 门类 is ignored). */
  industryCode?: string | null;
  sizeClass?: string | null;
  scoreMin?: number | null;
  scoreMax?: number | null;
  waitingDaysMin?: number | null;
  overdueOnly?: boolean | null;
  /** Part of the enterprise's name, or its USCC. */
  search?: string | null;
}

export interface ReviewQueueRow {
  id: string;
  /** The submitted version the row stands for: what an office approves from the queue. */
  versionNumber: number;
  enterpriseName: string;
  uscc: string;
  regionCode: string;
  industryCode: string | null;
  sizeClass: string | null;
  status: ReviewQueueStatus;
  score: number | null;
  waitingSince: Date | null;
  deadline: string | null;
  overdue: boolean;
}

const LEVELS_SQL = `array['COUNTY','CITY','PROVINCE','MINISTRY']`;
const ORDER_SQL: Record<ReviewQueueOrder, string> = {
  WAITING_LONGEST: `"level_entered_at" asc nulls last, "id"`,
  SUBMITTED_NEWEST: `"submitted_at" desc nulls last, "id"`,
  SCORE_HIGHEST: `"score" desc nulls last, "id"`,
  NAME: `"enterprise_name" collate "C", "id"`,
};

/**
 * The queue of one office, in SQL: declarations that reached its level inside its region
 * subtree (the ministry: 小巨人 nationwide), each classified for this office, with deadline and
 * waiting time from the batch. The filters narrow it; the counts per status ignore the status
 * filter so that the tabs show what each holds (and add up to the total of the chosen ones).
 */
export function reviewQueueSql(reviewer: Reviewer, filter: ReviewQueueFilter, today = beijingToday()) {
  const level = levelIndex(reviewer.level);
  // Placeholders are positional: each value is pushed as its `?` is written, in the order they stand in the SQL.
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return '?';
  };
  const deadline = `(w."review_deadlines" ->> d."current_level"::text)`;
  const status = `case
      when d."status" = 'SUBMITTED' and d."current_level"::text = ${p(reviewer.level)} then 'PENDING'
      when d."status" = 'SUBMITTED' and array_position(${LEVELS_SQL}, d."current_level"::text) - 1 > ${p(level)} then 'FORWARDED'
      when d."status" = 'SUBMITTED' then 'LOWER_LEVEL'
      when d."status" = 'RETURNED' then 'RETURNED'
      when d."status" = 'REJECTED' then 'REJECTED'
      when d."status" = 'APPROVED' then 'PUBLICITY'
      else 'RECOGNISED' end`;
  const overdue = `(d."status" = 'SUBMITTED' and ${deadline} is not null and ${deadline} < ${p(today)})`;
  const base: string[] = [`d."status" <> 'DRAFT'`];
  const prefix = reviewer.level === ReviewLevel.MINISTRY ? '' : regionPrefix(reviewer.regionCode, reviewer.level);
  if (prefix) base.push(`e."region_code" like ${p(`${prefix}%`)}`);
  if (reviewer.level === ReviewLevel.MINISTRY) base.push(`d."tier" = 'LITTLE_GIANT'`);
  const reached = `d."highest_level" >= ${p(level)}`;
  base.push(reviewer.level === ReviewLevel.PROVINCE ? `(${reached} or (d."tier" = 'LITTLE_GIANT' and d."highest_level" is not null))` : reached);
  if (filter.tier) base.push(`d."tier" = ${p(filter.tier)}`);
  // An id that is not a UUID names no batch: nothing matches (PostgreSQL would refuse to compare it).
  if (filter.windowId) base.push(isUuid(filter.windowId) ? `d."window_id" = ${p(filter.windowId)}` : 'false');
  if (filter.regionCode) base.push(`e."region_code" like ${p(`${filter.regionCode.replace(/(00)+$/, '').replace(/[%_]/g, '')}%`)}`);
  if (filter.industryCode) base.push(`e."industry_code" like ${p(`${filter.industryCode.replace(/^[A-Za-z]/, '').replace(/[%_]/g, '')}%`)}`);
  if (filter.sizeClass) base.push(`e."size_class" = ${p(filter.sizeClass)}`);
  if (filter.scoreMin !== null && filter.scoreMin !== undefined) base.push(`d."score" >= ${p(filter.scoreMin)}`);
  if (filter.scoreMax !== null && filter.scoreMax !== undefined) base.push(`d."score" <= ${p(filter.scoreMax)}`);
  if (filter.search?.trim()) {
    const term = filter.search.trim();
    base.push(`(e."name" ilike ${p(`%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)} or e."uscc" = ${p(term.toUpperCase())})`);
  }
  const rows = `
    select d."id", d."submitted_versions", d."tier", d."window_id", d."submitted_at", d."level_entered_at", d."score",
           e."name" as "enterprise_name", e."uscc", e."region_code", e."industry_code", e."size_class",
           case when d."status" = 'SUBMITTED' then ${deadline} end as "deadline",
           ${status} as "queue_status",
           ${overdue} as "overdue"
    from "declarations"."declaration" d
    join "declarations"."enterprise_directory" e on e."enterprise_id" = d."enterprise_id"
    left join "declarations"."declaration_window" w on w."id" = d."window_id"
    where ${base.join(' and ')}`;
  const narrowed: string[] = [];
  const narrowParams: unknown[] = [];
  if (filter.overdueOnly) narrowed.push(`"overdue"`);
  if (filter.waitingDaysMin) {
    narrowed.push(`"queue_status" = 'PENDING' and "level_entered_at" <= now() - make_interval(days => ?)`);
    narrowParams.push(filter.waitingDaysMin);
  }
  return { rows, params, narrowed, narrowParams };
}

export async function reviewQueue(
  em: EntityManager,
  reviewer: Reviewer,
  filter: ReviewQueueFilter,
  order: ReviewQueueOrder,
  page: { limit: number; offset: number },
): Promise<{ rows: ReviewQueueRow[]; totalCount: number; counts: Record<ReviewQueueStatus, number> }> {
  const { rows, params, narrowed, narrowParams } = reviewQueueSql(reviewer, filter);
  const statuses = filter.statuses?.length ? filter.statuses : [ReviewQueueStatus.PENDING];
  const where = [...narrowed, `"queue_status" in (${statuses.map(() => '?').join(', ')})`].join(' and ');
  const listParams = [...params, ...narrowParams, ...statuses];
  // Two statements: the page, and the counts per status under the other filters (whose sum over
  // the chosen statuses is the total, so the rows are not counted a third time).
  const [page_, counted] = await Promise.all([
    em.execute<Record<string, unknown>[]>(`select * from (${rows}) q where ${where} order by ${ORDER_SQL[order]} limit ? offset ?`, [...listParams, page.limit, page.offset]),
    em.execute<{ queue_status: ReviewQueueStatus; n: string }[]>(
      `select "queue_status", count(*) as "n" from (${rows}) q ${narrowed.length ? `where ${narrowed.join(' and ')}` : ''} group by "queue_status"`,
      [...params, ...narrowParams],
    ),
  ]);
  const counts = Object.fromEntries(Object.values(ReviewQueueStatus).map((s) => [s, 0])) as Record<ReviewQueueStatus, number>;
  for (const row of counted) counts[row.queue_status] = Number(row.n);
  return {
    rows: page_.map((row) => ({
      id: row.id as string,
      versionNumber: Number(row.submitted_versions),
      enterpriseName: row.enterprise_name as string,
      uscc: row.uscc as string,
      regionCode: row.region_code as string,
      industryCode: (row.industry_code as string | null) ?? null,
      sizeClass: (row.size_class as string | null) ?? null,
      status: row.queue_status as ReviewQueueStatus,
      score: row.score === null ? null : Number(row.score),
      waitingSince: row.queue_status === 'PENDING' && row.level_entered_at ? new Date(row.level_entered_at as string) : null,
      deadline: (row.deadline as string | null) ?? null,
      overdue: row.overdue === true,
    })),
    totalCount: statuses.reduce((sum, status) => sum + counts[status], 0),
    counts,
  };
}
