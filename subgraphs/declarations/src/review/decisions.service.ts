import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { beijingToday, isCalendarDate, plusDays } from '@zjtx/domain';
import { EnterpriseDirectoryEntity, isUuid, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { DeclarationEntity, DeclarationStatus, type DeclarationReturnNote } from '../declaration/declaration.entity';
import { recordStatusChange } from '../declaration/status-changed';
import { EVIDENCE_ITEM_KEYS } from '../evidence/evidence-items';
import { formOf } from '../form/form';
import { recordHistory } from '../history/history';
import { DeclarationAction, DeclarationHistoryEntity } from '../history/history.entity';
import { RULE_VERSIONS, ruleVersionOfDeclaration } from '../rules/rulesets';
import { allowedDecisions, covers, levelIndex, nextLevel, reachedReviewer, reviewerOf, type Reviewer } from './reviewer';

export type Decision =
  | { kind: 'APPROVE'; comment?: string | null; publicityEndsOn?: string | null }
  | { kind: 'RETURN'; reason: string; fields?: string[] | null; evidenceItems?: string[] | null }
  | { kind: 'REJECT'; reason: string };

export type DecisionResult = { ok: true; declaration: DeclarationEntity; repeated: boolean } | { ok: false; userErrors: UserError[] };

const ACTION_OF = { APPROVE: DeclarationAction.APPROVED, RETURN: DeclarationAction.RETURNED, REJECT: DeclarationAction.REJECTED } as const;
const MAX_REASON = 2000;
/** The longest 公示 a final approval may set. */
const MAX_PUBLICITY_DAYS = 30;

const fail = (code: string, zh: string, en: string, field?: string[]): DecisionResult => ({ ok: false, userErrors: [userError(code, { zh, en }, field)] });

/**
 * An office's decision on the declaration at its level, for the submitted version the reviewer
 * saw (`versionNumber`): approve (forward to the next level, or at the last level approve into a
 * 公示 that ends on `publicityEndsOn`), return with a reason and optionally pinned fields and
 * evidence items, or reject with a reason. Recorded in the timeline with who, when and why, and
 * announced by event. The same decision repeated (a double click, a retried request) is
 * answered as done without deciding twice.
 */
export async function decide(em: EntityManager, caller: Caller, input: { declarationId: string; versionNumber: number; decision: Decision }, now = new Date()): Promise<DecisionResult> {
  const reviewer = reviewerOf(caller);
  if (!reviewer) return fail('NOT_A_REVIEWER', '只有各级中小企业主管部门的账号可以审核申报。', 'Only office accounts review declarations.');
  const notFound = fail('NOT_FOUND', '未找到贵单位辖区内的这份申报。', 'No such declaration in your jurisdiction.', ['input', 'declarationId']);
  if (!isUuid(input.declarationId)) return notFound;
  return em.transactional(async (tx) => {
    const declaration = await tx.findOne(DeclarationEntity, { id: input.declarationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const enterprise = declaration ? await tx.findOne(EnterpriseDirectoryEntity, { enterpriseId: declaration.enterpriseId }) : null;
    if (!declaration || !covers(reviewer, enterprise?.regionCode ?? null) || !reachedReviewer(declaration, reviewer)) return notFound;

    const action = ACTION_OF[input.decision.kind];
    if (await isRepeat(tx, declaration, reviewer, action, input.versionNumber)) return { ok: true as const, declaration, repeated: true };
    if (declaration.status !== DeclarationStatus.SUBMITTED) {
      return fail('NOT_UNDER_REVIEW', '该申报已不在审核中（已退回、已办结或尚未提交），无需再审核。', 'This declaration is not under review.');
    }
    if (input.versionNumber !== declaration.submittedVersions) {
      return fail('VERSION_CHANGED', `企业已提交第 ${declaration.submittedVersions} 版，请查看最新版本后再审核。`, `Version ${declaration.submittedVersions} is the current one; review it first.`, ['input', 'versionNumber']);
    }
    const allowed = allowedDecisions(reviewer, declaration);
    if (!allowed[input.decision.kind === 'APPROVE' ? 'approve' : input.decision.kind === 'REJECT' ? 'reject' : 'return']) {
      return fail('NOT_AT_YOUR_LEVEL', '该申报当前不在贵单位这一级审核。', 'This declaration is not at your level.');
    }
    const problems = decisionProblems(declaration, input.decision, now);
    if (problems.length) return { ok: false as const, userErrors: problems };

    apply(declaration, reviewer, input.decision, now);
    recordHistory(tx, declaration, {
      action,
      caller,
      at: now,
      level: reviewer.level,
      reason: input.decision.kind === 'APPROVE' ? (input.decision.comment?.trim() || null) : input.decision.reason.trim(),
      versionNumber: declaration.submittedVersions,
      details: detailsOf(input.decision),
    });
    recordStatusChange(tx, declaration, now, { action, actingLevel: reviewer.level, reason: input.decision.kind === 'APPROVE' ? null : input.decision.reason.trim() });
    await tx.flush();
    return { ok: true as const, declaration, repeated: false };
  });
}

/** The same reviewer's same decision on the same version already stands as the latest step. */
async function isRepeat(em: EntityManager, declaration: DeclarationEntity, reviewer: Reviewer, action: DeclarationAction, versionNumber: number): Promise<boolean> {
  const [latest] = await em.find(DeclarationHistoryEntity, { declarationId: declaration.id }, { orderBy: { at: 'desc', id: 'desc' }, limit: 1 });
  return !!latest && latest.action === action && latest.actorId === reviewer.accountId && latest.level === reviewer.level && latest.versionNumber === versionNumber;
}

function decisionProblems(declaration: DeclarationEntity, decision: Decision, now: Date): UserError[] {
  const problems: UserError[] = [];
  if (decision.kind !== 'APPROVE') {
    const reason = decision.reason.trim();
    if (!reason) problems.push(userError('REASON_REQUIRED', { zh: decision.kind === 'RETURN' ? '请填写退回原因，企业将据此修改。' : '请填写不予通过的理由。', en: 'Give the reason.' }, ['input', 'reason']));
    if (reason.length > MAX_REASON) problems.push(userError('REASON_TOO_LONG', { zh: `原因最多 ${MAX_REASON} 字。`, en: `At most ${MAX_REASON} characters.` }, ['input', 'reason']));
  }
  if (decision.kind === 'RETURN') {
    const year = Number(beijingToday(declaration.submittedAt ?? now).slice(0, 4));
    const paths = new Set(formOf(RULE_VERSIONS[ruleVersionOfDeclaration(declaration)][declaration.tier], year).flatMap((s) => s.fields.map((f) => f.path)));
    for (const [index, field] of (decision.fields ?? []).entries()) {
      if (!paths.has(field)) problems.push(userError('UNKNOWN_FIELD', { zh: `“${field}”不是这份申报表中的字段。`, en: `${field} is not a field of this form.` }, ['input', 'fields', String(index)]));
    }
    for (const [index, item] of (decision.evidenceItems ?? []).entries()) {
      if (!EVIDENCE_ITEM_KEYS.has(item)) problems.push(userError('UNKNOWN_EVIDENCE_ITEM', { zh: `“${item}”不是佐证材料项。`, en: `${item} is not an evidence item.` }, ['input', 'evidenceItems', String(index)]));
    }
  }
  if (decision.kind === 'APPROVE' && nextLevel(declaration.tier, declaration.currentLevel!) === null) {
    const today = beijingToday(now);
    const end = decision.publicityEndsOn;
    if (!end) {
      problems.push(userError('PUBLICITY_END_REQUIRED', { zh: '终审通过须先公示，请填写公示截止日期。', en: 'Final approval goes through a 公示: give its last day.' }, ['input', 'publicityEndsOn']));
    } else if (!isCalendarDate(end) || end < today || end > plusDays(today, MAX_PUBLICITY_DAYS)) {
      problems.push(userError('INVALID_PUBLICITY_END', { zh: `公示截止日期须在今天到 ${MAX_PUBLICITY_DAYS} 天后之间（YYYY-MM-DD）。`, en: `The 公示 must end between today and ${MAX_PUBLICITY_DAYS} days from now (YYYY-MM-DD).` }, ['input', 'publicityEndsOn']));
    }
  }
  return problems;
}

function apply(declaration: DeclarationEntity, reviewer: Reviewer, decision: Decision, now: Date): void {
  switch (decision.kind) {
    case 'APPROVE': {
      const next = nextLevel(declaration.tier, declaration.currentLevel!);
      if (next) {
        declaration.currentLevel = next;
        declaration.levelEnteredAt = now;
        declaration.highestLevel = Math.max(declaration.highestLevel ?? 0, levelIndex(next));
      } else {
        declaration.status = DeclarationStatus.APPROVED;
        declaration.publicityEndsOn = decision.publicityEndsOn!;
      }
      return;
    }
    case 'RETURN': {
      const note: DeclarationReturnNote = {
        reason: decision.reason.trim(),
        fields: [...new Set(decision.fields ?? [])],
        evidenceItems: [...new Set(decision.evidenceItems ?? [])],
        level: reviewer.level,
        officeName: reviewer.name,
        at: now.toISOString(),
        versionNumber: declaration.submittedVersions,
      };
      declaration.status = DeclarationStatus.RETURNED;
      declaration.currentLevel = null;
      declaration.lastReturn = note;
      return;
    }
    case 'REJECT':
      declaration.status = DeclarationStatus.REJECTED;
      declaration.currentLevel = null;
      return;
  }
}

function detailsOf(decision: Decision): Record<string, unknown> | null {
  if (decision.kind === 'RETURN') return { fields: decision.fields ?? [], evidenceItems: decision.evidenceItems ?? [] };
  if (decision.kind === 'APPROVE' && decision.publicityEndsOn) return { publicityEndsOn: decision.publicityEndsOn };
  return null;
}
