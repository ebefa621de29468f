import { constants, crc32, deflateRawSync } from 'node:zlib';
import * as fixture from '../__tests__/fixtures';
import { FileError } from '../errors';
import { httpFailure } from '../http/messages';
import { bufferSource, type ByteSource } from './byte-source';
import { checkZipArchive, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-archive';

const MiB = 1024 * 1024;

/*
 * A ZIP writer that does what it is told, so hostile archives can be made: names as raw bytes
 * (GBK, NUL) and any flags, declared sizes and checksums that lie, entries whose compressed
 * bytes are given ready-made.
 */
interface TestEntry {
  /** A string is written as UTF-8 with flag bit 11; a Buffer as it is, without the flag. */
  name: string | Buffer;
  data?: Buffer | string;
  /** 8 (deflate) unless given; folders are stored. */
  method?: number;
  /** General purpose flags; the UTF-8 bit is added for string names. */
  flags?: number;
  /** The entry's bytes as written; `size` and `crc` then describe what they unpack to. */
  compressed?: Buffer;
  size?: number;
  crc?: number;
  extra?: Buffer;
  /** Version made by: the high byte is the system (3 = Unix). */
  madeBy?: number;
  externalAttributes?: number;
}

function zipOf(entries: readonly TestEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const data = Buffer.from(entry.data ?? '');
    const method = entry.method ?? (name.at(-1) === 0x2f ? 0 : 8);
    const compressed = entry.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const flags = (entry.flags ?? 0) | (typeof entry.name === 'string' ? 0x0800 : 0);
    const extra = entry.extra ?? Buffer.alloc(0);
    const common = Buffer.concat([
      u16(20), u16(flags), u16(method), u16(0), u16(0x21),
      u32(entry.crc ?? crc32(data)), u32(compressed.length), u32(entry.size ?? data.length), u16(name.length), u16(extra.length),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, extra, compressed]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(entry.madeBy ?? 20), common, u16(0), u16(0), u16(0), u32(entry.externalAttributes ?? 0), u32(offset), name, extra]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

/** `mib` MiB of zeros, deflated a MiB at a time (sync-flushed blocks, then a final empty one) so it is quick to make. */
function deflatedZeros(mib: number): { compressed: Buffer; size: number; crc: number } {
  const block = Buffer.alloc(MiB);
  const deflatedBlock = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(block, crc);
  return { compressed: Buffer.concat([...Array<Buffer>(mib).fill(deflatedBlock), deflateRawSync(Buffer.alloc(0))]), size: mib * MiB, crc };
}

/** Hand-encoded GBK (as Chinese Windows writes names): 审 计 报 告 乗 (乗's second byte is 0x5C, a backslash in ASCII). */
const GBK = { 审: [0xc9, 0xf3], 计: [0xbc, 0xc6], 报: [0xb1, 0xa8], 告: [0xb8, 0xe6], 乗: [0x81, 0x5c] } as const;
const gbkName = (...parts: Array<keyof typeof GBK | string>): Buffer =>
  Buffer.concat(parts.map((part) => (part in GBK ? Buffer.from(GBK[part as keyof typeof GBK]) : Buffer.from(part, 'latin1'))));

const exe = (): Buffer => Buffer.concat([Buffer.from('MZ\x90\x00'), fixture.randomish(2048)]);
const appleDouble = (): Buffer => Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]), Buffer.from('Mac OS X        '), Buffer.alloc(64)]);
const dsStore = (): Buffer => Buffer.concat([Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]), Buffer.alloc(64)]);

const check = (zip: Buffer, limits?: ZipLimits) => checkZipArchive(bufferSource(zip), limits);

/** The FileError `promise` rejects with (failing the test if it resolves or throws anything else). */
async function refusal(promise: Promise<unknown>): Promise<FileError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FileError);
  return error as FileError;
}

