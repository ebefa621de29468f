import { IndustryCatalogue, industryCatalogue as catalogue, IndustryLevel } from './industry.catalogue';

const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);
const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);

describe('GB/T 4754-2017 data', () => {
  it('has 20 门类, 97 大类, 473 中类 and 1381 小类', () => {
    expect(catalogue.countByLevel()).toEqual({ SECTION: 20, DIVISION: 97, GROUP: 473, CLASS: 1381 });
  });

  it('has the 门类 A–T and the 大类 01–97, each once', () => {
    expect(codes(catalogue.children(null)).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const divisions = catalogue.children(null).flatMap((section) => codes(catalogue.children(section.code)));
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('3491 is 工业机器人制造: 制造业 > 通用设备制造业 > 其他通用设备制造业 > 工业机器人制造', () => {
    expect(catalogue.get('3491')).toMatchObject({ name: '工业机器人制造', level: IndustryLevel.CLASS, parentCode: '349' });
    expect(codes(catalogue.path('3491'))).toEqual(['C', '34', '349', '3491']);
    expect(catalogue.path('3491')[1]!.name).toBe('通用设备制造业');
  });

  it('大类 65 软件和信息技术服务业 belongs to 门类 I', () => {
    expect(catalogue.get('65')).toMatchObject({ name: '软件和信息技术服务业', level: IndustryLevel.DIVISION, parentCode: 'I' });
    expect(catalogue.get('I')!.name).toBe('信息传输、软件和信息技术服务业');
  });

  it('a 中类 that is not split further has one 小类, its code plus 0, and that is the leaf', () => {
    // 06 煤炭开采和洗选业 has 中类 061, 062 and 069 (there is no 063, so no 0630).
    expect(codes(catalogue.children('06'))).toEqual(['061', '062', '069']);
    expect(codes(catalogue.children('061'))).toEqual(['0610']);
    expect(catalogue.children('0610')).toEqual([]);
    expect(catalogue.get('0610')!.childCodes).toEqual([]);
    expect(catalogue.get('0630')).toBeNull();
  });

  it('every leaf is a 小类 and every 小类 a leaf', () => {
    const all = catalogue.children(null).flatMap(function descend(node): { level: IndustryLevel; childCodes: readonly string[] }[] {
      return [node, ...catalogue.children(node.code).flatMap(descend)];
    });
    expect(all.filter((n) => (n.childCodes.length === 0) !== (n.level === IndustryLevel.CLASS))).toEqual([]);
  });

  it('keeps children in code order', () => {
    for (const parent of ['C', '34', '349', '65']) {
      const children = codes(catalogue.children(parent));
      expect(children).toEqual([...children].sort());
    }
  });
});

describe('lookups', () => {
  it('reads lower-case letters and surrounding spaces as the code', () => {
    expect(catalogue.get(' c ')!.name).toBe('制造业');
  });

  it('answers nothing for unknown codes', () => {
    expect(catalogue.get('9999')).toBeNull();
    expect(catalogue.children('9999')).toEqual([]);
    expect(catalogue.path('9999')).toEqual([]);
  });
});

describe('search', () => {
  it('finds 小类 by code prefix, also written with the 门类 letter', () => {
    expect(codes(catalogue.search('349', 50))).toEqual(['3491', '3492', '3493', '3499']);
    expect(codes(catalogue.search('c3491', 5))).toEqual(['3491']);
    expect(codes(catalogue.search('I6511', 5))).toEqual(['6511']);
  });

  it('ranks name matches before matches in a 门类/大类/中类 name and in notes, only 小类', () => {
    const found = catalogue.search('机器人', 50);
    expect(names(found.slice(0, 3))).toEqual(['工业机器人制造', '特殊作业机器人制造', '服务消费机器人制造']);
    expect(found.every((n) => n.level === IndustryLevel.CLASS)).toBe(true);
    const software = catalogue.search('软件', 50);
    const byName = software.filter((n) => n.name.includes('软件'));
    expect(codes(byName)).toEqual(expect.arrayContaining(['5176', '6511', '6512', '6513']));
    expect(software.slice(0, byName.length)).toEqual(byName);
    expect(codes(software.slice(byName.length))).toContain('6520'); // 集成电路设计: found through 大类 65 软件和信息技术服务业
  });

  it('needs every word to match', () => {
    expect(names(catalogue.search('机器人 工业', 10))[0]).toBe('工业机器人制造');
    expect(catalogue.search('机器人 工业', 10).every((n) => n.name.includes('机器人'))).toBe(true);
    expect(catalogue.search('机器人 稻谷', 10)).toEqual([]);
  });

  it('matches full-width and ASCII forms alike', () => {
    // 7517 is written 三维（3D)打印技术推广服务 in the data: a full-width bracket opens, an ASCII one closes.
    expect(codes(catalogue.search('(3D)打印', 5))).toEqual(['7517']);
    expect(codes(catalogue.search('（３ｄ）打印', 5))).toEqual(['7517']);
  });

  it('stops at the limit and answers nothing to an empty query', () => {
    expect(catalogue.search('制造', 7)).toHaveLength(7);
    expect(catalogue.search('   ', 20)).toEqual([]);
    expect(catalogue.search('制造', 0)).toEqual([]);
  });
});

describe('loading refuses a malformed file', () => {
  it.each([
    ['a 大类 code with a letter', [{ code: 'A', name: '农业', children: [{ code: '0A', name: 'x' }] }], /not a DIVISION code/],
    ['a 中类 outside its 大类', [{ code: 'A', name: '农业', children: [{ code: '01', name: 'x', children: [{ code: '021', name: 'y' }] }] }], /does not extend its parent 01/],
    ['a code twice', [{ code: 'A', name: '农业' }, { code: 'A', name: '农业' }], /appears twice/],
    ['a missing name', [{ code: 'A', name: ' ' }], /has no name/],
  ])('%s', (_, tree, message) => {
    expect(() => new IndustryCatalogue(tree)).toThrow(message);
  });
});
