import { ApiError, Connection, ErrorCode, pageWindow, RegionReference, Role, toConnection, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { reviewerOf } from './reviewer';
import { ReviewQueueOrder, ReviewQueueStatus, reviewQueue, type ReviewQueueRow } from './queue.service';

type Context = SubgraphContext<DeclarationLoaders>;

registerEnumType(ReviewQueueStatus, {
  name: 'ReviewQueueStatus',
  description: 'For the office looking: PENDING (待审核, at its level), FORWARDED (已上报, at a higher level), LOWER_LEVEL (小巨人 below the province), RETURNED (已退回), REJECTED (不予通过), PUBLICITY (公示中), RECOGNISED (已认定).',
});
registerEnumType(ReviewQueueOrder, { name: 'ReviewQueueOrder', description: 'WAITING_LONGEST (default), SUBMITTED_NEWEST, SCORE_HIGHEST, NAME.' });

@InputType('ReviewQueueFilter', { description: 'Narrows a review queue; every filter is optional.' })
class ReviewQueueFilterInput {
  @Field(() => [ReviewQueueStatus], { nullable: true, description: 'Default: PENDING.' }) statuses?: ReviewQueueStatus[] | null;
  @Field(() => Tier, { nullable: true }) tier?: Tier | null;
  @Field(() => ID, { nullable: true, description: 'A batch (DeclarationWindow id).' }) windowId?: string | null;
  @Field(() => String, { nullable: true, description: 'A province, city or county code inside the jurisdiction.' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Industry code or prefix (34, 3491, C34).' }) industryCode?: string | null;
  @Field(() => String, { nullable: true, description: 'LARGE, MEDIUM, SMALL or MICRO.' }) sizeClass?: string | null;
  @Field(() => Float, { nullable: true }) scoreMin?: number | null;
  @Field(() => Float, { nullable: true }) scoreMax?: number | null;
  @Field(() => Int, { nullable: true, description: 'Pending at least this many days.' }) waitingDaysMin?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Past the batch deadline of its level.' }) overdueOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of the enterprise name, or its USCC.' }) search?: string | null;
}

@ObjectType({ description: 'A declaration in an office\'s review queue.' })
export class ReviewQueueItem {
  @Field(() => Declaration) declaration!: Declaration;
  @Field(() => Int, { description: 'The submitted version this row shows: send it back when deciding from the queue (approveDeclarations), so a newer one is not decided unseen.' }) versionNumber!: number;
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) uscc!: string;
  @Field(() => String, { description: "The enterprise's registered county (six-digit code)." }) regionCode!: string;
  @Field(() => RegionReference, { description: "The enterprise's registered county, with its name and path." }) region!: RegionReference;
  @Field(() => String, { nullable: true }) industryCode!: string | null;
  @Field(() => String, { nullable: true }) sizeClass!: string | null;
  @Field(() => ReviewQueueStatus) status!: ReviewQueueStatus;
  @Field(() => Float, { nullable: true, description: 'The score of the latest submitted version (the measure\'s table, where it scores).' }) score!: number | null;
  @Field(() => Date, { nullable: true, description: 'Since when it waits at this office (PENDING only).' }) waitingSince!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole days waited (PENDING only).' }) waitingDays!: number | null;
  @Field(() => String, { nullable: true, description: "The batch's deadline for the level holding it (YYYY-MM-DD)." }) deadline!: string | null;
  @Field(() => Boolean) overdue!: boolean;
}

@ObjectType()
class ReviewStatusCount {
  @Field(() => ReviewQueueStatus) status!: ReviewQueueStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ReviewQueueConnection extends Connection(ReviewQueueItem, 'ReviewQueueItem') {
  @Field(() => [ReviewStatusCount], { description: 'How many declarations each status holds under the other filters (for the tabs).' }) statusCounts!: ReviewStatusCount[];
}

const DAY = 24 * 60 * 60 * 1000;

@Resolver()
export class ReviewQueueResolver {
  @Authorized(Role.OFFICE)
  @Query(() => ReviewQueueConnection, { description: "Offices: the review queue of their level inside their jurisdiction, pending first by default, with counts per status." })
  async reviewQueue(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReviewQueueFilterInput, { nullable: true }) filter: ReviewQueueFilterInput | null,
    @Arg('orderBy', () => ReviewQueueOrder, { defaultValue: ReviewQueueOrder.WAITING_LONGEST }) orderBy: ReviewQueueOrder,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ReviewQueueConnection> {
    const reviewer = reviewerOf(ctx.caller);
    if (!reviewer) throw new ApiError(ErrorCode.FORBIDDEN, 'Only office accounts have a review queue.');
    const window = pageWindow({ first, after });
    const { rows, totalCount, counts } = await reviewQueue(ctx.em, reviewer, filter ?? {}, orderBy, window);
    const declarations = await Promise.all(rows.map((row) => ctx.loaders.declarationById.load(row.id)));
    const items = rows.map((row, index) => itemOf(row, Declaration.from(declarations[index]!)));
    return Object.assign(new ReviewQueueConnection(), toConnection(items, totalCount, window), {
      statusCounts: Object.values(ReviewQueueStatus).map((status) => Object.assign(new ReviewStatusCount(), { status, count: counts[status] })),
    });
  }
}

function itemOf(row: ReviewQueueRow, declaration: Declaration): ReviewQueueItem {
  return Object.assign(new ReviewQueueItem(), {
    ...row,
    declaration,
    region: RegionReference.of(row.regionCode),
    waitingDays: row.waitingSince ? Math.floor((Date.now() - row.waitingSince.getTime()) / DAY) : null,
  });
}
