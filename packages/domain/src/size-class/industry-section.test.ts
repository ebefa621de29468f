import { industrySectionOf } from './industry-section';

describe('门类 of a 大类', () => {
  // The first and last 大类 of every 门类, as the standard lists them.
  it.each([
    ['01', 'A'], ['05', 'A'], ['06', 'B'], ['12', 'B'], ['13', 'C'], ['43', 'C'], ['44', 'D'], ['46', 'D'],
    ['47', 'E'], ['50', 'E'], ['51', 'F'], ['52', 'F'], ['53', 'G'], ['60', 'G'], ['61', 'H'], ['62', 'H'],
    ['63', 'I'], ['65', 'I'], ['66', 'J'], ['69', 'J'], ['70', 'K'], ['71', 'L'], ['72', 'L'], ['73', 'M'],
    ['75', 'M'], ['76', 'N'], ['79', 'N'], ['80', 'O'], ['82', 'O'], ['83', 'P'], ['84', 'Q'], ['85', 'Q'],
    ['86', 'R'], ['90', 'R'], ['91', 'S'], ['96', 'S'], ['97', 'T'],
  ])('%s is in %s', (division, section) => {
    expect(industrySectionOf(division)).toBe(section);
  });

  it.each(['00', '98', '99', '3', '349', 'C3', ''])('%p is no 大类', (division) => {
    expect(industrySectionOf(division)).toBeNull();
  });
});
