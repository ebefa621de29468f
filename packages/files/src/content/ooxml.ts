import type { ByteSource } from './byte-source';
import type { DetectedContentType } from './types';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A central directory this large lists ~50,000 entries: more than any document we accept. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/**
 * Tells a Word or Excel document from any other ZIP by the part names in the archive's
 * central directory (at its end): an Office Open XML package has `[Content_Types].xml` and
 * its main part under `word/` or `xl/`. The local headers at the start are not enough: their
 * order is up to the writer, and a large first entry pushes the main part far from the start.
 * Returns null when the archive has no readable central directory (truncated or not a ZIP).
 */
export async function classifyZip(source: ByteSource): Promise<DetectedContentType | null> {
  const names = await centralDirectoryNames(source);
  if (!names) return null;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((name) => name.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (names.some((name) => name.startsWith('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return 'application/zip';
}

async function centralDirectoryNames(source: ByteSource): Promise<string[] | null> {
  const tailStart = Math.max(0, source.size - EOCD_SIZE - MAX_COMMENT);
  const tail = await source.read(tailStart, source.size - tailStart);
  // The end record is the last one whose comment runs exactly to the end of the file.
  let eocd = -1;
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + EOCD_SIZE + tail.readUInt16LE(at + 20) === tail.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  // ZIP64 (offset 0xFFFFFFFF) only matters past 4 GiB or 65,535 entries: read as a plain ZIP.
  if (directoryOffset === 0xffffffff) return [];
  // A directory that does not end before its own end record: damaged or not a ZIP at all.
  if (directoryOffset + directorySize > tailStart + eocd) return null;
  const directory = await source.read(directoryOffset, Math.min(directorySize, MAX_DIRECTORY_BYTES));

  const names: string[] = [];
  let at = 0;
  for (let index = 0; index < entries && at + 46 <= directory.length; index++) {
    if (directory.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.toString('utf8', at + 46, Math.min(directory.length, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
