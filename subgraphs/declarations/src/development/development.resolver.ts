import type { SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { isEditable } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { shownVersion } from '../declaration/shown-version';
import { platformFacts } from '../eligibility/platform-facts';
import { developmentScorer } from './index';
import { isScoredTier, scoreDraft, type StoredDevelopmentScore } from './submission-score';

type Context = SubgraphContext<DeclarationLoaders>;

@ObjectType()
class DevelopmentIndicator {
  @Field(() => String) key!: string;
  @Field(() => String, { description: '专业化, 精细化, 特色化, 创新能力 or 成长性.' }) category!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) max!: number;
  @Field(() => Float, { nullable: true }) points!: number | null;
  @Field(() => String, { description: 'COMPUTED; MISSING_INPUT (the form lacks what it needs); NOT_COMPUTABLE (needs data the platform does not hold, e.g. industry averages).' }) status!: string;
  @Field(() => String) note!: string;
}

@ObjectType({ description: '专精特新发展评价得分 (工信厅企业〔2024〕75号) as the platform computes it, with each indicator.' })
class DevelopmentScore {
  @Field(() => Float, { nullable: true, description: 'What counts: the computed score, never above the year\'s maximum. Null while too little is known.' }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'Computed from this data, before the year rule.' }) computedScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'The enterprise\'s first score this year: later versions never exceed it.' }) yearMaximum!: number | null;
  @Field(() => Int) year!: number;
  @Field(() => String) scorer!: string;
  @Field(() => String, { description: 'How far the score can be relied on (the official formula is not public).' }) notice!: string;
  @Field(() => [DevelopmentIndicator]) indicators!: DevelopmentIndicator[];
}

@Resolver(() => Declaration)
export class DevelopmentScoreResolver {
  @FieldResolver(() => DevelopmentScore, { nullable: true, description: '专精特新 and 小巨人: the development score — as stored with the latest submission while under review or decided (and for offices while returned), computed live from the working copy otherwise. Null for 创新型.' })
  async developmentScore(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DevelopmentScore | null> {
    const entity = declaration.entity;
    if (!isScoredTier(entity.tier)) return null;
    const version = await shownVersion(entity, ctx.caller, ctx.loaders);
    let stored: StoredDevelopmentScore | null = null;
    if (version) {
      stored = version.development ?? null;
    } else if (!isEditable(entity.status)) {
      stored = (await ctx.loaders.versionsByDeclaration.load(entity.id)).at(-1)?.development ?? null;
    } else {
      stored = await scoreDraft(ctx.em, entity, await platformFacts(ctx.em, entity.enterpriseId), new Date());
    }
    if (!stored) return null;
    const scorer = developmentScorer(stored.scorerId);
    return Object.assign(new DevelopmentScore(), {
      score: stored.score,
      computedScore: stored.computed,
      yearMaximum: stored.yearMaximum,
      year: stored.year,
      scorer: scorer?.name ?? stored.scorerId,
      notice: scorer?.notice ?? '',
      indicators: stored.indicators.map((i) => Object.assign(new DevelopmentIndicator(), i)),
    });
  }
}
