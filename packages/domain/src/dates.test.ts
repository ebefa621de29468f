import { beijingToday, daysBetween, isCalendarDate, plusDays } from './dates';

describe('dates in Beijing', () => {
  it('today turns at midnight Beijing time, 16:00 UTC', () => {
    expect(beijingToday(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(beijingToday(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });

  it('counts days across month ends and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(plusDays('2026-12-01', 90)).toBe('2027-03-01');
    expect(plusDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

it('knows real calendar dates written YYYY-MM-DD', () => {
  expect(['2026-02-28', '2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
  expect(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '20260105', ''].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
});
