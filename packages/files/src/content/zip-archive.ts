import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { fromRandomAccessReaderPromise, RandomAccessReader, type Entry, type ZipFile } from 'yauzl';
import { FileError, FileErrorCode, type FileErrorDetails } from '../errors';
import type { ByteSource } from './byte-source';
import { detectContentType } from './detect';
import type { FileContentType } from './types';

/** One entry of a checked archive. */
export interface ZipEntryInfo {
  /** The path inside the archive, `/`-separated (a `\` written by old Windows tools counts as one); folders end in `/`. */
  name: string;
  /** Uncompressed bytes (0 for folders). */
  size: number;
  directory: boolean;
}

export interface ZipLimits {
  /** Entries (files and folders) an archive may hold. */
  maxEntries: number;
  /** Uncompressed bytes all entries may add up to. */
  maxTotalBytes: number;
  /** The largest uncompressed : compressed ratio of one entry… */
  maxRatio: number;
  /** …counted only for entries larger than this (small files of repeated text compress very well). */
  ratioAppliesAbove: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = Object.freeze({
  maxEntries: 1000,
  maxTotalBytes: 500 * MiB,
  maxRatio: 100,
  ratioAppliesAbove: 1 * MiB,
});

/** What each accepted extension must contain; `ole2` = the Word/Excel 97-2003 container, by its header alone. */
const EXPECTED_CONTENT: Readonly<Record<string, FileContentType | 'ole2'>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'ole2',
  xls: 'ole2',
};
const OLE2_HEADER = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** Enough for every signature detectContentType looks at (WebP's is at 8–12). */
const HEAD_BYTES = 16;
/**
 * The end of a .docx/.xlsx entry kept while it streams past, so that it is classified the way
 * an uploaded Word or Excel file is (ooxml.ts reads the end record, its comment of up to
 * 64 KiB and a central directory of up to 4 MiB) and a ZIP renamed .docx is caught.
 */
const OOXML_TAIL_BYTES = 4 * MiB + 0x10000 + 1024;

/** macOS Finder puts these into the archives it makes; they are let through when their content is what they claim. */
const APPLE_DOUBLE = Buffer.from([0x00, 0x05, 0x16, 0x07]);
const DS_STORE = Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]);

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const INFO_ZIP_UNICODE_PATH = 0x7075;
const STORE = 0;
const DEFLATE = 8;
const MADE_BY_UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const READ_CHUNK = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/**
 * Checks a ZIP archive uploaded as evidence (佐证材料) and lists its entries, or refuses it with
 * a ZIP_* FileError whose `details.entry` names the entry at fault. The central directory is
 * checked first (paths, passwords, types by extension, declared sizes), before any content is
 * read; then every file is decompressed as a stream, counting the real bytes, since declared
 * sizes can lie, and stopping as soon as a limit is passed; its first bytes must match its
 * extension. Nothing is written anywhere.
 *
 * macOS metadata (`__MACOSX/._*` AppleDouble files, `.DS_Store`) is checked like any entry
 * but need not be an accepted type, and is left out of the answer: it is not evidence.
 */
