import { normaliseMobile, sameName, stripPhoneFormatting } from './contact';

describe('contact details as people type them', () => {
  it('reads mobile numbers with spaces, dashes or +86, and refuses what is not one', () => {
    expect(normaliseMobile('+86 138-0000-0001')).toBe('13800000001');
    expect(normaliseMobile('12800000001')).toBeNull();
    expect(normaliseMobile('1380000000')).toBeNull();
    expect(stripPhoneFormatting('0571 8765-4321')).toBe('057187654321');
  });

  it('compares names regardless of spaces and bracket width', () => {
    expect(sameName('杭州之江（数控）有限公司', '杭州之江 (数控) 有限公司')).toBe(true);
    expect(sameName('杭州之江数控', '杭州之江数控装备')).toBe(false);
  });
});
