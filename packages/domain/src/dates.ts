/**
 * Calendar dates as the platform's rules use them: YYYY-MM-DD in China's time zone (UTC+8, no
 * daylight saving), so "today" and "expires on" mean what they mean to the enterprise.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** Today's date in Beijing, e.g. at 2026-11-21T17:00Z it is already 2026-11-22. */
export const beijingToday = (now = new Date()): string => new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

const utcMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** The date `days` days after `date`. */
export const plusDays = (date: string, days: number): string => new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whether `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export const isCalendarDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcMidnight(value)) && new Date(utcMidnight(value)).toISOString().slice(0, 10) === value;
