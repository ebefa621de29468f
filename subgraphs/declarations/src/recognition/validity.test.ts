import { plusYears } from './validity';

describe('recognition validity', () => {
  it('ends on the same day three years later', () => {
    expect(plusYears('2026-06-01', 3)).toBe('2029-06-01');
    expect(plusYears('2026-12-31', 3)).toBe('2029-12-31');
  });

  it('moves 29 February to 28 February in a year without it', () => {
    expect(plusYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(plusYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});
