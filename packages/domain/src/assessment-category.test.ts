import { assessmentCategoryOfIndustry } from './assessment-category';

describe('assessmentCategoryOfIndustry', () => {
  it.each([
    ['3491', 'MANUFACTURING'], // 其他通用零部件制造 (门类 C)
    ['C1310', 'MANUFACTURING'], // first 大类 of C, with the section letter
    ['4390', 'MANUFACTURING'], // last 大类 of C: 金属制品、机械和设备修理业
    ['6513', 'PRODUCTIVE_SERVICE'], // 应用软件开发
    ['5990', 'PRODUCTIVE_SERVICE'], // 其他仓储业
    ['7320', 'PRODUCTIVE_SERVICE'], // 工程和技术研究和试验发展
    ['5111', 'PRODUCTIVE_SERVICE'], // 谷物、豆及薯类批发
    ['0511', 'PRODUCTIVE_SERVICE'], // 种子种苗培育活动 (农林牧渔专业及辅助性活动)
    ['5211', 'OTHER'], // 百货零售 (retail is not productive)
    ['6110', 'OTHER'], // 旅游饭店
    ['4411', 'OTHER'], // 火力发电 (门类 D, not manufacturing)
    ['0111', 'OTHER'], // 稻谷种植
    ['8310', 'OTHER'], // 学前教育
  ])('%s → %s', (code, category) => {
    expect(assessmentCategoryOfIndustry(code)).toBe(category);
  });

  it.each([[null], [undefined], [''], ['34'], ['9999'], ['abcd'], ['0011']])('%s is not an industry code', (code) => {
    expect(assessmentCategoryOfIndustry(code)).toBeNull();
  });
});
