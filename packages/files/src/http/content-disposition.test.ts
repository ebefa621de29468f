import { asciiFallback, contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('carries a Chinese name with spaces and emoji in filename* and an ASCII fallback in filename', () => {
    const header = contentDisposition('inline', '营业执照 副本 😀.pdf');
    expect(header).toBe(
      `inline; filename="file.pdf"; filename*=UTF-8''${'%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC%20%F0%9F%98%80.pdf'}`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('营业执照 副本 😀.pdf');
  });

  it('escapes what RFC 5987 does not allow unescaped, and keeps the header ASCII', () => {
    const header = contentDisposition('attachment', `It's (final) *v2*; "quoted" \\ 100%.docx`);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const encoded = header.split("UTF-8''")[1]!;
    expect(encoded).not.toMatch(/['()*;" \\]/);
    expect(decodeURIComponent(encoded)).toBe(`It's (final) *v2*; "quoted" \\ 100%.docx`);
    expect(header).toContain(`filename="It's (final) *v2*_ _quoted_ _ 100.docx"`);
  });

  it('cannot be broken by line breaks or an unpaired surrogate', () => {
    const header = contentDisposition('inline', 'a\r\nSet-Cookie: x=1\ud83d.pdf');
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('asciiFallback', () => {
  it.each([
    ['Résumé 2024.pdf', 'Resume 2024.pdf'],
    ['年度报告2024.xlsx', '2024.xlsx'],
    ['扫描件', 'file'],
    ['report.文档', 'report'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (name, expected) => {
    expect(asciiFallback(name)).toBe(expected);
  });
});
