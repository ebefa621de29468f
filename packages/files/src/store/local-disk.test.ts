import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describeFileStore } from '../__tests__/file-store-suite';
import { filesUnder, useTempDir } from '../__tests__/temp-dir';
import { LocalDiskFileStore } from './local-disk';

const dir = useTempDir();

// A store of its own per test, so each test sees only its own files; its directory appears with the first upload.
describeFileStore('LocalDiskFileStore', () => {
  const store = new LocalDiskFileStore(join(dir.path, randomUUID()));
  return { store, entries: () => filesUnder(store.dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error))) };
});
