import { FileError, FileErrorCode } from './errors';

const MAX_LENGTH = 255;
// Control characters, and the bidirectional overrides that make "invoice‮fdp.exe" display as "invoiceexe.pdf".
const UNWANTED = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
// In a `u` regular expression a surrogate pair is one character, so this matches only unpaired halves.
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/**
 * The name to keep for an uploaded file: what the person called it, in any script, with
 * spaces, punctuation and emoji, minus what could mislead or break a header. Browsers may
 * send a path (`C:\fakepath\…`); only its last part is a name. At most 255 characters,
 * shortened before the extension. It is metadata for display and downloads, never a path.
 */
export function normalizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(LONE_SURROGATE, '\ufffd').replace(UNWANTED, '').normalize('NFC').trim();
  if (!clean || clean === '.' || clean === '..') throw new FileError(FileErrorCode.INVALID_ARGUMENT, 'a file name needs at least one visible character');
  const characters = [...clean];
  if (characters.length <= MAX_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 16 ? [...clean.slice(dot)] : [];
  return [...characters.slice(0, MAX_LENGTH - extension.length), ...extension].join('');
}
