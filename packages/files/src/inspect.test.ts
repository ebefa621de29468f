import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import * as fixture from './__tests__/fixtures';
import { useTempDir } from './__tests__/temp-dir';
import { inspectStoredFile } from './inspect';
import { LocalDiskFileStore } from './store/local-disk';

const dir = useTempDir();

describe('inspectStoredFile', () => {
  it.each([
    ['a PDF', fixture.pdf, 'application/pdf'],
    ['a Word document', fixture.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel 97-2003 workbook', fixture.xls, 'application/vnd.ms-excel'],
  ])('reports size, SHA-256 and the detected type of %s from the stored bytes', async (_name, make, contentType) => {
    const store = new LocalDiskFileStore(dir.path);
    const bytes = make();
    const id = randomUUID();
    await store.put(id, Readable.from([bytes]), { maxBytes: bytes.length });
    await expect(inspectStoredFile(store, id)).resolves.toEqual({
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentType,
    });
  });

  it('reports what is stored, whatever it is', async () => {
    const store = new LocalDiskFileStore(dir.path);
    const id = randomUUID();
    await store.put(id, Readable.from([fixture.text()]), { maxBytes: 1000 });
    await expect(inspectStoredFile(store, id)).resolves.toMatchObject({ contentType: 'application/octet-stream' });
  });

  it('answers null when nothing is stored under the id, or the id cannot exist', async () => {
    const store = new LocalDiskFileStore(dir.path);
    await expect(inspectStoredFile(store, randomUUID())).resolves.toBeNull();
    await expect(inspectStoredFile(store, '../secret')).resolves.toBeNull();
  });
});
