import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { FILE_CONTENT_TYPES, type FileContentType, type UploadGrant } from '@zjtx/files';
import { claimUploads, isUuid, issueUpload, recordEvent, userError, type Caller, type UploadRules, type UserError } from '@zjtx/subgraph-kit';
import { declarationsConfig } from '../config';
import { DeclarationEntity, isEditable } from '../declaration/declaration.entity';
import { EvidenceEntity, ScanStatus } from './evidence.entity';
import { EVIDENCE_ITEM_KEYS } from './evidence-items';
import { archiveEntryNames } from './archive-entries';

export const EVIDENCE_PURPOSE = 'declaration-evidence';
/** PDF, Word, Excel, images and zip, up to 50 MB; links last 6 hours so that large files can resume. */
export const EVIDENCE_RULES: UploadRules = { maxBytes: 50 * 1024 * 1024, contentTypes: Object.keys(FILE_CONTENT_TYPES) as FileContentType[], ttlSeconds: 6 * 60 * 60 };
export const MAX_FILES_PER_ITEM = 20;

type Failure = { ok: false; userErrors: UserError[] };
const notFound = (): Failure => ({ ok: false, userErrors: [userError('NOT_FOUND', { zh: '未找到本企业的这份申报。', en: 'No such declaration of your enterprise.' }, ['input', 'declarationId'])] });
const notEditable = (): Failure => ({ ok: false, userErrors: [userError('NOT_EDITABLE', { zh: '申报已提交，佐证材料不能再修改；被退回后可修改。', en: 'A submitted declaration\'s evidence cannot change; once returned it can.' })] });
const unknownItem = (): Failure => ({ ok: false, userErrors: [userError('UNKNOWN_EVIDENCE_ITEM', { zh: '没有这一项佐证材料。', en: 'No such evidence item.' }, ['input', 'item'])] });

/** The caller's own declaration, locked for the change when `lock` (attach and remove). */
async function ownEditable(em: EntityManager, caller: Caller, declarationId: string, lock: boolean): Promise<{ ok: true; declaration: DeclarationEntity } | Failure> {
  if (caller.kind !== 'account' || !caller.enterpriseId || !isUuid(declarationId)) return notFound();
  const declaration = await em.findOne(DeclarationEntity, { id: declarationId, enterpriseId: caller.enterpriseId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!declaration) return notFound();
  if (!isEditable(declaration.status)) return notEditable();
  return { ok: true, declaration };
}

/** A signed upload link for one evidence file of the caller's editable declaration. */
export async function createEvidenceUpload(
  em: EntityManager,
  caller: Caller,
  input: { declarationId: string; item: string; fileName: string; contentType: string; size: number },
  clientIp: string | null,
): Promise<{ ok: true; grant: UploadGrant } | Failure> {
  const owned = await ownEditable(em, caller, input.declarationId, false);
  if (!owned.ok) return owned;
  if (!EVIDENCE_ITEM_KEYS.has(input.item)) return unknownItem();
  return issueUpload(em, declarationsConfig().files.links, EVIDENCE_RULES, { purpose: EVIDENCE_PURPOSE, fileName: input.fileName, contentType: input.contentType, size: input.size, clientIp });
}

/**
 * Attaches an uploaded file to an item of the caller's editable declaration: it must have been
 * issued for evidence, be stored and be of an accepted type (checked again from the bytes). With
 * a virus scanner it waits as PENDING until scanned; without one it is NOT_SCANNED, visibly.
 */
export async function attachEvidence(em: EntityManager, caller: Caller, input: { declarationId: string; item: string; fileId: string }, now = new Date()): Promise<{ ok: true; declaration: DeclarationEntity; evidence: EvidenceEntity } | Failure> {
  if (!EVIDENCE_ITEM_KEYS.has(input.item)) return unknownItem();
  const { files, scanner } = declarationsConfig();
  return em.transactional(async (tx) => {
    const owned = await ownEditable(tx, caller, input.declarationId, true);
    if (!owned.ok) return owned;
    if ((await tx.count(EvidenceEntity, { declarationId: input.declarationId, item: input.item })) >= MAX_FILES_PER_ITEM) {
      return { ok: false as const, userErrors: [userError('TOO_MANY_FILES', { zh: `每项佐证材料最多 ${MAX_FILES_PER_ITEM} 个文件，请合并后再上传。`, en: `At most ${MAX_FILES_PER_ITEM} files per item; combine them.` }, ['input', 'fileId'])] };
    }
    const claimed = await claimUploads(tx, files.store, EVIDENCE_PURPOSE, EVIDENCE_RULES, [input.fileId], ['input', 'fileId']);
    if (!claimed.ok) return { ok: false as const, userErrors: claimed.userErrors.map((e) => ({ ...e, field: ['input', 'fileId'] })) };
    const [file] = claimed.files;
    const evidence = tx.create(EvidenceEntity, {
      declarationId: input.declarationId,
      item: input.item,
      fileId: file!.fileId,
      fileName: file!.fileName,
      contentType: file!.contentType,
      size: file!.size,
      sha256: file!.sha256,
      scanStatus: scanner ? ScanStatus.PENDING : ScanStatus.NOT_SCANNED,
      archiveEntries: file!.contentType === 'application/zip' ? await archiveEntryNames(files.store, file!.fileId, file!.size) : null,
      attachedAt: now,
    });
    if (scanner) recordEvent(tx, 'declarations.evidence-attached', { evidenceId: evidence.id, declarationId: input.declarationId, fileId: file!.fileId });
    await tx.flush();
    return { ok: true as const, declaration: owned.declaration, evidence };
  });
}

/** Removes an evidence file from the caller's editable declaration (versions already submitted keep it). */
export async function removeEvidence(em: EntityManager, caller: Caller, input: { declarationId: string; evidenceId: string }): Promise<{ ok: true; declaration: DeclarationEntity } | Failure> {
  return em.transactional(async (tx) => {
    const owned = await ownEditable(tx, caller, input.declarationId, true);
    if (!owned.ok) return owned;
    const evidence = isUuid(input.evidenceId) ? await tx.findOne(EvidenceEntity, { id: input.evidenceId, declarationId: input.declarationId }) : null;
    if (!evidence) return { ok: false as const, userErrors: [userError('NOT_FOUND', { zh: '这份佐证材料已不存在。', en: 'No such evidence file.' }, ['input', 'evidenceId'])] };
    tx.remove(evidence);
    await tx.flush();
    return { ok: true as const, declaration: owned.declaration };
  });
}
