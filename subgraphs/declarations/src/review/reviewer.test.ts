import { DeclarationEntity, DeclarationStatus, ReviewLevel, Tier } from '../declaration/declaration.entity';
import { allowedDecisions, covers, finalLevel, nextLevel, reachedReviewer, reviewerOf, type Reviewer } from './reviewer';

const office = (level: ReviewLevel, regionCode: string): Reviewer => ({ accountId: 'a', level, regionCode, name: null });
const declaration = (tier: Tier, status: DeclarationStatus, currentLevel: ReviewLevel | null, highestLevel: number | null) =>
  Object.assign(new DeclarationEntity(), { tier, status, currentLevel, highestLevel });

describe('the review chain (RULES.md §1.6)', () => {
  it('goes county → city → province for 创新型 and 专精特新, and on to the ministry for 小巨人', () => {
    expect([finalLevel(Tier.INNOVATIVE), finalLevel(Tier.SRDI), finalLevel(Tier.LITTLE_GIANT)]).toEqual([ReviewLevel.PROVINCE, ReviewLevel.PROVINCE, ReviewLevel.MINISTRY]);
    expect([nextLevel(Tier.SRDI, ReviewLevel.COUNTY), nextLevel(Tier.SRDI, ReviewLevel.CITY), nextLevel(Tier.SRDI, ReviewLevel.PROVINCE)]).toEqual([ReviewLevel.CITY, ReviewLevel.PROVINCE, null]);
    expect([nextLevel(Tier.LITTLE_GIANT, ReviewLevel.PROVINCE), nextLevel(Tier.LITTLE_GIANT, ReviewLevel.MINISTRY)]).toEqual([ReviewLevel.MINISTRY, null]);
  });

  it('lets the office at the current level decide, and no one else', () => {
    const atCity = declaration(Tier.SRDI, DeclarationStatus.SUBMITTED, ReviewLevel.CITY, 1);
    expect(allowedDecisions(office(ReviewLevel.CITY, '330100'), atCity)).toEqual({ approve: true, reject: true, return: true });
    expect(allowedDecisions(office(ReviewLevel.COUNTY, '330106'), atCity)).toEqual({ approve: false, reject: false, return: false });
    expect(allowedDecisions(office(ReviewLevel.PROVINCE, '330000'), atCity)).toEqual({ approve: false, reject: false, return: false });
    expect(allowedDecisions(office(ReviewLevel.CITY, '330100'), declaration(Tier.SRDI, DeclarationStatus.RETURNED, null, 1))).toEqual({ approve: false, reject: false, return: false });
  });

  it('lets the province return a 小巨人 declaration at any level, and see it before it arrives', () => {
    const province = office(ReviewLevel.PROVINCE, '330000');
    const atCounty = declaration(Tier.LITTLE_GIANT, DeclarationStatus.SUBMITTED, ReviewLevel.COUNTY, 0);
    expect(allowedDecisions(province, atCounty)).toEqual({ approve: false, reject: false, return: true });
    expect(reachedReviewer(atCounty, province)).toBe(true);
    expect(reachedReviewer(declaration(Tier.SRDI, DeclarationStatus.SUBMITTED, ReviewLevel.COUNTY, 0), province)).toBe(false);
    expect(reachedReviewer(declaration(Tier.LITTLE_GIANT, DeclarationStatus.DRAFT, null, null), province)).toBe(false);
  });

  it('covers the enterprises of the office\'s region subtree; the ministry all', () => {
    expect(covers(office(ReviewLevel.CITY, '330100'), '330106')).toBe(true);
    expect(covers(office(ReviewLevel.CITY, '330200'), '330106')).toBe(false);
    expect(covers(office(ReviewLevel.COUNTY, '330106'), '330108')).toBe(false);
    expect(covers(office(ReviewLevel.MINISTRY, '000000'), '440305')).toBe(true);
    expect(covers(office(ReviewLevel.PROVINCE, '330000'), null)).toBe(false);
  });

  it('knows reviewers only among office accounts', () => {
    expect(reviewerOf({ kind: 'account', accountId: 'x', roles: ['OFFICE'], office: { level: 'CITY', regionCode: '330100', name: '杭州市经济和信息化局' } })).toEqual({ accountId: 'x', level: ReviewLevel.CITY, regionCode: '330100', name: '杭州市经济和信息化局' });
    expect(reviewerOf({ kind: 'account', accountId: 'x', roles: ['ENTERPRISE'], enterpriseId: 'e' })).toBeNull();
    expect(reviewerOf({ kind: 'anonymous' })).toBeNull();
  });
});
