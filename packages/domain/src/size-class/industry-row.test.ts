import { sizeRowOfIndustry } from './industry-row';

describe('size row of an industry code', () => {
  // A representative 小类 of each row, and every edge the table draws inside a 门类 or 大类.
  it.each([
    ['0111', 'AGRICULTURE'], // 稻谷种植
    ['0511', 'AGRICULTURE'], // 种子种苗培育活动: 05 is part of A
    ['0610', 'INDUSTRY'], // B 烟煤和无烟煤开采洗选
    ['3491', 'INDUSTRY'], // C 工业机器人制造
    ['4411', 'INDUSTRY'], // D 火力发电
    ['4610', 'INDUSTRY'], // D 自来水生产和供应
    ['4710', 'CONSTRUCTION'], // 住宅房屋建筑
    ['5011', 'CONSTRUCTION'],
    ['5111', 'WHOLESALE'],
    ['5211', 'RETAIL'],
    ['5411', 'TRANSPORT'], // 道路
    ['5521', 'TRANSPORT'], // 水上
    ['5611', 'TRANSPORT'], // 航空
    ['5710', 'TRANSPORT'], // 管道
    ['5810', 'TRANSPORT'], // 多式联运
    ['5821', 'TRANSPORT'], // 运输代理
    ['5910', 'TRANSPORT'], // 装卸搬运: 交通运输业 in the NBS note, though in 大类 59
    ['5920', 'WAREHOUSING'], // 通用仓储
    ['5990', 'WAREHOUSING'],
    ['6010', 'POSTAL'],
    ['6020', 'POSTAL'], // 快递服务
    ['6110', 'ACCOMMODATION'],
    ['6210', 'CATERING'],
    ['6311', 'INFORMATION_TRANSMISSION'], // 固定电信服务
    ['6432', 'INFORMATION_TRANSMISSION'], // 互联网生活服务平台
    ['6513', 'SOFTWARE_IT_SERVICES'], // 应用软件开发
    ['7010', 'REAL_ESTATE_DEVELOPMENT'],
    ['7020', 'PROPERTY_MANAGEMENT'],
    ['7111', 'LEASING_BUSINESS_SERVICES'], // 汽车租赁
    ['7211', 'LEASING_BUSINESS_SERVICES'], // 企业总部管理
    ['7030', 'OTHER'], // 房地产中介服务, named in row 16
    ['7090', 'OTHER'], // 其他房地产业, named in row 16
    ['7310', 'OTHER'], // M
    ['7590', 'OTHER'],
    ['7610', 'OTHER'], // N
    ['8010', 'OTHER'], // O
    ['8511', 'OTHER'], // Q 社会工作
    ['8610', 'OTHER'], // R
  ])('%s → %s, as the table lists it', (code, row) => {
    expect(sizeRowOfIndustry(code)).toMatchObject({ valid: true, code, row, basis: 'LISTED' });
  });

  it.each([
    ['5311', '铁路运输业'], // 53 is left out of 交通运输业
    ['5320', '铁路运输业'],
    ['6621', '金融业'],
    ['6811', '金融业'],
    ['7040', '房地产租赁经营'], // row 16 excludes 自有房地产经营活动
    ['8310', '教育'],
    ['8411', '卫生'], // Q, but row 16 names only 社会工作
    ['9100', '公共管理、社会保障和社会组织'],
    ['9610', '公共管理、社会保障和社会组织'],
    ['9700', '国际组织'],
  ])('%s is not in the table: row 16 by analogy (%s)', (code, industry) => {
    expect(sizeRowOfIndustry(code)).toEqual({
      valid: true,
      code,
      section: expect.any(String),
      row: 'OTHER',
      basis: 'BY_ANALOGY',
      note: `${industry}不在划型标准所列行业内，参照其他未列明行业划型`,
    });
  });

  it('explains why 装卸搬运 is transport', () => {
    expect(sizeRowOfIndustry('5910')).toMatchObject({ row: 'TRANSPORT', note: '装卸搬运按统计口径归入交通运输业' });
    expect(sizeRowOfIndustry('5920')).toMatchObject({ row: 'WAREHOUSING', note: null });
  });

  it('accepts the 门类 letter, any case and surrounding spaces', () => {
    const expected = { valid: true, code: '3491', section: 'C', row: 'INDUSTRY', basis: 'LISTED', note: null };
    expect(sizeRowOfIndustry('3491')).toEqual(expected);
    expect(sizeRowOfIndustry('C3491')).toEqual(expected);
    expect(sizeRowOfIndustry(' c3491 ')).toEqual(expected);
    expect(sizeRowOfIndustry('K7010')).toMatchObject({ valid: true, code: '7010', section: 'K', row: 'REAL_ESTATE_DEVELOPMENT' });
  });

  it.each([
    ['349', 'FORMAT'],
    ['34911', 'FORMAT'],
    ['C349', 'FORMAT'],
    ['CC3491', 'FORMAT'],
    ['34-1', 'FORMAT'],
    ['', 'FORMAT'],
    ['0011', 'UNKNOWN_DIVISION'],
    ['9800', 'UNKNOWN_DIVISION'],
    ['A3491', 'SECTION_MISMATCH'],
    ['G6510', 'SECTION_MISMATCH'],
  ])('rejects %p: %s', (code, problem) => {
    expect(sizeRowOfIndustry(code)).toEqual({ valid: false, problem });
  });
});
