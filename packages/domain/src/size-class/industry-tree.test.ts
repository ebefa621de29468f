import { readFileSync } from 'node:fs';
import { INDUSTRY_TREE_FILE } from '../industry-data';
import { sizeRowOfIndustry } from './industry-row';
import { industrySectionOf } from './industry-section';

type Node = { code: string; name: string; children?: Node[] };
const sections: Node[] = JSON.parse(readFileSync(INDUSTRY_TREE_FILE, 'utf8'));

const divisions = sections.flatMap((section) => (section.children ?? []).map((division) => ({ section, division })));
const groups = divisions.flatMap(({ section, division }) => (division.children ?? []).map((group) => ({ section, division, group })));
const classes = groups.flatMap(({ section, division, group }) => (group.children ?? []).map((node) => ({ section, division, group, node })));

describe('GB/T 4754-2017 tree', () => {
  it('has 20 门类, 97 大类, 473 中类 and 1381 小类 (RULES.md §6.1)', () => {
    expect([sections.length, divisions.length, groups.length, classes.length]).toEqual([20, 97, 473, 1381]);
  });

  it('nests codes by prefix: 中类 = 大类 + 1 digit, 小类 = 中类 + 1 digit', () => {
    for (const { division, group } of groups) expect(group.code).toMatch(new RegExp(`^${division.code}\\d$`));
    for (const { group, node } of classes) expect(node.code).toMatch(new RegExp(`^${group.code}\\d$`));
  });

  it('puts every 大类 in the 门类 that industrySectionOf derives from its number', () => {
    const mismatches = divisions.filter(({ section, division }) => industrySectionOf(division.code) !== section.code);
    expect(mismatches.map(({ division }) => division.code)).toEqual([]);
  });

  it('maps every 小类, with and without its 门类 letter, to a size row', () => {
    for (const { section, node } of classes) {
      const bare = sizeRowOfIndustry(node.code);
      expect(bare).toMatchObject({ valid: true, code: node.code, section: section.code });
      expect(sizeRowOfIndustry(`${section.code}${node.code}`)).toEqual(bare);
    }
  });

  it('places by analogy exactly 铁路, 金融, 房地产租赁经营, 教育, 卫生, 公共管理 and 国际组织', () => {
    const byAnalogy = new Set(classes.filter(({ node }) => {
      const match = sizeRowOfIndustry(node.code);
      return match.valid && match.basis === 'BY_ANALOGY';
    }).map(({ node }) => (node.code.startsWith('70') ? node.code : node.code.slice(0, 2))));
    expect([...byAnalogy].sort()).toEqual(['53', '66', '67', '68', '69', '7040', '83', '84', '91', '92', '93', '94', '95', '96', '97']);
  });
});
