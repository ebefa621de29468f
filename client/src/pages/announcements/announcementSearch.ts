import type { AnnouncementLevel } from '../../__generated__/graphql';

/** The search of 通知公告 as it stands in the URL (`?level=PROVINCE&q=复核&province=330000&from=…&to=…`). */
export interface AnnouncementSearch {
  level?: AnnouncementLevel;
  keyword: string;
  provinceCode: string;
  /** YYYY-MM-DD, Beijing dates, inclusive */
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const parseLevel = (value: string | null): AnnouncementLevel | undefined => (value === 'MINISTRY' || value === 'PROVINCE' ? value : undefined);
const parseDate = (value: string | null): string => (value && DATE.test(value) ? value : '');

export function searchFromParams(params: URLSearchParams): AnnouncementSearch {
  return {
    level: parseLevel(params.get('level')),
    keyword: params.get('q')?.trim() ?? '',
    provinceCode: /^\d{6}$/.test(params.get('province') ?? '') ? (params.get('province') ?? '') : '',
    from: parseDate(params.get('from')),
    to: parseDate(params.get('to')),
  };
}

export function paramsFromSearch(search: AnnouncementSearch): Record<string, string> {
  const params: Record<string, string> = {};
  if (search.level) params['level'] = search.level;
  if (search.keyword) params['q'] = search.keyword;
  if (search.provinceCode && search.level !== 'MINISTRY') params['province'] = search.provinceCode;
  if (search.from) params['from'] = search.from;
  if (search.to) params['to'] = search.to;
  return params;
}

/** The query's variables: dates are whole Beijing days (from 00:00 to 23:59:59.999 +08:00). */
export function variablesOf(search: AnnouncementSearch) {
  return {
    level: search.level,
    keyword: search.keyword || undefined,
    // 部级公告 belong to no province.
    provinceCode: search.level !== 'MINISTRY' && search.provinceCode ? search.provinceCode : undefined,
    publishedFrom: search.from ? `${search.from}T00:00:00+08:00` : undefined,
    publishedTo: search.to ? `${search.to}T23:59:59.999+08:00` : undefined,
  };
}

/** A range that ends before it starts finds nothing: said before asking. */
export const rangeReversed = (search: Pick<AnnouncementSearch, 'from' | 'to'>): boolean => !!search.from && !!search.to && search.from > search.to;
