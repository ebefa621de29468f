import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { isUuid, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { platformFacts } from '../eligibility/platform-facts';
import type { Evaluation } from '../rules/evaluate';
import { PLATFORM_SUPPLIED } from '../rules/rule-set';
import { evaluate } from '../rules/evaluate';
import { scoreSubmission } from '../development/submission-score';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { evidenceProblems } from '../evidence/evidence-problems';
import { recordHistory } from '../history/history';
import { DeclarationAction } from '../history/history.entity';
import { PROVINCIAL_FEATURE_INDICATORS, RULE_VERSIONS, ruleVersionOfDeclaration } from '../rules/rulesets';
import { DeclarationWindowEntity } from '../window/window.entity';
import { DeclarationEntity, DeclarationStatus, isEditable, ReviewLevel, Tier } from './declaration.entity';
import { DeclarationVersionEntity } from './declaration-version.entity';
import { recordStatusChange } from './status-changed';

/** Who reviews, in order (RULES.md §1.6): county, city, province, and for 小巨人 the ministry. */
export const reviewRoute = (tier: Tier): ReviewLevel[] =>
  tier === Tier.LITTLE_GIANT ? [ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE, ReviewLevel.MINISTRY] : [ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE];


export type SubmitResult = { ok: true; declaration: DeclarationEntity; version: DeclarationVersionEntity } | { ok: false; userErrors: UserError[] };

/** What keeps a form from being submitted, each naming the condition or indicator it is about. */
export function submissionProblems(tier: Tier, evaluation: Evaluation, digitalLevel: number | null): UserError[] {
  const problems: UserError[] = [];
  if (tier !== Tier.INNOVATIVE && digitalLevel === null) {
    problems.push(userError('ASSESSMENT_REQUIRED', { zh: '专精特新和“小巨人”申报须先完成数字化水平评测，请先去自评。', en: 'SRDI and little-giant declarations need a complete digital-level assessment first.' }, ['assessment']));
  }
  for (const condition of evaluation.conditions) {
    if (condition.status === 'UNKNOWN' && !PLATFORM_SUPPLIED.has(condition.key)) {
      problems.push(userError('INCOMPLETE', { zh: `请补充填写：${condition.text}`, en: `Fill in what this needs: ${condition.key}` }, ['conditions', condition.key]));
    } else if (condition.status === 'NOT_MET') {
      problems.push(userError('CONDITION_NOT_MET', { zh: `不满足申报条件：${condition.text}`, en: `Condition not met: ${condition.key}` }, ['conditions', condition.key]));
    }
  }
  for (const indicator of evaluation.score?.indicators ?? []) {
    if (indicator.points === null && !PLATFORM_SUPPLIED.has(indicator.key) && indicator.key !== 'digital') {
      problems.push(userError('INCOMPLETE', { zh: `请补充填写：${indicator.name}`, en: `Fill in: ${indicator.key}` }, ['indicators', indicator.key]));
    }
  }
  return problems;
}

/**
 * Submits the caller's declaration as it was saved at `expectedVersion`: every input the rules
 * need present, every condition met (the platform's own pending facts aside), the truthfulness
 * declaration accepted. Freezes a numbered version with its judgement and routes it to the
 * county office of the registered region. Submitting the same version again changes nothing.
 */
export async function submitDeclaration(em: EntityManager, caller: Caller, input: { declarationId: string; expectedVersion: number; truthfulnessDeclarationAccepted: boolean }, now = new Date()): Promise<SubmitResult> {
  const notFound = { ok: false as const, userErrors: [userError('NOT_FOUND', { zh: '未找到本企业的这份申报。', en: 'No such declaration of your enterprise.' }, ['input', 'declarationId'])] };
  if (caller.kind !== 'account' || !caller.enterpriseId || !isUuid(input.declarationId)) return notFound;
  return em.transactional(async (tx) => {
    const declaration = await tx.findOne(DeclarationEntity, { id: input.declarationId, enterpriseId: caller.enterpriseId! }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!declaration) return notFound;
    if (declaration.status === DeclarationStatus.SUBMITTED) {
      // A double click or a retried request of the same submission: already done.
      const latest = await tx.findOne(DeclarationVersionEntity, { declarationId: declaration.id, number: declaration.submittedVersions });
      if (latest?.draftVersion === input.expectedVersion) return { ok: true as const, declaration, version: latest };
    }
    if (!isEditable(declaration.status)) {
      return { ok: false as const, userErrors: [userError('NOT_SUBMITTABLE', { zh: '该申报正在审核或已办结，不能再提交。', en: 'This declaration is under review or decided.' })] };
    }
    if (declaration.version !== input.expectedVersion) {
      return { ok: false as const, userErrors: [userError('VERSION_CONFLICT', { zh: '申报内容已在其他页面更新，请核对最新内容后再提交。', en: 'The declaration changed elsewhere; check the latest before submitting.' })] };
    }
    if (!input.truthfulnessDeclarationAccepted) {
      return { ok: false as const, userErrors: [userError('DECLARATION_NOT_ACCEPTED', { zh: '请阅读并勾选真实性声明和合规经营承诺。', en: 'Accept the truthfulness declaration and compliance pledge.' }, ['input', 'truthfulnessDeclarationAccepted'])] };
    }
    const window = declaration.windowId ? await tx.findOne(DeclarationWindowEntity, { id: declaration.windowId }) : null;
    // A returned declaration may be resubmitted after the window closed; a first submission needs it open.
    if (declaration.status === DeclarationStatus.DRAFT && (!window || window.closesAt <= now || window.opensAt > now)) {
      return { ok: false as const, userErrors: [userError('WINDOW_CLOSED', { zh: '该批次申报已截止，未能提交。', en: 'The window has closed.' })] };
    }
    const ruleVersion = ruleVersionOfDeclaration(declaration);
    const facts = await platformFacts(tx, declaration.enterpriseId, now);
    const evaluation = evaluate(RULE_VERSIONS[ruleVersion][declaration.tier], declaration.data, facts, PROVINCIAL_FEATURE_INDICATORS[facts.provinceCode] ?? []);
    const evidence = await tx.find(EvidenceEntity, { declarationId: declaration.id }, { orderBy: { attachedAt: 'asc', id: 'asc' } });
    const problems = [...submissionProblems(declaration.tier, evaluation, facts.digitalLevel), ...evidenceProblems(declaration.data, evidence)];
    if (problems.length) return { ok: false as const, userErrors: problems };

    const development = await scoreSubmission(tx, declaration, facts, now);
    declaration.submittedVersions += 1;
    const version = tx.create(DeclarationVersionEntity, { declarationId: declaration.id, number: declaration.submittedVersions, data: declaration.data, evaluation, ruleVersion, submittedAt: now, draftVersion: declaration.version, development,
      evidence: evidence.map(({ id, item, fileId, fileName, contentType, size, sha256, scanStatus }) => ({ id, item, fileId, fileName, contentType, size, sha256, scanStatus })),
    });
    tx.persist(version);
    declaration.status = DeclarationStatus.SUBMITTED;
    declaration.currentLevel = reviewRoute(declaration.tier)[0]!;
    declaration.submittedAt = now;
    // Each submitted version is reviewed from the county up.
    declaration.levelEnteredAt = now;
    declaration.highestLevel = 0;
    declaration.publicityEndsOn = null;
    declaration.developmentScore = development?.score ?? null;
    declaration.score = evaluation.score?.total ?? declaration.developmentScore;
    recordHistory(tx, declaration, { action: version.number === 1 ? DeclarationAction.SUBMITTED : DeclarationAction.RESUBMITTED, caller, at: now, versionNumber: version.number });
    recordStatusChange(tx, declaration, now);
    await tx.flush();
    return { ok: true as const, declaration, version };
  });
}
