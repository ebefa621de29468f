import { graphql } from '@zjtx/test-kit';

/** A small valid PDF (header, one empty page, trailer), enough for content detection. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const CREATE_UPLOAD = `mutation ($input: CreateEvidenceUploadInput!) { createEvidenceUpload(input: $input) { upload { fileId uploadUrl resumableEndpoint uploadToken maxBytes } userErrors { field code message } } }`;
const ATTACH = `mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { id item fileName scanStatus file { fileName downloadUrl } archiveEntries } userErrors { field code message } } }`;

/** Asks for an upload link as the portal does; the payload as answered. */
export async function createEvidenceUpload(url: string, token: string, input: { declarationId: string; item: string; fileName: string; contentType: string; size: number }) {
  return (await graphql(url, CREATE_UPLOAD, { token, variables: { input } })).data?.createEvidenceUpload;
}

/** Links, uploads (one PUT) and attaches an evidence file; the attach payload as answered. */
export async function attachEvidenceFile(url: string, token: string, declarationId: string, item: string, file: { fileName: string; bytes: Buffer; contentType?: string } = { fileName: '审计报告.pdf', bytes: SMALL_PDF }) {
  const created = await createEvidenceUpload(url, token, { declarationId, item, fileName: file.fileName, contentType: file.contentType ?? 'application/pdf', size: file.bytes.length });
  if (!created?.upload) throw new TypeError(`no upload link: ${JSON.stringify(created?.userErrors)}`);
  const put = await fetch(new URL(created.upload.uploadUrl, url), { method: 'PUT', body: file.bytes });
  if (put.status !== 201) throw new TypeError(`upload refused: ${put.status} ${await put.text()}`);
  return (await graphql(url, ATTACH, { token, variables: { input: { declarationId, item, fileId: created.upload.fileId } } })).data?.attachEvidence;
}
