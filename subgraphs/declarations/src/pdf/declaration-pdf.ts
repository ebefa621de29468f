import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { beijingToday, tierName } from '@zjtx/domain';
import { FileError, FileErrorCode, type FileStore } from '@zjtx/files';
import { EnterpriseDirectoryEntity, type AttachedFile } from '@zjtx/subgraph-kit';
import type { DeclarationVersionEntity } from '../declaration/declaration-version.entity';
import { isEditable, type DeclarationEntity } from '../declaration/declaration.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { EVIDENCE_ITEMS } from '../evidence/evidence-items';
import { previewDeclaration } from '../eligibility/preview';
import { ruleVersionOfDeclaration } from '../rules/rulesets';
import { DeclarationWindowEntity } from '../window/window.entity';
import type { DeclarationPdfModel } from './pdf-model';
import { renderDeclarationPdf } from './render';

/** The same content always gives the same id: a PDF is generated once and then served from the store. */
function contentId(model: DeclarationPdfModel): string {
  // The day it was generated is printed but does not make it another document.
  const hex = createHash('sha256').update(JSON.stringify({ ...model, generatedOn: null })).digest('hex');
  // Shaped as a version-4-like UUID, the store's id format.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `frozen`: print that submitted version instead of the working copy (see shownVersion). */
async function modelOf(em: EntityManager, declaration: DeclarationEntity, frozen: DeclarationVersionEntity | null): Promise<DeclarationPdfModel> {
  const data = (frozen ?? declaration).data;
  const [enterprise, window, evidence, judged] = await Promise.all([
    em.findOne(EnterpriseDirectoryEntity, { enterpriseId: declaration.enterpriseId }),
    declaration.windowId ? em.findOne(DeclarationWindowEntity, { id: declaration.windowId }) : null,
    frozen ? frozen.evidence : em.find(EvidenceEntity, { declarationId: declaration.id }, { orderBy: { attachedAt: 'asc', id: 'asc' } }),
    previewDeclaration(em, declaration.enterpriseId, declaration.tier, ruleVersionOfDeclaration(declaration), data),
  ]);
  const labels = new Map(EVIDENCE_ITEMS.map((item) => [item.key, item.label]));
  return {
    declarationId: declaration.id,
    tier: declaration.tier,
    status: declaration.status,
    version: declaration.version,
    submittedVersion: frozen ? frozen.number : isEditable(declaration.status) ? null : declaration.submittedVersions,
    enterprise: { name: enterprise?.name ?? '', uscc: enterprise?.uscc ?? '', regionCode: enterprise?.regionCode ?? '' },
    windowName: window?.name ?? null,
    ruleSet: { name: judged.ruleSet.name, source: judged.ruleSet.source },
    form: judged.form.map(({ key, title, fields }) => ({ key, title, fields: fields.map(({ path, label, kind, options }) => ({ path, label, kind, options })) })),
    data: data as Record<string, unknown>,
    computed: judged.computedFields.map(({ label, formula, unit, value }) => ({ label, formula, unit, value })),
    conditions: judged.conditions.map(({ text, status }) => ({ text, status })),
    score: judged.score ? { total: judged.score.total, passScore: judged.score.passScore } : null,
    evidence: evidence.map((e) => ({ label: labels.get(e.item) ?? e.item, fileName: e.fileName })),
    digitalLevel: judged.facts.digitalLevel,
    generatedOn: beijingToday(),
  };
}

/**
 * The declaration as a PDF in the file store, generated on first request for what it holds now
 * and kept: asking again for the same content serves the stored file.
 */
export async function declarationPdf(em: EntityManager, store: FileStore, declaration: DeclarationEntity, frozen: DeclarationVersionEntity | null = null): Promise<AttachedFile> {
  const model = await modelOf(em, declaration, frozen);
  const fileId = contentId(model);
  const fileName = `${model.enterprise.name || '企业'}-${tierName(declaration.tier)}申报-${model.submittedVersion ? `第${model.submittedVersion}版` : '暂存稿'}.pdf`;
  let stat = await store.stat(fileId);
  if (!stat) {
    const bytes = await renderDeclarationPdf(model);
    try {
      await store.put(fileId, Readable.from([bytes]), { maxBytes: bytes.length });
    } catch (error) {
      // Generated at the same moment by another request: the same content, already stored.
      if (!(error instanceof FileError && error.code === FileErrorCode.ALREADY_UPLOADED)) throw error;
    }
    stat = { size: bytes.length };
  }
  return { fileId, fileName, contentType: 'application/pdf', size: stat.size, sha256: '' };
}
