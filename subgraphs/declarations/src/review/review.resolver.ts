import { beijingToday, isCalendarDate } from '@zjtx/domain';
import { isUuid, Role, UserError, userError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { declarationsConfig } from '../config';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { announceStatusChange } from '../declaration/status-changed';
import { ConditionResultType, MetricType, ScoreResultType } from '../eligibility/eligibility.type';
import { conditionResult, scoreResult } from '../eligibility/preview';
import { Evidence, frozenEvidence } from '../evidence/evidence.type';
import { formOf } from '../form/form';
import { Recognition } from '../recognition/recognition.type';
import { RULE_VERSIONS, ruleVersionOfDeclaration } from '../rules/rulesets';
import { decide, type Decision } from './decisions.service';
import { recogniseAfterPublicity } from './publicity';
import { DeclarationReturn, DeclarationReviewState } from './review.types';
import { allowedDecisions, covers, nextLevel, reachedReviewer, reviewerOf } from './reviewer';
import { versionDiff } from './version-diff';

type Context = SubgraphContext<DeclarationLoaders>;

@ObjectType({ description: 'One changed field (or evidence item) between two submitted versions.' })
class FieldChange {
  @Field(() => String, { description: 'Form field path, or `evidence.<ITEM>`.' }) path!: string;
  @Field(() => String) section!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true, description: 'As shown in the form; for evidence, the files removed.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'As shown in the form; for evidence, the files added.' }) after!: string | null;
}

@ObjectType({ description: 'A submitted version as it was frozen: data, evidence and how it was judged then.' })
class SubmittedDeclarationVersion {
  @Field(() => Int) number!: number;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => String) ruleVersion!: string;
  @Field(() => GraphQLJSONObject) data!: Record<string, unknown>;
  @Field(() => [Evidence]) evidence!: Evidence[];
  @Field(() => [ConditionResultType]) conditions!: ConditionResultType[];
  @Field(() => ScoreResultType, { nullable: true }) score!: ScoreResultType | null;
  @Field(() => [MetricType]) computedFields!: MetricType[];
}

@InputType()
class ApproveDeclarationInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int, { description: 'The submitted version reviewed (Declaration.versions); a newer one is refused with VERSION_CHANGED.' }) versionNumber!: number;
  @Field(() => String, { nullable: true, description: '审核意见, kept in the timeline.' }) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'At the last level only: the last day of the 公示 (YYYY-MM-DD, today to 30 days ahead); recognised the day after.' }) publicityEndsOn?: string | null;
}

/** Declarations one bulk approval takes at most. */
const MAX_BULK = 100;

@InputType()
class ReviewedVersionInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int, { description: 'The submitted version reviewed (ReviewQueueItem.versionNumber); a newer one is refused with VERSION_CHANGED.' }) versionNumber!: number;
}

@InputType()
class ApproveDeclarationsInput {
  @Field(() => [ReviewedVersionInput], { description: `At most ${MAX_BULK}, each with the version the office saw.` }) declarations!: ReviewedVersionInput[];
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'For declarations at their last level.' }) publicityEndsOn?: string | null;
}

@InputType()
class ReturnDeclarationInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int) versionNumber!: number;
  @Field(() => String, { description: '退回原因: what to change; the enterprise sees it.' }) reason!: string;
  @Field(() => [String], { nullable: true, description: 'Form field paths to highlight for the enterprise.' }) fields?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Evidence item keys to highlight.' }) evidenceItems?: string[] | null;
}

@InputType()
class RejectDeclarationInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int) versionNumber!: number;
  @Field(() => String, { description: '不予通过的理由; the enterprise sees it.' }) reason!: string;
}

@ObjectType()
class DecisionPayload {
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => Boolean, { description: 'True when this same decision had already been taken (nothing changed again).' }) repeated!: boolean;
  @Field(() => [UserError], { description: 'NOT_A_REVIEWER, NOT_FOUND, NOT_UNDER_REVIEW, VERSION_CHANGED, NOT_AT_YOUR_LEVEL, REASON_REQUIRED, UNKNOWN_FIELD, UNKNOWN_EVIDENCE_ITEM, PUBLICITY_END_REQUIRED, INVALID_PUBLICITY_END.' })
  userErrors!: UserError[];
}

