import type { EntityManager } from '@mikro-orm/postgresql';
import { describeContentTypes, inspectStoredFile, isFileContentType, type FileContentType, type FileLinks, type FileStore, type UploadGrant } from '@zjtx/files';
import { userError, type UserError } from '../graphql/user-error';
import { isUuid } from '../ids';
import { UploadEntity } from './upload.entity';

/** What one upload purpose accepts. */
export interface UploadRules {
  maxBytes: number;
  contentTypes: readonly FileContentType[];
  /** How long the link may be used (default 15 minutes); longer where large files resume. */
  ttlSeconds?: number;
}

export type IssueUploadResult = { ok: true; grant: UploadGrant } | { ok: false; userErrors: UserError[] };

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Checks what the client says it will send against the purpose's rules, then issues a signed
 * upload link and records its file id (the gateway checks the bytes as they arrive).
 */
export async function issueUpload(
  em: EntityManager,
  links: FileLinks,
  rules: UploadRules,
  input: { purpose: string; fileName: string; contentType: string; size: number; clientIp?: string | null },
): Promise<IssueUploadResult> {
  const accepted = describeContentTypes([...rules.contentTypes]);
  const errors: UserError[] = [];
  if (!input.fileName.trim()) errors.push(userError('REQUIRED', { zh: '文件名不能为空。', en: 'The file needs a name.' }, ['fileName']));
  if (!isFileContentType(input.contentType) || !rules.contentTypes.includes(input.contentType)) {
    errors.push(userError('UNSUPPORTED_FILE_TYPE', { zh: `只接受 ${accepted} 文件，请转换格式后再上传。`, en: `Only ${accepted} files are accepted; convert the file and upload again.` }, ['contentType']));
  }
  if (!Number.isInteger(input.size) || input.size <= 0 || input.size > rules.maxBytes) {
    errors.push(userError('FILE_TOO_LARGE', { zh: `单个文件不能超过 ${megabytes(rules.maxBytes)}，请压缩或拆分后再上传。`, en: `A file may have at most ${megabytes(rules.maxBytes)}; compress or split it.` }, ['size']));
  }
  if (errors.length > 0) return { ok: false, userErrors: errors };
  const grant = await links.createUploadGrant({ purpose: input.purpose, fileName: input.fileName, maxBytes: rules.maxBytes, contentTypes: [...rules.contentTypes], ttlSeconds: rules.ttlSeconds });
  em.persist(em.create(UploadEntity, { fileId: grant.fileId, purpose: input.purpose, fileName: grant.fileName, clientIp: input.clientIp ?? null, createdAt: new Date() }));
  await em.flush();
  return { ok: true, grant };
}

export interface AttachedFile {
  fileId: string;
  fileName: string;
  contentType: FileContentType;
  size: number;
  sha256: string;
}

/**
 * Claims uploaded files for a record: each id must have been issued by this subgraph for this
 * purpose, be stored, be of an accepted type, and not be attached elsewhere already. Marks them
 * attached in the caller's unit of work (flushed with the record).
 */
export async function claimUploads(
  em: EntityManager,
  store: FileStore,
  purpose: string,
  rules: UploadRules,
  fileIds: readonly string[],
  field: string[],
): Promise<{ ok: true; files: AttachedFile[] } | { ok: false; userErrors: UserError[] }> {
  // Ids that are not UUIDs were never issued: they are simply not found (and would make PostgreSQL refuse the query).
  const uploads = await em.find(UploadEntity, { fileId: { $in: [...new Set(fileIds.filter(isUuid))] }, purpose, attachedAt: null });
  const byId = new Map(uploads.map((u) => [u.fileId, u]));
  const files: AttachedFile[] = [];
  for (const [index, fileId] of fileIds.entries()) {
    const upload = byId.get(fileId);
    const stored = upload ? await inspectStoredFile(store, fileId) : null;
    if (!upload || !stored || !isFileContentType(stored.contentType) || !rules.contentTypes.includes(stored.contentType)) {
      return { ok: false, userErrors: [userError('FILE_NOT_UPLOADED', { zh: `第 ${index + 1} 个文件没有上传成功或已被使用，请重新上传。`, en: `File ${index + 1} was not uploaded or is already used; upload it again.` }, [...field, String(index)])] };
    }
    files.push({ fileId, fileName: upload.fileName, contentType: stored.contentType, size: stored.size, sha256: stored.sha256 });
    upload.attachedAt = new Date();
  }
  return { ok: true, files };
}
