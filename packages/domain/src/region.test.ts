import { isWithinRegion, jurisdictionCovers, regionLevelOf, regionPrefix } from './region';

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

describe('jurisdiction', () => {
  it('covers the subtree of an office at its level, everything for the ministry', () => {
    expect(jurisdictionCovers({ level: 'CITY', regionCode: '330100' }, '330106')).toBe(true);
    expect(jurisdictionCovers({ level: 'CITY', regionCode: '330100' }, '330212')).toBe(false);
    expect(jurisdictionCovers({ level: 'COUNTY', regionCode: '330106' }, '330108')).toBe(false);
    expect(jurisdictionCovers({ level: 'PROVINCE', regionCode: '330000' }, '330212')).toBe(true);
    expect(jurisdictionCovers({ level: 'PROVINCE', regionCode: '330000' }, '440300')).toBe(false);
    expect(jurisdictionCovers({ level: 'MINISTRY', regionCode: '000000' }, '440300')).toBe(true);
  });

  it('reads the level from the code when none is stated (partner clients)', () => {
    expect(regionLevelOf('330000')).toBe('PROVINCE');
    expect(regionLevelOf('330100')).toBe('CITY');
    expect(regionLevelOf('330106')).toBe('COUNTY');
    expect(regionLevelOf('000000')).toBe('NATIONAL');
    expect(jurisdictionCovers({ regionCode: '330000' }, '330212')).toBe(true);
    expect(jurisdictionCovers({ regionCode: '000000' }, '110108')).toBe(true);
    expect(jurisdictionCovers({ regionCode: '320500' }, '330106')).toBe(false);
  });
});
