import { isWithinRegion, regionPrefix } from './region';

describe('region subtree', () => {
  it('a county of Hangzhou lies within city 3301 and province 33, not city 3302', () => {
    expect(isWithinRegion('330106', '330100', 'CITY')).toBe(true);
    expect(isWithinRegion('330106', '330000', 'PROVINCE')).toBe(true);
    expect(isWithinRegion('330106', '330200', 'CITY')).toBe(false);
    expect(isWithinRegion('330106', '330105', 'COUNTY')).toBe(false);
  });
  it('gives the prefix of each level', () => {
    expect([regionPrefix('330106', 'PROVINCE'), regionPrefix('330106', 'CITY'), regionPrefix('330106', 'COUNTY')]).toEqual(['33', '3301', '330106']);
  });
});
