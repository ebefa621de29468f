import type { EntityManager } from '@mikro-orm/postgresql';
import { describeContentTypes, inspectStoredFile, isFileContentType, type FileContentType, type UploadGrant } from '@zjtx/files';
import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import type { IdentityServices } from '../services';
import { UploadEntity } from './upload.entity';

/** What each purpose accepts. Identity only takes documents for manual verification (人工核验). */
export const UPLOAD_RULES = {
  MANUAL_VERIFICATION: {
    maxBytes: 10 * 1024 * 1024,
    contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] as FileContentType[],
  },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_RULES;

export type CreateUploadResult = { ok: true; grant: UploadGrant } | { ok: false; userErrors: UserError[] };

/** Issues a signed upload link after checking what the client says it will send (the gateway checks the bytes). */
export async function createUpload(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { purpose: UploadPurpose; fileName: string; contentType: string; size: number },
): Promise<CreateUploadResult> {
  const rules = UPLOAD_RULES[input.purpose];
  const accepted = describeContentTypes(rules.contentTypes);
  const errors: UserError[] = [];
  if (!input.fileName.trim()) errors.push(userError('REQUIRED', { zh: '文件名不能为空。', en: 'The file needs a name.' }, ['fileName']));
  if (!isFileContentType(input.contentType) || !rules.contentTypes.includes(input.contentType)) {
    errors.push(userError('UNSUPPORTED_FILE_TYPE', { zh: `只接受 ${accepted} 文件，请转换格式后再上传。`, en: `Only ${accepted} files are accepted; convert the file and upload again.` }, ['contentType']));
  }
  if (!Number.isInteger(input.size) || input.size <= 0 || input.size > rules.maxBytes) {
    errors.push(userError('FILE_TOO_LARGE', {
          zh: `单个文件不能超过 ${rules.maxBytes / 1024 / 1024} MB，请压缩或拆分后再上传。`,
          en: `A file may have at most ${rules.maxBytes / 1024 / 1024} MB; compress or split it.`,
        }, ['size']));
  }
  if (errors.length > 0) return { ok: false, userErrors: errors };
  const limit = await services.limits.uploadIssued(http.clientIp);
  if (limit.blocked) return { ok: false, userErrors: [userError('TOO_MANY_UPLOADS', { zh: '上传过于频繁，请稍后再试。', en: 'Too many uploads; try again later.' })] };

  const grant = await services.files.links.createUploadGrant({ purpose: input.purpose, fileName: input.fileName, maxBytes: rules.maxBytes, contentTypes: rules.contentTypes });
  em.persist(em.create(UploadEntity, { fileId: grant.fileId, purpose: input.purpose, fileName: grant.fileName, clientIp: http.clientIp, createdAt: new Date() }));
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
 * Claims uploaded files for a record: each id must have been issued by identity for this
 * purpose, be stored, be of an accepted type, and not be attached elsewhere already.
 */
export async function attachUploads(
  em: EntityManager,
  services: IdentityServices,
  purpose: UploadPurpose,
  fileIds: readonly string[],
  field: string,
): Promise<{ ok: true; files: AttachedFile[] } | { ok: false; userErrors: UserError[] }> {
  const uploads = await em.find(UploadEntity, { fileId: { $in: [...new Set(fileIds)] }, purpose, attachedAt: null });
  const byId = new Map(uploads.map((u) => [u.fileId, u]));
  const files: AttachedFile[] = [];
  for (const [index, fileId] of fileIds.entries()) {
    const upload = byId.get(fileId);
    const stored = upload ? await inspectStoredFile(services.files.store, fileId) : null;
    if (!upload || !stored || !isFileContentType(stored.contentType) || !UPLOAD_RULES[purpose].contentTypes.includes(stored.contentType)) {
      return { ok: false, userErrors: [userError('FILE_NOT_UPLOADED', { zh: `第 ${index + 1} 个文件没有上传成功或已被使用，请重新上传。`, en: `File ${index + 1} was not uploaded or is already used; upload it again.` }, [field, String(index)])] };
    }
    files.push({ fileId, fileName: upload.fileName, contentType: stored.contentType, size: stored.size, sha256: stored.sha256 });
    upload.attachedAt = new Date();
  }
  return { ok: true, files };
}
