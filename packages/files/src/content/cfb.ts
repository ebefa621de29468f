import type { ByteSource } from './byte-source';
import type { DetectedContentType } from './types';

// Compound File Binary (MS-CFB), the OLE2 container of Word 97-2003 and Excel 97-2003 files.
const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
const NO_ENTRY = 0xffffffff;
/** Sector ids from here up are markers (end of chain, free, FAT, DIFAT), not sectors. */
const MAX_SECTOR_ID = 0xfffffffa;
/** Bounds every walk, so a crafted file with a cyclic chain cannot keep us reading. */
const MAX_STEPS = 10_000;

/**
 * Word or Excel by the streams at the top of the container: a Word document has a
 * `WordDocument` stream, a workbook a `Workbook` (Excel 97+) or `Book` (Excel 5) stream.
 * Only top-level entries count: a Word document that embeds a spreadsheet has a `Workbook`
 * stream too, inside its `ObjectPool` storage. Returns null for other OLE2 files (PowerPoint,
 * Outlook messages, installers) and for damaged ones.
 */
export async function classifyCfb(source: ByteSource): Promise<DetectedContentType | null> {
  const names = await topLevelNames(source).catch(() => null);
  if (!names) return null;
  if (names.has('WordDocument')) return 'application/msword';
  if (names.has('Workbook') || names.has('Book')) return 'application/vnd.ms-excel';
  return null;
}

async function topLevelNames(source: ByteSource): Promise<Set<string> | null> {
  const header = await source.read(0, HEADER_SIZE);
  if (header.length < HEADER_SIZE) return null;
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const idsPerSector = sectorSize / 4;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;

  const readSector = async (sector: number): Promise<Buffer> => {
    const bytes = await source.read(offsetOf(sector), sectorSize);
    if (bytes.length < sectorSize) throw new RangeError(`sector ${sector} is past the end`);
    return bytes;
  };
  // The FAT's own sectors are listed by the DIFAT: 109 ids in the header, then a chain of DIFAT sectors.
  const fatSectorId = async (index: number): Promise<number> => {
    if (index < HEADER_DIFAT_ENTRIES) return header.readUInt32LE(0x4c + index * 4);
    let difatSector = header.readUInt32LE(0x44);
    let rest = index - HEADER_DIFAT_ENTRIES;
    for (let step = 0; step < MAX_STEPS; step++) {
      if (difatSector >= MAX_SECTOR_ID) break;
      const bytes = await readSector(difatSector);
      if (rest < idsPerSector - 1) return bytes.readUInt32LE(rest * 4);
      rest -= idsPerSector - 1;
      difatSector = bytes.readUInt32LE((idsPerSector - 1) * 4);
    }
    throw new RangeError(`FAT sector ${index} is not listed`);
  };
  const fatCache = new Map<number, Buffer>();
  const nextSector = async (sector: number): Promise<number> => {
    const index = Math.floor(sector / idsPerSector);
    let fat = fatCache.get(index);
    if (!fat) fatCache.set(index, (fat = await readSector(await fatSectorId(index))));
    return fat.readUInt32LE((sector % idsPerSector) * 4);
  };

  // The directory is a chain of sectors of 128-byte entries; entry 0 is the root storage.
  const directory: Buffer[] = [];
  let sector = header.readUInt32LE(0x30);
  for (let step = 0; sector < MAX_SECTOR_ID; step++) {
    if (step >= MAX_STEPS) return null;
    directory.push(await readSector(sector));
    sector = await nextSector(sector);
  }
  const entries = Buffer.concat(directory);
  const entryCount = Math.floor(entries.length / DIRECTORY_ENTRY_SIZE);
  if (entryCount === 0) return null;

  // The root's children form a tree through their left and right sibling links.
  const names = new Set<string>();
  const seen = new Set<number>();
  const pending = [entries.readUInt32LE(0x4c)];
  while (pending.length) {
    const id = pending.pop()!;
    if (id === NO_ENTRY || id >= entryCount || seen.has(id)) continue;
    seen.add(id);
    const entry = entries.subarray(id * DIRECTORY_ENTRY_SIZE, (id + 1) * DIRECTORY_ENTRY_SIZE);
    const nameBytes = Math.min(64, entry.readUInt16LE(0x40));
    names.add(entry.toString('utf16le', 0, Math.max(0, nameBytes - 2)));
    pending.push(entry.readUInt32LE(0x44), entry.readUInt32LE(0x48));
  }
  return names;
}
