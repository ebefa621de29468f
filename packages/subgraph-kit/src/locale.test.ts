import { localeFrom, pickText } from './locale';

describe('locale', () => {
  it('answers English only when English comes first', () => {
    expect(localeFrom('en-US,en;q=0.9')).toBe('en');
    expect(localeFrom('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFrom(undefined)).toBe('zh-CN');
    expect(localeFrom('fr-FR')).toBe('zh-CN');
  });

  it('falls back to Chinese where no English was written', () => {
    expect(pickText({ zh: '中文', en: 'English' }, 'en')).toBe('English');
    expect(pickText({ zh: '中文' }, 'en')).toBe('中文');
    expect(pickText({ zh: '中文', en: 'English' }, 'zh-CN')).toBe('中文');
  });
});
