// RFC 5987 attr-char: what may stay unescaped in `filename*`. encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow.
const NOT_ATTR_CHAR = /['()*]/g;

/**
 * `inline; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266): every
 * current browser uses `filename*`, so a Chinese, emoji or spaced name arrives intact; the
 * quoted ASCII fallback is for clients that know only `filename`. The header stays ASCII
 * whatever the name, so no name can break or inject into it.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const wellFormed = fileName.replace(/[\ud800-\udfff]/gu, '\ufffd'); // encodeURIComponent throws on unpaired surrogates
  const encoded = encodeURIComponent(wellFormed).replace(NOT_ATTR_CHAR, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFallback(wellFormed)}"; filename*=UTF-8''${encoded}`;
}

/** "Résumé 2024.pdf" → "Resume 2024.pdf"; "营业执照 扫描件.pdf" → "file.pdf" (nothing readable is left of it). */
export function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
      .replace(/[^\x20-\x7e]+/g, '_')
      .replace(/["\\%;]/g, '_') // quote and backslash end or escape the quoted string; % and ; confuse some parsers
      .replace(/_+/g, '_');
  const safeBase = ascii(base).replace(/^[\s_]+|[\s_]+$/g, '');
  const safeExtension = ascii(extension);
  return `${/[A-Za-z0-9]/.test(safeBase) ? safeBase : 'file'}${/^\.[A-Za-z0-9]+$/.test(safeExtension) ? safeExtension : ''}`;
}
