import * as fixture from '../__tests__/fixtures';
import { acceptContent } from './accept';
import { bufferSource } from './byte-source';
import { detectContentType } from './detect';

const detect = (bytes: Buffer) => detectContentType(bufferSource(bytes));

describe('detectContentType', () => {
  it.each([
    ['pdf', fixture.pdf, 'application/pdf'],
    ['png', fixture.png, 'image/png'],
    ['jpeg', fixture.jpeg, 'image/jpeg'],
    ['gif', fixture.gif, 'image/gif'],
    ['webp', fixture.webp, 'image/webp'],
    ['docx (word/ far from the start)', fixture.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', fixture.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['zip', fixture.plainZip, 'application/zip'],
    ['doc (with an embedded workbook)', fixture.doc, 'application/msword'],
    ['xls', fixture.xls, 'application/vnd.ms-excel'],
  ])('recognises %s', async (_name, make, type) => {
    expect(await detect(make())).toBe(type);
  });

  it.each([
    ['HTML named .pdf', fixture.text],
    ['an empty file', () => Buffer.alloc(0)],
    ['PowerPoint 97-2003', fixture.ppt],
    ['OLE2 whose only Workbook is nested in a storage', fixture.nestedWorkbookOnly],
    ['a ZIP cut short (no central directory)', () => fixture.xlsx().subarray(0, 200)],
    ['an OLE2 header alone', () => fixture.xls().subarray(0, 512)],
    ['random bytes', () => fixture.randomish(4096)],
  ])('does not accept %s as any type', async (_name, make) => {
    expect(await detect(make())).toBe('application/octet-stream');
  });

  it('finds the central directory behind an archive comment', async () => {
    const commented = fixture.zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }], { comment: 'PK\u0005\u0006 looks like an end record' });
    expect(await detect(commented)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('needs [Content_Types].xml, not just a word/ folder, to call a ZIP a Word document', async () => {
    expect(await detect(fixture.zip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toBe('application/zip');
  });
});

describe('acceptContent', () => {
  it('answers the detected type when it is accepted', async () => {
    await expect(acceptContent(bufferSource(fixture.png()), ['application/pdf', 'image/png'])).resolves.toBe('image/png');
  });

  it('refuses other types and says which were accepted', async () => {
    await expect(acceptContent(bufferSource(fixture.docx()), ['application/zip', 'application/pdf'])).rejects.toMatchObject({
      code: 'TYPE_NOT_ALLOWED',
      details: { accepted: ['application/zip', 'application/pdf'], detected: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
    await expect(acceptContent(bufferSource(fixture.text()), ['application/pdf'])).rejects.toMatchObject({ code: 'TYPE_NOT_ALLOWED' });
  });

  it('calls an empty file empty', async () => {
    await expect(acceptContent(bufferSource(Buffer.alloc(0)), ['application/pdf'])).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });
});
