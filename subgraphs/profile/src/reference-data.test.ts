import { anonymous } from '@zjtx/subgraph-kit';
import { graphql, type GraphQLSchema } from 'graphql';
import type { PubSub } from 'type-graphql';
import { profile } from './module';

/**
 * The reference-data queries through the profile schema, as anonymous callers send them.
 * type-graphql's metadata is process-global, so the schema is built once for this file.
 */
let schema: GraphQLSchema;
const noPubSub: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new TypeError('no subscriptions in this test');
  },
};

beforeAll(async () => {
  schema = await profile.buildSchema({ pubSub: noPubSub });
});

async function query(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema, source, variableValues, contextValue: { caller: anonymous } });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, never>;
}

describe('industries', () => {
  it('expands the tree one level at a time, from the 门类 down to the 小类', async () => {
    const data = await query('{ top: industries { code level isLeaf } c: industries(parentCode: "349") { code name isLeaf parentCode } }');
    expect(data.top).toHaveLength(20);
    expect(data.top[0]).toEqual({ code: 'A', level: 'SECTION', isLeaf: false });
    expect(data.c[0]).toEqual({ code: '3491', name: '工业机器人制造', isLeaf: true, parentCode: '349' });
  });

  it('gives one industry with its path', async () => {
    const data = await query('{ industry(code: "3491") { level path { code name level } } none: industry(code: "0630") { code } }');
    expect(data.industry).toEqual({
      level: 'CLASS',
      path: [
        { code: 'C', name: '制造业', level: 'SECTION' },
        { code: '34', name: '通用设备制造业', level: 'DIVISION' },
        { code: '349', name: '其他通用设备制造业', level: 'GROUP' },
        { code: '3491', name: '工业机器人制造', level: 'CLASS' },
      ],
    });
    expect(data.none).toBeNull();
  });

  it('searches 小类 with their paths, at most `first`', async () => {
    const data = await query('{ searchIndustries(query: "机器人", first: 2) { code level path { name } } }');
    expect(data.searchIndustries).toEqual([
      { code: '3491', level: 'CLASS', path: [{ name: '制造业' }, { name: '通用设备制造业' }, { name: '其他通用设备制造业' }, { name: '工业机器人制造' }] },
      expect.objectContaining({ code: '3492' }),
    ]);
    expect(((await query('{ searchIndustries(query: "制造") { code } }')).searchIndustries as unknown[]).length).toBe(20);
  });

  it('refuses a page larger than 50', async () => {
    const result = await graphql({ schema, source: '{ searchIndustries(query: "制造", first: 51) { code } }', contextValue: { caller: anonymous } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('regions', () => {
  it('lists the provinces, then a province\'s children, then a city\'s', async () => {
    const data = await query('{ p: regions { code } zj: regions(parentCode: "330000") { code name level } hz: regions(parentCode: "330100") { code name level isLeaf } }');
    expect(data.p).toHaveLength(31);
    expect(data.zj[0]).toEqual({ code: '330100', name: '杭州市', level: 'CITY' });
    expect(data.hz).toContainEqual({ code: '330106', name: '西湖区', level: 'COUNTY', isLeaf: true });
  });

  it('gives one region with its path, and the 直辖市 without a 市辖区 level', async () => {
    const data = await query('{ xh: region(code: "330106") { path { code name } } hd: region(code: "110108") { parentCode level path { name } } none: region(code: "110100") { code } }');
    expect(data.xh).toEqual({ path: [{ code: '330000', name: '浙江省' }, { code: '330100', name: '杭州市' }, { code: '330106', name: '西湖区' }] });
    expect(data.hd).toEqual({ parentCode: '110000', level: 'COUNTY', path: [{ name: '北京市' }, { name: '海淀区' }] });
    expect(data.none).toBeNull();
  });
});