@ObjectType()
class BulkApprovalResult {
  @Field(() => ID) declarationId!: string;
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class ApproveDeclarationsPayload {
  @Field(() => [BulkApprovalResult], { description: 'One per id, in order: each approved, or why not.' }) results!: BulkApprovalResult[];
  @Field(() => Int) approvedCount!: number;
}

@ObjectType()
class RunPublicityRecognitionsPayload {
  @Field(() => Int) recognised!: number;
  @Field(() => [UserError]) userErrors!: UserError[];
}


@Resolver(() => Declaration)
export class ReviewResolver {
  @Authorized(Role.OFFICE)
  @Query(() => Declaration, { nullable: true, description: 'Offices: a declaration that reached their level in their jurisdiction, for review (every field, versions, diff, evidence, history).' })
  async reviewDeclaration(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Declaration | null> {
    const reviewer = reviewerOf(ctx.caller);
    const entity = reviewer && isUuid(id) ? await ctx.loaders.declarationById.load(id) : null;
    if (!reviewer || !entity || !reachedReviewer(entity, reviewer)) return null;
    return covers(reviewer, (await ctx.loaders.enterpriseScope.load(entity.enterpriseId)).regionCode) ? Declaration.from(entity) : null;
  }

  @FieldResolver(() => DeclarationReviewState, { nullable: true, description: 'For offices: the level holding it, since when, the deadline, and what this office may decide. Null for others.' })
  async review(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DeclarationReviewState | null> {
    const reviewer = reviewerOf(ctx.caller);
    if (!reviewer) return null;
    const entity = declaration.entity;
    const window = entity.windowId ? await ctx.loaders.windowById.load(entity.windowId) : null;
    const level = entity.status === 'SUBMITTED' ? (entity.currentLevel ?? null) : null;
    const deadline = level ? (window?.reviewDeadlines[level] ?? null) : null;
    const allowed = allowedDecisions(reviewer, entity);
    return Object.assign(new DeclarationReviewState(), {
      level,
      waitingSince: level ? (entity.levelEnteredAt ?? null) : null,
      deadline,
      overdue: !!deadline && beijingToday() > deadline,
      canApprove: allowed.approve,
      canReturn: allowed.return,
      canReject: allowed.reject,
      isFinalLevel: !!level && nextLevel(entity.tier, level) === null,
    });
  }

  @FieldResolver(() => DeclarationReturn, { nullable: true, description: 'The last return (退回): reason and the fields and evidence items it pinned.' })
  lastReturn(@Root() declaration: Declaration): DeclarationReturn | null {
    return declaration.entity.lastReturn ? DeclarationReturn.from(declaration.entity.lastReturn) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'While approved and in 公示 (APPROVED): its last day (YYYY-MM-DD); recognised the day after.' })
  publicityEndsOn(@Root() declaration: Declaration): string | null {
    return declaration.entity.publicityEndsOn ?? null;
  }

  @FieldResolver(() => Recognition, { nullable: true, description: 'The recognition it led to, once recognised.' })
  async recognition(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<Recognition | null> {
    const row = (await ctx.loaders.recognitionsByEnterprise.load(declaration.entity.enterpriseId)).find((r) => r.declarationId === declaration.id);
    return row ? Recognition.from(row, beijingToday()) : null;
  }

  @FieldResolver(() => SubmittedDeclarationVersion, { nullable: true, description: 'A submitted version as frozen.' })
  async submittedVersion(@Root() declaration: Declaration, @Arg('number', () => Int) number: number, @Ctx() ctx: Context): Promise<SubmittedDeclarationVersion | null> {
    const version = (await ctx.loaders.versionsByDeclaration.load(declaration.id)).find((v) => v.number === number);
    if (!version) return null;
    return Object.assign(new SubmittedDeclarationVersion(), {
      number: version.number,
      submittedAt: version.submittedAt,
      ruleVersion: version.ruleVersion,
      data: version.data as Record<string, unknown>,
      evidence: await frozenEvidence(declaration.id, version),
      conditions: version.evaluation.conditions.map(conditionResult),
      score: scoreResult(version.evaluation.score),
      computedFields: version.evaluation.metrics,
    });
  }

  @FieldResolver(() => [FieldChange], { description: 'What changed from one submitted version to another: fields in the form\'s order, then evidence added and removed.' })
  async versionDiff(@Root() declaration: Declaration, @Arg('from', () => Int) from: number, @Arg('to', () => Int) to: number, @Ctx() ctx: Context): Promise<FieldChange[]> {
    const versions = await ctx.loaders.versionsByDeclaration.load(declaration.id);
    const [a, b] = [versions.find((v) => v.number === from), versions.find((v) => v.number === to)];
    if (!a || !b) return [];
    const year = Number(beijingToday(b.submittedAt).slice(0, 4));
    const form = formOf(RULE_VERSIONS[ruleVersionOfDeclaration(declaration.entity)][declaration.tier], year);
    return versionDiff(form, { data: a.data as Record<string, unknown>, evidence: a.evidence }, { data: b.data as Record<string, unknown>, evidence: b.evidence }).map((c) => Object.assign(new FieldChange(), c));
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => DecisionPayload, { description: 'Approve at your level: forward to the next, or at the last level approve into a 公示 (publicityEndsOn) after which it is recognised. Idempotent.' })
  approveDeclaration(@Arg('input', () => ApproveDeclarationInput) input: ApproveDeclarationInput, @Ctx() ctx: Context): Promise<DecisionPayload> {
    return this.decide(ctx, input, { kind: 'APPROVE', comment: input.comment, publicityEndsOn: input.publicityEndsOn });
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => ApproveDeclarationsPayload, { description: `Bulk approve (at most ${MAX_BULK}): each declaration on its own, at the version the office saw; the results say which were approved and why not.` })
  async approveDeclarations(@Arg('input', () => ApproveDeclarationsInput) input: ApproveDeclarationsInput, @Ctx() ctx: Context): Promise<ApproveDeclarationsPayload> {
    const results: BulkApprovalResult[] = [];
    for (const { declarationId, versionNumber } of input.declarations.slice(0, MAX_BULK)) {
      const payload = await this.decide(ctx, { declarationId, versionNumber }, { kind: 'APPROVE', comment: input.comment, publicityEndsOn: input.publicityEndsOn });
      results.push(Object.assign(new BulkApprovalResult(), { declarationId, declaration: payload.declaration, userErrors: payload.userErrors }));
    }
    if (input.declarations.length > MAX_BULK) {
      results.push(Object.assign(new BulkApprovalResult(), { declarationId: input.declarations[MAX_BULK]!.declarationId, declaration: null, userErrors: [userError('TOO_MANY', { zh: `一次最多批量审核 ${MAX_BULK} 份。`, en: `At most ${MAX_BULK} at once.` })] }));
    }
    return Object.assign(new ApproveDeclarationsPayload(), { results, approvedCount: results.filter((r) => r.declaration && r.userErrors.length === 0).length });
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => DecisionPayload, { description: '退回: back to the enterprise with a reason, optionally pinning form fields and evidence items; it edits and resubmits a new version (also after the window closed).' })
  returnDeclaration(@Arg('input', () => ReturnDeclarationInput) input: ReturnDeclarationInput, @Ctx() ctx: Context): Promise<DecisionPayload> {
    return this.decide(ctx, input, { kind: 'RETURN', reason: input.reason, fields: input.fields, evidenceItems: input.evidenceItems });
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => DecisionPayload, { description: '不予通过, with a reason; final.' })
  rejectDeclaration(@Arg('input', () => RejectDeclarationInput) input: RejectDeclarationInput, @Ctx() ctx: Context): Promise<DecisionPayload> {
    return this.decide(ctx, input, { kind: 'REJECT', reason: input.reason });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RunPublicityRecognitionsPayload, { description: 'Administrators: recognise now the declarations whose 公示 ended before `date` (default today; this runs by itself after midnight Beijing time), e.g. after an outage. Idempotent. In production `date` may not be later than today (DATE_IN_FUTURE).' })
  async runPublicityRecognitions(@Arg('date', () => String, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<RunPublicityRecognitionsPayload> {
    const day = date ?? beijingToday();
    if (!isCalendarDate(day)) {
      return Object.assign(new RunPublicityRecognitionsPayload(), { recognised: 0, userErrors: [userError('INVALID_DATE', { zh: '日期格式应为 YYYY-MM-DD。', en: 'date must be YYYY-MM-DD.' }, ['date'])] });
    }
    // A later day would end 公示 periods that are still running; demos and tests use it to move the clock.
    if (day > beijingToday() && declarationsConfig().production) {
      return Object.assign(new RunPublicityRecognitionsPayload(), { recognised: 0, userErrors: [userError('DATE_IN_FUTURE', { zh: '只能按今天或之前的日期认定公示期满的申报。', en: 'Recognition runs for today or an earlier day only.' }, ['date'])] });
    }
    const recognised = await ctx.em.transactional((tx) => recogniseAfterPublicity(tx, day));
    recognised.forEach((d) => announceStatusChange(ctx.pubSub, d));
    return Object.assign(new RunPublicityRecognitionsPayload(), { recognised: recognised.length, userErrors: [] });
  }

  private async decide(ctx: Context, input: { declarationId: string; versionNumber: number }, decision: Decision): Promise<DecisionPayload> {
    const result = await decide(ctx.em, ctx.caller, { ...input, decision });
    if (!result.ok) return Object.assign(new DecisionPayload(), { declaration: null, repeated: false, userErrors: result.userErrors });
    if (!result.repeated) announceStatusChange(ctx.pubSub, result.declaration);
    return Object.assign(new DecisionPayload(), { declaration: Declaration.from(result.declaration), repeated: result.repeated, userErrors: [] });
  }
}