export async function checkZipArchive(source: ByteSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntryInfo[]> {
  const reader = new ByteSourceReader(source);
  let zip: ZipFile | undefined;
  try {
    zip = await fromRandomAccessReaderPromise(reader, source.size, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    if (zip.entryCount > limits.maxEntries) {
      throw new FileError(FileErrorCode.ZIP_TOO_MANY_ENTRIES, `${zip.entryCount} entries, limit ${limits.maxEntries}`, { maxEntries: limits.maxEntries });
    }
    const entries = await readDirectory(zip, limits);
    if (!entries.some((entry) => !entry.info.directory)) throw new FileError(FileErrorCode.ZIP_EMPTY, 'the archive has no files');
    const counter = { total: 0 };
    const listed: ZipEntryInfo[] = [];
    for (const entry of entries) {
      if (!entry.info.directory) {
        await checkContent(zip, entry, limits, counter).catch((error: unknown) => {
          throw error instanceof FileError || reader.failure !== undefined ? error : damaged(error, entry.info.name);
        });
      }
      if (!entry.metadata) listed.push(entry.info);
    }
    if (!listed.some((entry) => !entry.directory)) throw new FileError(FileErrorCode.ZIP_EMPTY, 'the archive has only folders and macOS metadata');
    return listed;
  } catch (error) {
    // A failing source (a disk error, say) is ours, not a damaged archive: pass it on as it is.
    if (reader.failure !== undefined) throw reader.failure;
    if (error instanceof FileError) throw error;
    throw damaged(error);
  } finally {
    zip?.close();
  }
}

interface CheckedEntry {
  info: ZipEntryInfo;
  raw: Entry;
  /** What the content must be: a content type, or 'ole2'; undefined for folders and metadata candidates. */
  expected: FileContentType | 'ole2' | undefined;
  /** Named like macOS metadata: let through only if its content turns out to be that. */
  metadataCandidate: boolean;
  /** Confirmed macOS metadata (once its content has been read). */
  metadata: boolean;
}

/** Every entry of the central directory, checked by what it declares; throws at the first one refused. */
async function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<CheckedEntry[]> {
  const entries: CheckedEntry[] = [];
  let declaredTotal = 0;
  const iterator = zip.eachEntry();
  for (;;) {
    const next = await iterator.next().catch((error: unknown) => {
      // yauzl refuses PKWARE strong encryption itself, before the entry reaches us.
      if (/strong encryption/.test(messageOf(error))) {
        throw new FileError(FileErrorCode.ZIP_ENCRYPTED, 'an entry uses strong encryption');
      }
      throw error;
    });
    if (next.done) break;
    const raw = next.value;
    const name = entryName(raw);
    const details = { entry: name };
    if (isUnsafePath(name) || isSymbolicLink(raw)) throw new FileError(FileErrorCode.ZIP_UNSAFE_PATH, `unsafe entry path ${JSON.stringify(name)}`, details);
    if (raw.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new FileError(FileErrorCode.ZIP_ENCRYPTED, `entry ${name} is encrypted`, details);

    const directory = name.endsWith('/');
    if (directory) {
      // A folder entry has no content; one that claims some is not what it says.
      if (raw.uncompressedSize > 0) throw damaged(`folder entry ${name} has ${raw.uncompressedSize} bytes`, name);
      entries.push({ info: { name, size: 0, directory }, raw, expected: undefined, metadataCandidate: false, metadata: false });
      continue;
    }
    if (raw.compressionMethod !== STORE && raw.compressionMethod !== DEFLATE) throw damaged(`entry ${name} uses compression method ${raw.compressionMethod}`, name);
    const metadataCandidate = isMacMetadataName(name);
    const expected = EXPECTED_CONTENT[extensionOf(name)];
    if (!expected && !metadataCandidate) throw new FileError(FileErrorCode.ZIP_UNSUPPORTED_ENTRY, `entry ${name} is not an accepted type`, details);

    declaredTotal += raw.uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes) throw bomb(`declared sizes add up to more than ${limits.maxTotalBytes} bytes at ${name}`, name, limits);
    if (overRatio(raw.uncompressedSize, raw.compressedSize, limits)) throw bomb(`entry ${name} declares ${raw.uncompressedSize} bytes from ${raw.compressedSize}`, name, limits);
    entries.push({ info: { name, size: raw.uncompressedSize, directory }, raw, expected, metadataCandidate, metadata: false });
  }
  return entries;
}

/**
 * Decompresses one file entry as a stream: its real size must stay within the limits as it
 * grows (stopping at the first byte past one) and end up the size declared, its checksum must
 * match, and its first bytes must be what its extension says.
 */
async function checkContent(zip: ZipFile, entry: CheckedEntry, limits: ZipLimits, counter: { total: number }): Promise<void> {
  const { raw, info } = entry;
  const name = info.name;
  let size = 0;
  let crc = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  const tail = entry.expected === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || entry.expected === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ? new TailWindow(OOXML_TAIL_BYTES) : undefined;

  // A limit passed ends the pipeline, which then rejects with an AbortError of its own (Node 20): keep ours.
  let overLimit: FileError | undefined;
  const refuse = (error: FileError) => {
    overLimit = error;
    return error;
  };
  const compressed = await zip.openReadStreamPromise(raw, { decodeFileData: false });
  const sink = async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) {
      size += chunk.length;
      counter.total += chunk.length;
      if (counter.total > limits.maxTotalBytes) throw refuse(bomb(`entries unpack to more than ${limits.maxTotalBytes} bytes at ${name}`, name, limits));
      if (overRatio(size, raw.compressedSize, limits)) throw refuse(bomb(`entry ${name} unpacks to more than ${size} bytes from ${raw.compressedSize}`, name, limits));
      crc = crc32(chunk, crc);
      if (headLength < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += head[head.length - 1]!.length;
      }
      tail?.push(chunk);
    }
  };
  await (raw.compressionMethod === DEFLATE ? pipeline(compressed, createInflateRaw(), sink) : pipeline(compressed, sink)).catch((error: unknown) => {
    throw overLimit ?? error;
  });

  if (size !== raw.uncompressedSize) throw damaged(`entry ${name} unpacks to ${size} bytes, declared ${raw.uncompressedSize}`, name);
  if (crc !== raw.crc32) throw damaged(`entry ${name} fails its CRC-32 check`, name);

  const first = Buffer.concat(head);
  if (entry.metadataCandidate && isMacMetadataContent(name, first)) {
    entry.metadata = true;
    return;
  }
  if (!entry.expected) throw new FileError(FileErrorCode.ZIP_UNSUPPORTED_ENTRY, `entry ${name} is not an accepted type`, { entry: name });
  if (!(await contentMatches(entry.expected, first, tail, size))) {
    throw new FileError(FileErrorCode.ZIP_ENTRY_TYPE_MISMATCH, `entry ${name} is not a .${extensionOf(name)}`, { entry: name });
  }
}

