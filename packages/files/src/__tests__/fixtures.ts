import { crc32, deflateRawSync } from 'node:zlib';

/*
 * Small but structurally real files of each accepted type, built here rather than committed
 * as binaries. The ZIP and OLE2 writers follow the format specifications (APPNOTE 4.3, MS-CFB)
 * closely enough that Python's zipfile and olefile read what they write.
 */

export const pdf = (): Buffer =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const png = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export const jpeg = (): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);

export const gif = (): Buffer => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const webp = (): Buffer => {
  const vp8l = Buffer.from('2f0000000700', 'hex'); // a 1×1 lossless bitstream is not needed to recognise the container
  const chunk = Buffer.concat([Buffer.from('VP8L'), u32(vp8l.length), vp8l]);
  return Buffer.concat([Buffer.from('RIFF'), u32(4 + chunk.length), Buffer.from('WEBP'), chunk]);
};

export const text = (): Buffer => Buffer.from('<html><script>alert(1)</script></html>');

/** A ZIP archive of `entries`, deflated, with a central directory as every writer produces. */
export function zip(entries: ReadonlyArray<{ name: string; data: Buffer | string }>, options: { comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const compressed = deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    // version 20, flags bit 11 (UTF-8 names), method 8 (deflate), no time
    const common = Buffer.concat([u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(crc), u32(compressed.length), u32(data.length), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name, compressed]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(comment.length), comment]);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A Word document's parts, with a large picture first so `word/` is far from the start. */
export const docx = (): Buffer =>
  zip([
    { name: 'docProps/thumbnail.jpeg', data: randomish(200_000) },
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]);

export const xlsx = (): Buffer =>
  zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
    { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' },
  ]);

export const plainZip = (): Buffer =>
  zip([
    { name: '营业执照.pdf', data: pdf() },
    { name: 'word/notes.txt', data: 'a folder named word/ alone does not make a Word document' },
  ]);

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_ENTRY = 0xffffffff;
const SECTOR = 512;

interface CfbEntry {
  name: string;
  type: 'storage' | 'stream';
  /** Names of entries inside a storage. */
  children?: string[];
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) with the given entries; `root` lists the
 * top-level ones. Each stream holds 4 KiB (so it lives in ordinary sectors, not the mini
 * stream), and stream sectors sit between the directory's sectors, so a reader must follow
 * the directory's FAT chain to find entries past the first four.
 */
export function cfb(root: string[], entries: CfbEntry[]): Buffer {
  const all: CfbEntry[] = [{ name: 'Root Entry', type: 'storage', children: root }, ...entries];
  const index = (name: string) => all.findIndex((entry, i) => i > 0 && entry.name === name);
  const streamSectors = 4096 / SECTOR;
  const directorySectors = Math.ceil(all.length / 4);

  // Layout: sector 0 = FAT; then each directory sector followed by one stream's data (if any is left).
  const fat: number[] = [FAT_SECTOR];
  const directoryIds: number[] = [];
  const streamStart = new Map<number, number>();
  const streams = all.map((entry, i) => (entry.type === 'stream' ? i : -1)).filter((i) => i >= 0);
  let next = 1;
  const allocate = (count: number) => {
    const start = next;
    for (let s = 0; s < count; s++) fat[next + s] = s === count - 1 ? END_OF_CHAIN : next + s + 1;
    next += count;
    return start;
  };
  for (let d = 0; d < Math.max(directorySectors, streams.length); d++) {
    if (d < directorySectors) directoryIds.push(allocate(1));
    if (d < streams.length) streamStart.set(streams[d]!, allocate(streamSectors));
  }
  // Chain the (non-contiguous) directory sectors.
  directoryIds.forEach((id, i) => (fat[id] = directoryIds[i + 1] ?? END_OF_CHAIN));
  if (next > SECTOR / 4) throw new RangeError('fixture too large for one FAT sector');

  const sectors: Buffer[] = Array.from({ length: next }, () => Buffer.alloc(SECTOR));
  const fatSector = sectors[0]!;
  for (let i = 0; i < SECTOR / 4; i++) fatSector.writeUInt32LE(fat[i] ?? FREE, i * 4);

  // Each storage's children as a chain of right siblings (a degenerate but valid tree).
  const directory = Buffer.alloc(directorySectors * SECTOR);
  for (let i = 0; i < directorySectors * 4; i++) {
    const at = i * 128;
    directory.writeUInt32LE(NO_ENTRY, at + 0x44);
    directory.writeUInt32LE(NO_ENTRY, at + 0x48);
    directory.writeUInt32LE(NO_ENTRY, at + 0x4c);
  }
  const siblings = new Map<number, number>();
  all.forEach((entry, i) => {
    const at = i * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(directory, at);
    directory.writeUInt16LE(name.length, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : entry.type === 'storage' ? 1 : 2;
    directory[at + 0x43] = 1; // black
    const children = (entry.children ?? []).map(index);
    if (children.length) directory.writeUInt32LE(children[0]!, at + 0x4c);
    children.forEach((child, c) => siblings.set(child, children[c + 1] ?? NO_ENTRY));
    const start = streamStart.get(i);
    directory.writeUInt32LE(start ?? END_OF_CHAIN, at + 0x74);
    directory.writeUInt32LE(start === undefined ? 0 : 4096, at + 0x78);
  });
  for (const [child, right] of siblings) directory.writeUInt32LE(right, child * 128 + 0x48);
  directoryIds.forEach((id, d) => directory.copy(sectors[id]!, 0, d * SECTOR, (d + 1) * SECTOR));
  for (const [, start] of streamStart) for (let s = 0; s < streamSectors; s++) sectors[start + s]!.fill(0x41 + s);

  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(directoryIds[0]!, 0x30);
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  return Buffer.concat([header, ...sectors]);
}

/** Word 97-2003: the `WordDocument` stream is the fifth entry, so it is in the second directory sector. */
export const doc = (): Buffer =>
  cfb(
    ['\u0005SummaryInformation', '\u0005DocumentSummaryInformation', '1Table', 'ObjectPool', 'WordDocument'],
    [
      { name: '\u0005SummaryInformation', type: 'stream' },
      { name: '\u0005DocumentSummaryInformation', type: 'stream' },
      { name: '1Table', type: 'stream' },
      { name: 'ObjectPool', type: 'storage', children: ['Workbook'] }, // an embedded spreadsheet
      { name: 'Workbook', type: 'stream' },
      { name: 'WordDocument', type: 'stream' },
    ],
  );

export const xls = (): Buffer =>
  cfb(
    ['Workbook', '\u0005SummaryInformation'],
    [
      { name: 'Workbook', type: 'stream' },
      { name: '\u0005SummaryInformation', type: 'stream' },
    ],
  );

/** PowerPoint 97-2003: OLE2, but neither Word nor Excel. */
export const ppt = (): Buffer => cfb(['PowerPoint Document', 'Current User'], [{ name: 'PowerPoint Document', type: 'stream' }, { name: 'Current User', type: 'stream' }]);

/** An OLE2 file whose only `Workbook` is nested in a storage: not a workbook. */
export const nestedWorkbookOnly = (): Buffer =>
  cfb(['ObjectPool'], [{ name: 'ObjectPool', type: 'storage', children: ['Workbook'] }, { name: 'Workbook', type: 'stream' }]);

/** Deterministic bytes that do not compress much and start with no known signature. */
export function randomish(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x12345678;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  if (bytes[0] === 0x25 || bytes[0] === 0x89 || bytes[0] === 0xff || bytes[0] === 0x50 || bytes[0] === 0xd0) bytes[0] = 0;
  return bytes;
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}
