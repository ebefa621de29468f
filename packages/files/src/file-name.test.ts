import { normalizeFileName } from './file-name';

describe('normalizeFileName', () => {
  it('keeps any script, spaces, punctuation and emoji', () => {
    expect(normalizeFileName('  浙江省 “专精特新” 申报材料（2026）#1 😀👨‍👩‍👧.pdf ')).toBe('浙江省 “专精特新” 申报材料（2026）#1 😀👨‍👩‍👧.pdf');
  });

  it('keeps only the last part of a path', () => {
    expect(normalizeFileName('C:\\fakepath\\营业执照.png')).toBe('营业执照.png');
    expect(normalizeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control characters and direction overrides', () => {
    expect(normalizeFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(normalizeFileName('a\r\nb\u0000.pdf')).toBe('ab.pdf');
  });

  it('shortens long names before the extension', () => {
    const name = normalizeFileName(`${'长'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('长.docx')).toBe(true);
  });

  it('refuses names with nothing visible', () => {
    expect(() => normalizeFileName(' \u0007 ')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => normalizeFileName('dir/')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
