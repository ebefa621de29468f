import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { EnterpriseDirectoryEntity, isUuid, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { parseDeclarationData } from '../rules/data-problems';
import { DeclarationWindowEntity } from '../window/window.entity';
import { windowCovers } from '../window/window.service';
import { recordHistory } from '../history/history';
import { DeclarationAction } from '../history/history.entity';
import { DeclarationEntity, DeclarationStatus, isEditable } from './declaration.entity';

export type DraftResult = { ok: true; declaration: DeclarationEntity; problems: UserError[]; created?: boolean } | { ok: false; userErrors: UserError[]; current?: DeclarationEntity };

const own = (caller: Caller, enterpriseId: string) => caller.kind === 'account' && caller.enterpriseId === enterpriseId && isUuid(enterpriseId);

/**
 * Starts the caller's declaration in an open window of its region (the window fixes tier and
 * rule version). One per enterprise and window: asking again returns it (a double click or a
 * second tab makes no second draft).
 */
export async function createDeclaration(em: EntityManager, caller: Caller, input: { enterpriseId: string; windowId: string }, now = new Date()): Promise<DraftResult> {
  if (!own(caller, input.enterpriseId)) return { ok: false, userErrors: [userError('NOT_FOUND', { zh: '只能为本企业申报。', en: 'You can only declare for your own enterprise.' }, ['input', 'enterpriseId'])] };
  const window = isUuid(input.windowId) ? await em.findOne(DeclarationWindowEntity, { id: input.windowId }) : null;
  const enterprise = await em.findOne(EnterpriseDirectoryEntity, { enterpriseId: input.enterpriseId });
  if (!window || !enterprise || !windowCovers(window, enterprise.regionCode)) {
    return { ok: false, userErrors: [userError('WINDOW_NOT_AVAILABLE', { zh: '该申报批次不面向贵企业注册地，请选择注册地所在地区的批次。', en: 'This window is not for the region your enterprise is registered in.' }, ['input', 'windowId'])] };
  }
  const existing = await em.findOne(DeclarationEntity, { enterpriseId: input.enterpriseId, windowId: window.id });
  if (existing) return { ok: true, declaration: existing, problems: [], created: false };
  if (window.opensAt > now || window.closesAt <= now) {
    return { ok: false, userErrors: [userError('WINDOW_NOT_OPEN', { zh: '该批次当前不在申报时间内。', en: 'This window is not open now.' }, ['input', 'windowId'])] };
  }
  try {
    const declaration = await em.transactional(async (tx) => {
      const created = tx.create(DeclarationEntity, { enterpriseId: input.enterpriseId, tier: window.tier, status: DeclarationStatus.DRAFT, submittedVersions: 0, windowId: window.id, ruleVersion: window.ruleVersion, data: {}, createdAt: now, updatedAt: now, version: 1 });
      await tx.flush(); // the row first: its timeline refers to it
      recordHistory(tx, created, { action: DeclarationAction.CREATED, caller, at: now });
      return created;
    });
    return { ok: true, declaration, problems: [], created: true };
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return { ok: true, declaration: await em.fork().findOneOrFail(DeclarationEntity, { enterpriseId: input.enterpriseId, windowId: window.id }), problems: [], created: false };
  }
}

/**
 * 暂存 and autosave: replaces the form's data when `expectedVersion` is still the stored version
 * (two tabs cannot silently overwrite each other: the stale one gets VERSION_CONFLICT with the
 * current declaration to resolve against). Fields of the wrong type or range are not stored and
 * come back as problems; the rest is saved. Only drafts and returned declarations change.
 */
export async function saveDeclarationDraft(em: EntityManager, caller: Caller, input: { declarationId: string; expectedVersion: number; data: Record<string, unknown> }): Promise<DraftResult> {
  if (caller.kind !== 'account' || !caller.enterpriseId || !isUuid(input.declarationId)) return notFound();
  return em.transactional(async (tx) => {
    const declaration = await tx.findOne(DeclarationEntity, { id: input.declarationId, enterpriseId: caller.enterpriseId! }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!declaration) return notFound();
    if (!isEditable(declaration.status)) {
      return { ok: false as const, userErrors: [userError('NOT_EDITABLE', { zh: '申报已提交，不能再修改；被退回后可修改并重新提交。', en: 'A submitted declaration cannot change; once returned it can be edited and resubmitted.' })] };
    }
    if (declaration.version !== input.expectedVersion) {
      return {
        ok: false as const,
        current: declaration,
        userErrors: [userError('VERSION_CONFLICT', { zh: '该申报已在其他页面保存过更新的内容，本次未保存。请对照最新内容合并后再保存。', en: 'This declaration was saved elsewhere since you loaded it; nothing was saved. Compare with the latest and save again.' })],
      };
    }
    const { data, problems } = parseDeclarationData(input.data);
    declaration.data = data;
    declaration.updatedAt = new Date();
    return { ok: true as const, declaration, problems };
  });
}

const notFound = (): DraftResult => ({ ok: false, userErrors: [userError('NOT_FOUND', { zh: '未找到本企业的这份申报。', en: 'No such declaration of your enterprise.' }, ['input', 'declarationId'])] });