describe('checkZipArchive: accepted archives', () => {
  it('lists files and folders with Chinese names from UTF-8-flagged entries', async () => {
    const report = fixture.pdf();
    const zip = zipOf([
      { name: '审计报告/' },
      { name: '审计报告/2025年度审计报告（最终版）#1.pdf', data: report },
      { name: '营业执照.PNG', data: fixture.png(), method: 0 },
      { name: '照片/厂房.jpg', data: fixture.jpeg() },
      { name: '照片/车间.jpeg', data: fixture.jpeg() },
      { name: '动图.gif', data: fixture.gif() },
      { name: '证书.webp', data: fixture.webp() },
      { name: '财务/利润表.xlsx', data: fixture.xlsx() },
      { name: '说明.docx', data: fixture.docx() },
      { name: '旧版/申请书.doc', data: fixture.doc() },
      { name: '旧版/资产负债表.xls', data: fixture.xls() },
    ]);
    await expect(check(zip)).resolves.toEqual([
      { name: '审计报告/', size: 0, directory: true },
      { name: '审计报告/2025年度审计报告（最终版）#1.pdf', size: report.length, directory: false },
      { name: '营业执照.PNG', size: fixture.png().length, directory: false },
      { name: '照片/厂房.jpg', size: fixture.jpeg().length, directory: false },
      { name: '照片/车间.jpeg', size: fixture.jpeg().length, directory: false },
      { name: '动图.gif', size: fixture.gif().length, directory: false },
      { name: '证书.webp', size: fixture.webp().length, directory: false },
      { name: '财务/利润表.xlsx', size: fixture.xlsx().length, directory: false },
      { name: '说明.docx', size: fixture.docx().length, directory: false },
      { name: '旧版/申请书.doc', size: fixture.doc().length, directory: false },
      { name: '旧版/资产负债表.xls', size: fixture.xls().length, directory: false },
    ]);
  });

  it('decodes names without the UTF-8 flag as GBK (Chinese Windows), with \\ as a folder separator', async () => {
    const zip = zipOf([
      { name: gbkName('审', '计', '报', '告', '/') },
      { name: gbkName('审', '计', '报', '告', '/2025', '审', '计', '.pdf'), data: fixture.pdf() },
      { name: gbkName('审', '计', '\\', '报', '告', '.pdf'), data: fixture.pdf() },
      // 乗 ends in 0x5C: decoded first, it is a character, not a separator.
      { name: gbkName('乗', '.pdf'), data: fixture.pdf() },
    ]);
    expect((await check(zip)).map((entry) => entry.name)).toEqual(['审计报告/', '审计报告/2025审计.pdf', '审计/报告.pdf', '乗.pdf']);
  });

  it('decodes names without the flag as UTF-8 when they are valid UTF-8, and prefers an Info-ZIP Unicode Path field', async () => {
    const raw = Buffer.from('?.pdf'); // what some archivers write when the name does not fit the code page
    const unicodePath = Buffer.concat([Buffer.from([1]), u32(crc32(raw)), Buffer.from('营业执照.pdf')]);
    const zip = zipOf([
      { name: Buffer.from('审计报告.pdf', 'utf8'), data: fixture.pdf() },
      { name: raw, data: fixture.pdf(), extra: Buffer.concat([u16(0x7075), u16(unicodePath.length), unicodePath]) },
    ]);
    expect((await check(zip)).map((entry) => entry.name)).toEqual(['审计报告.pdf', '营业执照.pdf']);
  });

  it('lets macOS Finder metadata through when it is what it claims, and leaves it out of the list', async () => {
    const zip = zipOf([
      { name: '审计报告/' },
      { name: '审计报告/年报.pdf', data: fixture.pdf() },
      { name: '审计报告/.DS_Store', data: dsStore() },
      { name: '__MACOSX/' },
      { name: '__MACOSX/审计报告/' },
      { name: '__MACOSX/审计报告/._年报.pdf', data: appleDouble() },
    ]);
    expect((await check(zip)).map((entry) => entry.name)).toEqual(['审计报告/', '审计报告/年报.pdf', '__MACOSX/', '__MACOSX/审计报告/']);
  });

  it('accepts what stays within the limits', async () => {
    expect(DEFAULT_ZIP_LIMITS).toEqual({ maxEntries: 1000, maxTotalBytes: 500 * MiB, maxRatio: 100, ratioAppliesAbove: MiB });
    const thousand = zipOf(Array.from({ length: 1000 }, (_, i) => ({ name: `第${i}页.pdf`, data: fixture.pdf() })));
    await expect(check(thousand)).resolves.toHaveLength(1000);

    // A MiB of (almost) zeros compresses a thousandfold, but the ratio counts only above a MiB;
    // above it, a scan that compresses 60-odd to 1 is fine.
    const mostlyZeros = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MiB - 9)]);
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), fixture.randomish(32 * 1024), Buffer.alloc(2 * MiB)]);
    expect(mostlyZeros.length / deflateRawSync(mostlyZeros).length).toBeGreaterThan(500);
    expect(scan.length / deflateRawSync(scan).length).toBeGreaterThan(50);
    await expect(check(zipOf([{ name: '空白页.pdf', data: mostlyZeros }, { name: '扫描件.pdf', data: scan }]))).resolves.toHaveLength(2);
  });
});

