import { checkZipArchive, storedSource, type FileStore } from '@zjtx/files';

/** The file names in a stored zip archive (checked when it was uploaded), folders left out. */
export async function archiveEntryNames(store: FileStore, fileId: string, size: number): Promise<string[]> {
  return (await checkZipArchive(storedSource(store, fileId, size))).filter((entry) => !entry.directory).map((entry) => entry.name);
}
