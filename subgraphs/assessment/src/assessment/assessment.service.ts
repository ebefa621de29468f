import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { assessmentCategoryOfIndustry } from '@zjtx/domain';
import { EnterpriseDirectoryEntity, isUuid, recordEvent, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { currentQuestionnaire, questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { stage1Result, stage2Result } from '../scoring/stage-results';
import { applyAnswerPatches, applySceneLevelPatches, type AnswerPatch, type SceneLevelPatch } from './answer-patch';
import { AssessmentEntity, AssessmentStatus, type QuestionnaireCategory } from './assessment.entity';
import { AssessmentStage, stageOf } from './stage';

export type AttemptResult = { ok: true; attempt: AssessmentEntity } | { ok: false; userErrors: UserError[] };

const NOT_FOUND = userError('NOT_FOUND', { zh: '未找到本企业的这次评测。', en: 'No such assessment of your enterprise.' }, ['input', 'assessmentId']);
export const INDUSTRY_REQUIRED_TEXT = {
  zh: '请先在“企业信息管理 › 企业基本情况”中填写所属行业：系统据此匹配制造业、生产性服务业或其他行业的评测问卷。',
  en: 'Fill in the industry in Enterprise information › Basic information first: it decides which questionnaire (manufacturing, productive services or other) applies.',
};
const CLOSED = {
  [AssessmentStatus.COMPLETE]: { zh: '这次评测已完成，不能再修改；如需重新评测，请开始新的评测。', en: 'This assessment is complete and cannot change; start a new one to assess again.' },
  [AssessmentStatus.ABANDONED]: { zh: '这次评测已被新的评测取代，不能再修改。', en: 'This attempt was replaced by a newer one and cannot change.' },
};
const STAGE_1_LOCKED = {
  zh: '第一阶段（计分题）已完成并锁定，不能修改；如需修改，请开始新的评测（会带入本次答案）。',
  en: 'Stage 1 (scored questions) is finished and locked; to change it, start a new attempt (your answers are carried over).',
};
const STAGE_1_OPEN = {
  zh: '请先完成第一阶段（计分题），再评定第二阶段的业务场景。',
  en: 'Finish stage 1 (the scored questions) before judging the stage-2 scenes.',
};

/** The questionnaire category of an enterprise, from the directory profile keeps this subgraph informed of. */
export async function categoryOfEnterprise(em: EntityManager, enterpriseId: string): Promise<QuestionnaireCategory | null> {
  const entry = isUuid(enterpriseId) ? await em.findOne(EnterpriseDirectoryEntity, { enterpriseId }) : null;
  return (assessmentCategoryOfIndustry(entry?.industryCode) as QuestionnaireCategory | null) ?? null;
}

const ownsEnterprise = (caller: Caller, enterpriseId: string) => caller.kind === 'account' && caller.enterpriseId === enterpriseId && isUuid(enterpriseId);

/**
 * Starts an attempt for the caller's own enterprise, or returns the one in progress (a double
 * click starts one). With `restart`, the attempt in progress is abandoned and a new one starts;
 * a new attempt carries over the answers of the enterprise's previous attempt, so that changing
 * one stage-1 answer does not mean typing all of them again.
 */
export async function startAssessment(
  em: EntityManager,
  caller: Caller,
  input: { enterpriseId: string; restart: boolean },
): Promise<AttemptResult & { resumed?: boolean }> {
  if (!ownsEnterprise(caller, input.enterpriseId)) return { ok: false, userErrors: [userError('NOT_FOUND', { zh: '只能为本企业开展评测。', en: 'You can only assess your own enterprise.' }, ['input', 'enterpriseId'])] };
  const category = await categoryOfEnterprise(em, input.enterpriseId);
  if (!category) return { ok: false, userErrors: [userError('INDUSTRY_REQUIRED', INDUSTRY_REQUIRED_TEXT)] };
  const questionnaire = currentQuestionnaire(category);
  try {
    return await em.transactional(async (tx) => {
      const open = await tx.findOne(AssessmentEntity, { enterpriseId: input.enterpriseId, status: AssessmentStatus.IN_PROGRESS }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (open && !input.restart) return { ok: true as const, attempt: open, resumed: true };
      if (open) {
        open.status = AssessmentStatus.ABANDONED;
        await tx.flush();
      }
      const previous = await tx.findOne(
        AssessmentEntity,
        { enterpriseId: input.enterpriseId, questionnaireVersion: questionnaire.version, category },
        { orderBy: { startedAt: 'desc' } },
      );
      const attempt = tx.create(AssessmentEntity, {
        enterpriseId: input.enterpriseId,
        questionnaireVersion: questionnaire.version,
        category,
        status: AssessmentStatus.IN_PROGRESS,
        answers: previous?.answers ?? {},
        sceneLevels: previous?.sceneLevels ?? {},
        startedAt: new Date(),
        updatedAt: new Date(),
      });
      tx.persist(attempt);
      await tx.flush();
      return { ok: true as const, attempt, resumed: false };
    });
  } catch (error) {
    // Another request started one at the same moment: that one is the attempt.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const open = await em.fork().findOneOrFail(AssessmentEntity, { enterpriseId: input.enterpriseId, status: AssessmentStatus.IN_PROGRESS });
    return { ok: true, attempt: open, resumed: true };
  }
}

/** Runs `change` on the caller's attempt, row-locked, after the checks every change shares. */
async function changeOwnAttempt(
  em: EntityManager,
  caller: Caller,
  assessmentId: string,
  change: (attempt: AssessmentEntity, questionnaire: Questionnaire, tx: EntityManager) => UserError[] | Promise<UserError[]>,
): Promise<AttemptResult> {
  if (caller.kind !== 'account' || !caller.enterpriseId || !isUuid(assessmentId)) return { ok: false, userErrors: [NOT_FOUND] };
  return em.transactional(async (tx) => {
    const attempt = await tx.findOne(AssessmentEntity, { id: assessmentId, enterpriseId: caller.enterpriseId! }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!attempt) return { ok: false as const, userErrors: [NOT_FOUND] };
    const errors = await change(attempt, questionnaireOf(attempt.questionnaireVersion, attempt.category), tx);
    if (errors.length) return { ok: false as const, userErrors: errors };
    await tx.flush();
    return { ok: true as const, attempt };
  });
}

/**
 * Autosave: applies answer and scene changes (each as a patch; what is not sent stays), and
 * the position to resume at. Stage-1 answers are refused once stage 1 is finished, scene
 * levels before it; a finished or abandoned attempt changes no more.
 */
export function saveAssessmentAnswers(
  em: EntityManager,
  caller: Caller,
  input: { assessmentId: string; answers?: AnswerPatch[] | null; sceneLevels?: SceneLevelPatch[] | null; position?: string | null },
): Promise<AttemptResult> {
  return changeOwnAttempt(em, caller, input.assessmentId, (attempt, questionnaire) => {
    const stage = stageOf(attempt);
    if (stage === AssessmentStage.DONE) return [userError('ASSESSMENT_CLOSED', CLOSED[attempt.status as keyof typeof CLOSED])];
    if (input.answers?.length && stage !== AssessmentStage.QUESTIONS) return [userError('STAGE_1_LOCKED', STAGE_1_LOCKED, ['input', 'answers'])];
    if (input.sceneLevels?.length && stage !== AssessmentStage.SCENES) return [userError('STAGE_1_NOT_COMPLETE', STAGE_1_OPEN, ['input', 'sceneLevels'])];
    if (input.position != null && input.position.length > 100) return [userError('INVALID_POSITION', { zh: '位置标记过长。', en: 'position is at most 100 characters.' }, ['input', 'position'])];
    const answers = applyAnswerPatches(questionnaire, attempt.answers, input.answers ?? []);
    const scenes = applySceneLevelPatches(questionnaire, attempt.sceneLevels, input.sceneLevels ?? []);
    const errors = [...(answers.ok ? [] : answers.userErrors), ...(scenes.ok ? [] : scenes.userErrors)];
    if (errors.length || !answers.ok || !scenes.ok) return errors;
    attempt.answers = answers.value;
    attempt.sceneLevels = scenes.value;
    if (input.position !== undefined) attempt.position = input.position;
    attempt.updatedAt = new Date();
    return [];
  });
}

/**
 * Finishes a stage. Stage 1 needs every question answered; its scores are computed and
 * stored, and its answers lock. Stage 2 needs every scene judged; the level is set by the
 * rule, the attempt becomes the enterprise's result and `assessment.completed` is recorded in
 * the same transaction. Finishing a stage already finished changes nothing (a retried request).
 */
export function completeAssessmentStage(em: EntityManager, caller: Caller, input: { assessmentId: string; stage: AssessmentStage }): Promise<AttemptResult> {
  return changeOwnAttempt(em, caller, input.assessmentId, async (attempt, questionnaire, tx) => {
    const stage = stageOf(attempt);
    if (input.stage === AssessmentStage.DONE) return [userError('INVALID_STAGE', { zh: '只能完成第一阶段或第二阶段。', en: 'Only QUESTIONS or SCENES can be completed.' }, ['input', 'stage'])];
    if (attempt.status === AssessmentStatus.ABANDONED) return [userError('ASSESSMENT_CLOSED', CLOSED[AssessmentStatus.ABANDONED])];
    if (input.stage === AssessmentStage.QUESTIONS) {
      if (attempt.stage1CompletedAt) return [];
      const missing = questionnaire.questions.filter((q) => !attempt.answers[q.key]?.options.length);
      if (missing.length) {
        return missing.map((q) => userError('QUESTION_UNANSWERED', { zh: `请回答：${q.topic}——${q.title}`, en: `Answer question ${q.key} (${q.topic}).` }, ['answers', q.key]));
      }
      const stage1 = stage1Result(questionnaire, attempt.answers);
      attempt.score = stage1.score.toFixed(3);
      attempt.result = stage1.result;
      attempt.stage1CompletedAt = new Date();
      attempt.position = null;
      return [];
    }
    if (stage === AssessmentStage.DONE) return [];
    if (stage === AssessmentStage.QUESTIONS) return [userError('STAGE_1_NOT_COMPLETE', STAGE_1_OPEN)];
    const missing = questionnaire.scenes.filter((s) => attempt.sceneLevels[s.key] === undefined);
    if (missing.length) {
      return missing.map((s) => userError('SCENE_UNJUDGED', { zh: `请评定场景：${s.name}`, en: `Judge scene ${s.key}.` }, ['sceneLevels', s.key]));
    }
    const stage2 = stage2Result(questionnaire, { score: Number(attempt.score), result: attempt.result! }, attempt.sceneLevels);
    attempt.level = stage2.level;
    attempt.result = stage2.result;
    attempt.status = AssessmentStatus.COMPLETE;
    attempt.completedAt = new Date();
    attempt.position = null;
    recordEvent(tx, 'assessment.completed', {
      enterpriseId: attempt.enterpriseId,
      assessmentId: attempt.id,
      questionnaireVersion: attempt.questionnaireVersion,
      category: attempt.category,
      score: Number(attempt.score),
      level: stage2.level,
      completedAt: attempt.completedAt.toISOString(),
    });
    return [];
  });
}
