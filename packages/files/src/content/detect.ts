import type { ByteSource } from './byte-source';
import { classifyCfb } from './cfb';
import { classifyZip } from './ooxml';
import { UNKNOWN_CONTENT_TYPE, type DetectedContentType } from './types';

/*
 * Hand-written signatures rather than a library, because none fits this project:
 * - `file-type` 22 needs Node 22; 21 (Node 20) is ESM-only, as are six of its dependencies,
 *   and its package exports offer no condition jest's CommonJS resolver matches, so jest would
 *   need transforms for seven packages plus custom export conditions in the shared preset.
 * - `magic-bytes.js` (CommonJS) matches first bytes only: for any ZIP it answers "zip, jar,
 *   docx, xlsx, apk, …" and for any OLE2 file "doc, xls, ppt, msg", so it cannot tell a Word
 *   document from an archive or a spreadsheet, which is the part that needs code anyway.
 * The list below is short and its signatures are fixed by the formats' specifications.
 */
const SIGNATURES: ReadonlyArray<{ type: DetectedContentType; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: ascii('%PDF-') },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: ascii('GIF87a') },
  { type: 'image/gif', bytes: ascii('GIF89a') },
];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The real type of `source` from its content, never from its name or the type the client
 * declared: a renamed file is detected as what it is. Answers `application/octet-stream` for
 * anything that is not one of FILE_CONTENT_TYPES, including empty and damaged files.
 */
export async function detectContentType(source: ByteSource): Promise<DetectedContentType> {
  const head = await source.read(0, 16);
  for (const { type, bytes } of SIGNATURES) if (startsWith(head, bytes)) return type;
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'image/webp';
  if (startsWith(head, ZIP_LOCAL_HEADER)) return (await classifyZip(source)) ?? UNKNOWN_CONTENT_TYPE;
  if (startsWith(head, CFB)) return (await classifyCfb(source)) ?? UNKNOWN_CONTENT_TYPE;
  return UNKNOWN_CONTENT_TYPE;
}

function startsWith(bytes: Buffer, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);
}

function ascii(text: string): number[] {
  return [...Buffer.from(text, 'latin1')];
}