describe('checkZipArchive: refusals', () => {
  it.each([
    ['../evil.pdf', '../evil.pdf'],
    ['审计报告/../../evil.pdf', '审计报告/../../evil.pdf'],
    ['..', '..'],
    ['/etc/cron.d/evil.pdf', '/etc/cron.d/evil.pdf'],
    ['\\Windows\\evil.pdf', '/Windows/evil.pdf'],
    ['..\\..\\evil.pdf', '../../evil.pdf'],
    ['C:/Windows/evil.pdf', 'C:/Windows/evil.pdf'],
    ['c:evil.pdf', 'c:evil.pdf'],
    ['evil.pdf\0.txt', 'evil.pdf\0.txt'],
  ])('refuses the unsafe path %j', async (name, reported) => {
    const error = await refusal(check(zipOf([{ name: 'ok.pdf', data: fixture.pdf() }, { name, data: fixture.pdf() }])));
    expect(error).toMatchObject({ code: 'ZIP_UNSAFE_PATH', details: { entry: reported } });
  });

  it('refuses a GBK-named entry that climbs out with ..', async () => {
    const error = await refusal(check(zipOf([{ name: gbkName('..\\', '审', '计', '.pdf'), data: fixture.pdf() }])));
    expect(error).toMatchObject({ code: 'ZIP_UNSAFE_PATH', details: { entry: '../审计.pdf' } });
  });

  it('refuses a symbolic link', async () => {
    const link = { name: '年报.pdf', data: '../../../etc/passwd', method: 0, madeBy: (3 << 8) | 20, externalAttributes: (0o120777 << 16) >>> 0 };
    expect(await refusal(check(zipOf([link])))).toMatchObject({ code: 'ZIP_UNSAFE_PATH', details: { entry: '年报.pdf' } });
  });

  it('refuses password-protected entries', async () => {
    const encrypted = zipOf([{ name: '审计报告/' }, { name: '审计报告/年报.pdf', data: fixture.pdf(), flags: 0x0001 }]);
    expect(await refusal(check(encrypted))).toMatchObject({ code: 'ZIP_ENCRYPTED', details: { entry: '审计报告/年报.pdf' } });
    const strong = zipOf([{ name: '年报.pdf', data: fixture.pdf(), flags: 0x0041 }]);
    expect(await refusal(check(strong))).toMatchObject({ code: 'ZIP_ENCRYPTED' });
  });

  it('refuses more entries than the limit, before reading any of them', async () => {
    const many = zipOf(Array.from({ length: 1001 }, (_, i) => ({ name: `第${i}页.pdf`, data: fixture.pdf() })));
    expect(await refusal(check(many))).toMatchObject({ code: 'ZIP_TOO_MANY_ENTRIES', details: { maxEntries: 1000 } });
    const folders = zipOf([{ name: 'a/' }, { name: 'a/b/' }, { name: 'a/b/c.pdf', data: fixture.pdf() }]);
    expect(await refusal(check(folders, { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 }))).toMatchObject({ code: 'ZIP_TOO_MANY_ENTRIES', details: { maxEntries: 2 } });
  });

  describe('decompression bombs', () => {
    const zeros = deflatedZeros(200);

    it('refuses an entry that declares a ratio over the limit, without decompressing it', async () => {
      const source = countingSource(zipOf([{ name: '年报.pdf', ...zeros }]));
      const error = await refusal(checkZipArchive(source));
      expect(error).toMatchObject({ code: 'ZIP_BOMB', details: { entry: '年报.pdf', maxBytes: 500 * MiB, maxRatio: 100 } });
      expect(source.bytesRead).toBeLessThan(100_000); // the end of the archive, not the 200 KB of data
    });

    it('refuses an entry that declares a small size but unpacks to 200 MB', async () => {
      const zip = zipOf([{ name: '审计报告/年报.pdf', compressed: zeros.compressed, size: 4096, crc: zeros.crc }]);
      expect(await refusal(check(zip))).toMatchObject({ code: 'ZIP_BOMB', details: { entry: '审计报告/年报.pdf', maxRatio: 100 } });
    });

    it('stops decompressing once the real ratio passes the limit', async () => {
      // 1 GiB in 1 MB: the limit (100 × 1 MB) is passed about a tenth of the way in.
      const gib = deflatedZeros(1024);
      const source = countingSource(zipOf([{ name: '年报.pdf', compressed: gib.compressed, size: 4096, crc: gib.crc }]));
      const started = Date.now();
      expect(await refusal(checkZipArchive(source))).toMatchObject({ code: 'ZIP_BOMB', details: { entry: '年报.pdf' } });
      expect(source.bytesRead).toBeLessThan(gib.compressed.length / 2);
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('refuses archives whose declared sizes add up to more than the total', async () => {
      const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: MiB };
      const zip = zipOf([
        { name: '第一部分.pdf', data: Buffer.concat([fixture.pdf(), fixture.randomish(600 * 1024)]) },
        { name: '第二部分.pdf', data: Buffer.concat([fixture.pdf(), fixture.randomish(600 * 1024)]) },
      ]);
      expect(await refusal(check(zip, limits))).toMatchObject({ code: 'ZIP_BOMB', details: { entry: '第二部分.pdf', maxBytes: MiB } });
    });

    it('counts the real bytes against the total when declared sizes are small', async () => {
      const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: MiB };
      const content = Buffer.concat([fixture.pdf(), fixture.randomish(2 * MiB)]); // barely compressible: no ratio to catch
      const zip = zipOf([
        { name: '小.pdf', data: fixture.pdf() },
        { name: '大.pdf', compressed: deflateRawSync(content), size: 1000, crc: crc32(content) },
      ]);
      expect(await refusal(check(zip, limits))).toMatchObject({ code: 'ZIP_BOMB', details: { entry: '大.pdf', maxBytes: MiB } });
    });
  });

  it.each([
    ['a nested ZIP', '资料.zip', fixture.plainZip()],
    ['a RAR', '资料.rar', Buffer.from('Rar!\x1a\x07\x00')],
    ['a 7z', '资料.7z', Buffer.from("7z\xbc\xaf'\x1c", 'latin1')],
    ['a gzip', '资料.tar.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00])],
    ['a program', 'setup.exe', exe()],
    ['a text file', '说明.txt', '说明'],
    ['PowerPoint', '汇报.pptx', fixture.xlsx()],
    ['a name without extension', '审计报告/年报', fixture.pdf()],
    ['an AppleDouble name outside __MACOSX', '._年报.pdf.exe', appleDouble()],
  ])('refuses %s', async (_what, name, data) => {
    const error = await refusal(check(zipOf([{ name: '年报.pdf', data: fixture.pdf() }, { name, data }])));
    expect(error).toMatchObject({ code: 'ZIP_UNSUPPORTED_ENTRY', details: { entry: name } });
  });

  it.each([
    ['a program renamed .pdf', '年报.pdf', exe()],
    ['HTML renamed .pdf', '年报.pdf', fixture.text()],
    ['a PNG named .jpg', '照片.jpg', fixture.png()],
    ['a PDF named .png', '执照.png', fixture.pdf()],
    ['a GIF named .webp', '证书.webp', fixture.gif()],
    ['a ZIP renamed .docx', '说明.docx', fixture.plainZip()],
    ['a workbook named .docx', '说明.docx', fixture.xlsx()],
    ['a Word document named .xlsx', '利润表.xlsx', fixture.docx()],
    ['a PDF named .doc', '申请书.doc', fixture.pdf()],
    ['a .docx named .xls', '资产负债表.xls', fixture.docx()],
    ['an empty file', '空.pdf', Buffer.alloc(0)],
    ['a __MACOSX entry that is not AppleDouble', '__MACOSX/._年报.pdf', exe()],
    ['a .DS_Store that is a program', '.DS_Store.pdf', exe()],
  ])('refuses %s', async (_what, name, data) => {
    const error = await refusal(check(zipOf([{ name: '年报0.pdf', data: fixture.pdf() }, { name, data }])));
    expect(error).toMatchObject({ code: 'ZIP_ENTRY_TYPE_MISMATCH', details: { entry: name } });
  });

  it('refuses a .DS_Store or __MACOSX entry that is neither metadata nor an accepted type', async () => {
    for (const name of ['.DS_Store', '__MACOSX/._setup.exe']) {
      const error = await refusal(check(zipOf([{ name: '年报.pdf', data: fixture.pdf() }, { name, data: exe() }])));
      expect(error).toMatchObject({ code: 'ZIP_UNSUPPORTED_ENTRY', details: { entry: name } });
    }
  });

  it.each([
    ['no entries', zipOf([])],
    ['folders only', zipOf([{ name: '审计报告/' }, { name: '审计报告/2025/' }])],
    ['macOS metadata only', zipOf([{ name: '.DS_Store', data: dsStore() }, { name: '__MACOSX/._年报.pdf', data: appleDouble() }])],
  ])('refuses an archive with %s as empty', async (_what, zip) => {
    expect(await refusal(check(zip))).toMatchObject({ code: 'ZIP_EMPTY' });
  });

  describe('damaged archives', () => {
    const good = () => zipOf([{ name: '年报.pdf', data: fixture.pdf() }]);

    it.each([
      ['not a ZIP', fixture.randomish(4096)],
      ['nothing at all', Buffer.alloc(0)],
      ['cut short', good().subarray(0, 60)],
      ['a central directory pointing past the end', (() => { const zip = good(); zip.writeUInt32LE(0xfffffff0, zip.length - 6); return zip; })()],
      ['a stored entry whose sizes disagree', zipOf([{ name: '年报.pdf', data: fixture.pdf(), method: 0, size: 10 }])],
    ])('refuses %s', async (_what, zip) => {
      expect(await refusal(check(zip))).toMatchObject({ code: 'ZIP_DAMAGED' });
    });

    it.each([
      ['corrupt deflate data', { compressed: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 10, crc: 0 }],
      ['a wrong checksum', { data: fixture.pdf(), crc: 0x12345678 }],
      ['a declared size larger than the content', { data: fixture.pdf(), size: fixture.pdf().length + 1 }],
      ['a declared size a little smaller than the content', { data: fixture.pdf(), size: fixture.pdf().length - 1 }],
      ['a compression method we cannot read (bzip2)', { data: fixture.pdf(), method: 12 }],
    ])('refuses an entry with %s, naming it', async (_what, entry) => {
      const zip = zipOf([{ name: '目录/' }, { name: '目录/年报.pdf', ...entry }]);
      expect(await refusal(check(zip))).toMatchObject({ code: 'ZIP_DAMAGED', details: { entry: '目录/年报.pdf' } });
    });

    it('refuses a folder entry that carries content', async () => {
      const zip = zipOf([{ name: '目录/', data: fixture.pdf() }, { name: '年报.pdf', data: fixture.pdf() }]);
      expect(await refusal(check(zip))).toMatchObject({ code: 'ZIP_DAMAGED', details: { entry: '目录/' } });
    });
  });

  it('passes a failure of the source on as it is, not as a damaged archive', async () => {
    const zip = zipOf([{ name: '年报.pdf', data: fixture.pdf() }]);
    const disk = new Error('EIO: i/o error, read');
    let reads = 0;
    const failing: ByteSource = { size: zip.length, read: async (position, length) => (++reads > 3 ? Promise.reject(disk) : zip.subarray(position, position + length)) };
    await expect(checkZipArchive(failing)).rejects.toBe(disk);
  });
});

describe('messages for ZIP refusals', () => {
  const message = (code: FileError['code'], details: FileError['details']) => httpFailure(new FileError(code, 'test', details));

  it('says which entry and what to do', () => {
    expect(message('ZIP_UNSAFE_PATH', { entry: '../evil.pdf' })).toEqual({
      status: 400,
      code: 'ZIP_UNSAFE_PATH',
      message: '压缩包中的“../evil.pdf”路径不安全（含 ..、绝对路径或符号链接）。请重新打包后上传。',
    });
    expect(message('ZIP_UNSUPPORTED_ENTRY', { entry: '资料.rar' })).toEqual({
      status: 415,
      code: 'ZIP_UNSUPPORTED_ENTRY',
      message: '压缩包中的“资料.rar”不是可接受的类型（只接受 PDF、Word、Excel、图片），也不能嵌套压缩包。请移除后重新打包。',
    });
    expect(message('ZIP_ENCRYPTED', { entry: '年报.pdf' }).message).toBe('压缩包中的“年报.pdf”设置了密码，系统无法检查其内容。请去掉密码后重新打包上传。');
    expect(message('ZIP_ENCRYPTED', {}).message).toBe('压缩包中的某个文件设置了密码，系统无法检查其内容。请去掉密码后重新打包上传。');
    expect(message('ZIP_BOMB', { entry: '年报.pdf', maxBytes: 500 * MiB, maxRatio: 100 }).message).toBe(
      '压缩包中的“年报.pdf”解压后过大或压缩比异常：解压后总大小不能超过 500 MB，单个文件的压缩比不能超过 100 倍。请只打包需要的材料，或分成几个压缩包上传。',
    );
    expect(message('ZIP_TOO_MANY_ENTRIES', { maxEntries: 1000 }).message).toBe('压缩包中的文件和文件夹超过 1000 个。请删去不需要的文件，或分成几个压缩包上传。');
    expect(message('ZIP_ENTRY_TYPE_MISMATCH', { entry: '年报.pdf' })).toMatchObject({ status: 415, message: expect.stringContaining('“年报.pdf”实际内容与扩展名不符') });
    expect(message('ZIP_EMPTY', {})).toMatchObject({ status: 400, message: '压缩包里没有文件。请放入佐证材料后重新打包上传。' });
    expect(message('ZIP_DAMAGED', {}).message).toBe('压缩包已损坏或使用了不支持的压缩方式，无法打开。请用常用压缩软件重新打包为 ZIP 格式后上传。');
    expect(message('ZIP_DAMAGED', { entry: '年报.pdf' }).message).toMatch(/^压缩包中的“年报\.pdf”已损坏/);
  });

  it('shortens a long entry name in the middle', () => {
    const long = `${'很长的目录名/'.repeat(30)}年报.pdf`;
    const { message: text } = message('ZIP_UNSUPPORTED_ENTRY', { entry: long });
    expect(text).toContain('…');
    expect(text).toContain('年报.pdf”');
    expect(text.length).toBeLessThan(200);
  });
});

/** A source that counts the bytes read from it. */
function countingSource(bytes: Buffer): ByteSource & { bytesRead: number } {
  const source = {
    size: bytes.length,
    bytesRead: 0,
    read: async (position: number, length: number) => {
      const slice = bytes.subarray(position, Math.min(bytes.length, position + length));
      source.bytesRead += slice.length;
      return slice;
    },
  };
  return source;
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
