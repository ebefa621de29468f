/**
 * The 年度信息更新 window of a year (RULES.md §1.8). Every province announces its own; without one,
 * the measures' deadline applies: 30 April under the 2022 measures (63号), 31 May from 2026 under
 * the 2026 measures (2号文). The opening date is this platform's default: two months before.
 */
export function annualUpdateWindow(year: number): { opensOn: string; closesOn: string } {
  return year >= 2026 ? { opensOn: `${year}-04-01`, closesOn: `${year}-05-31` } : { opensOn: `${year}-03-01`, closesOn: `${year}-04-30` };
}

/** Reminded this many days before the window closes. */
export const CLOSING_REMINDER_DAYS = 14;
