import type { EntityManager } from '@mikro-orm/postgresql';
import { claimUploads, issueUpload, userError, type AttachedFile, type HttpExchange, type IssueUploadResult, type UserError } from '@zjtx/subgraph-kit';
import type { FileContentType } from '@zjtx/files';
import type { IdentityServices } from '../services';

/** What each purpose accepts. Identity only takes documents for manual verification (人工核验). */
export const UPLOAD_RULES = {
  MANUAL_VERIFICATION: {
    maxBytes: 10 * 1024 * 1024,
    contentTypes: ['application/pdf', 'image/jpeg', 'image/png'] as FileContentType[],
  },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_RULES;
export type { AttachedFile };

/** Issues a signed upload link (anyone may ask: manual verification is for people who cannot sign in), limited per address. */
export async function createUpload(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { purpose: UploadPurpose; fileName: string; contentType: string; size: number },
): Promise<IssueUploadResult> {
  const limit = await services.limits.uploadIssued(http.clientIp);
  if (limit.blocked) return { ok: false, userErrors: [userError('TOO_MANY_UPLOADS', { zh: '上传过于频繁，请稍后再试。', en: 'Too many uploads; try again later.' })] };
  return issueUpload(em, services.files.links, UPLOAD_RULES[input.purpose], { ...input, clientIp: http.clientIp });
}

/** Claims uploaded documents for a manual-verification request. */
export function attachUploads(
  em: EntityManager,
  services: IdentityServices,
  purpose: UploadPurpose,
  fileIds: readonly string[],
  field: string,
): Promise<{ ok: true; files: AttachedFile[] } | { ok: false; userErrors: UserError[] }> {
  return claimUploads(em, services.files.store, purpose, UPLOAD_RULES[purpose], fileIds, [field]);
}