async function contentMatches(expected: FileContentType | 'ole2', head: Buffer, tail: TailWindow | undefined, size: number): Promise<boolean> {
  if (expected === 'ole2') return head.subarray(0, OLE2_HEADER.length).equals(OLE2_HEADER);
  // The same detection as for an uploaded file, over the bytes kept: the head, and for Word/Excel the tail.
  const kept = tail?.bytes() ?? Buffer.alloc(0);
  const keptFrom = size - kept.length;
  const partial: ByteSource = {
    size,
    read: async (position, length) => {
      const end = Math.min(size, position + length);
      if (position >= keptFrom) return kept.subarray(position - keptFrom, end - keptFrom);
      if (end <= head.length) return head.subarray(position, end);
      return Buffer.alloc(0); // not kept: a central directory larger than any Office file has
    },
  };
  return (await detectContentType(partial)) === expected;
}

/**
 * The name as the archive's writer meant it: UTF-8 when the entry says so (flag bit 11, or an
 * Info-ZIP Unicode Path field that matches the name), else UTF-8 when the bytes are valid
 * UTF-8, else GBK, the code page of the archivers on Chinese Windows. `\` counts as `/`.
 */
function entryName(entry: Entry): string {
  const bytes = entry.fileNameRaw;
  let name: string;
  const unicodePath = entry.extraFields.find((field) => field.id === INFO_ZIP_UNICODE_PATH && field.data.length >= 5 && field.data[0] === 1 && field.data.readUInt32LE(1) === crc32(bytes));
  if (entry.generalPurposeBitFlag & FLAG_UTF8) name = bytes.toString('utf8');
  else if (unicodePath) name = unicodePath.data.subarray(5).toString('utf8');
  else {
    try {
      name = utf8.decode(bytes);
    } catch {
      name = gbk.decode(bytes);
    }
  }
  return name.replace(/\\/g, '/');
}

/** A path that would not stay inside the folder it is extracted to. Backslashes are already `/`. */
function isUnsafePath(name: string): boolean {
  return name.includes('\0') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..');
}

/** A Unix symbolic link (extracted, it could point anywhere). */
function isSymbolicLink(entry: Entry): boolean {
  return entry.versionMadeBy >> 8 === MADE_BY_UNIX && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function isMacMetadataName(name: string): boolean {
  const segments = name.split('/');
  const base = segments[segments.length - 1]!;
  return base === '.DS_Store' || (segments.includes('__MACOSX') && base.startsWith('._'));
}

function isMacMetadataContent(name: string, head: Buffer): boolean {
  const signature = name.endsWith('.DS_Store') ? DS_STORE : APPLE_DOUBLE;
  return head.subarray(0, signature.length).equals(signature);
}

function overRatio(uncompressed: number, compressed: number, limits: ZipLimits): boolean {
  return uncompressed > limits.ratioAppliesAbove && uncompressed > compressed * limits.maxRatio;
}

function bomb(message: string, entry: string, limits: ZipLimits): FileError {
  const details: FileErrorDetails = { entry, maxBytes: limits.maxTotalBytes, maxRatio: limits.maxRatio };
  return new FileError(FileErrorCode.ZIP_BOMB, message, details);
}

function damaged(cause: unknown, entry?: string): FileError {
  return new FileError(FileErrorCode.ZIP_DAMAGED, `damaged archive: ${messageOf(cause)}`, entry === undefined ? {} : { entry });
}

/** An error's message; not by `instanceof Error`, which fails for errors made in another realm (zlib's, under jest). */
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/** The last `capacity` (or a little more) bytes of a stream. */
class TailWindow {
  private chunks: Buffer[] = [];
  private length = 0;

  constructor(private readonly capacity: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.chunks.length > 1 && this.length - this.chunks[0]!.length >= this.capacity) this.length -= this.chunks.shift()!.length;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** yauzl's random access over a ByteSource; remembers a failure of the source itself. */
class ByteSourceReader extends RandomAccessReader {
  failure: unknown;

  constructor(private readonly source: ByteSource) {
    super();
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    this.source.read(position, length).then(
      (bytes) => {
        bytes.copy(buffer, offset);
        callback(null, bytes.length);
      },
      (error: unknown) => callback(this.fail(error)),
    );
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const { source } = this;
    const fail = (error: unknown) => this.fail(error);
    async function* range() {
      for (let at = start; at < end; ) {
        const bytes = await source.read(at, Math.min(READ_CHUNK, end - at)).catch((error: unknown) => Promise.reject(fail(error)));
        if (bytes.length === 0) return; // past the end: yauzl reports the missing bytes
        at += bytes.length;
        yield bytes;
      }
    }
    return Readable.from(range(), { objectMode: false });
  }

  private fail(error: unknown): Error {
    this.failure ??= error;
    return error instanceof Error ? error : new FileError(FileErrorCode.ZIP_DAMAGED, String(error));
  }
}
