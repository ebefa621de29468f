import { canReadEnterprise, EnterpriseReference, pageWindow, Public, Role, toConnection, UserError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { RuleVersionEnum } from '../eligibility/eligibility.type';
import { DeclarationWindowEntity } from './window.entity';
import { openDeclarationWindow, windowCovers } from './window.service';
import { DeclarationWindow, DeclarationWindowConnection, WindowStatus } from './window.type';

type Context = SubgraphContext<DeclarationLoaders>;

@InputType()
class ReviewDeadlineInput {
  @Field(() => String, { description: 'COUNTY, CITY, PROVINCE or MINISTRY (小巨人 only).' }) level!: 'COUNTY' | 'CITY' | 'PROVINCE' | 'MINISTRY';
  @Field(() => String, { description: 'YYYY-MM-DD, no earlier than the window closes.' }) date!: string;
}

@InputType()
class OpenDeclarationWindowInput {
  @Field(() => Tier) tier!: Tier;
  @Field(() => String, { description: '批次名称, e.g. 浙江省2026年第二批专精特新中小企业认定.' }) name!: string;
  @Field(() => String, { nullable: true, description: "The office's province by default, or one of its cities; ignored for 小巨人 (national)." }) regionCode?: string | null;
  @Field(() => Date) opensAt!: Date;
  @Field(() => Date) closesAt!: Date;
  @Field(() => RuleVersionEnum, { nullable: true, description: 'Defaults to the version in force for new applications when the window opens.' }) ruleVersion?: RuleVersionEnum | null;
  @Field(() => [ReviewDeadlineInput], { defaultValue: [] }) reviewDeadlines!: ReviewDeadlineInput[];
  @Field(() => ID, { nullable: true, description: 'The announcement (公告) of the batch.' }) announcementId?: string | null;
}

@ObjectType()
class OpenDeclarationWindowPayload {
  @Field(() => DeclarationWindow, { nullable: true }) window!: DeclarationWindow | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class DeclarationWindowResolver {
  @Public()
  @Query(() => DeclarationWindowConnection, { description: 'Declaration windows (申报批次), public: open and upcoming by default, the soonest to close first.' })
  async declarationWindows(
    @Ctx() ctx: Context,
    @Arg('tier', () => Tier, { nullable: true }) tier?: Tier | null,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Windows of one province (and national ones).' }) provinceCode?: string | null,
    @Arg('statuses', () => [WindowStatus], { nullable: true, description: 'Default: OPEN and UPCOMING.' }) statuses?: WindowStatus[] | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DeclarationWindowConnection> {
    const page = pageWindow({ first, after });
    const now = new Date();
    const wanted = new Set(statuses?.length ? statuses : [WindowStatus.OPEN, WindowStatus.UPCOMING]);
    const rows = await ctx.em.find(DeclarationWindowEntity, tier ? { tier } : {}, { orderBy: { closesAt: 'asc' } });
    const windows = rows
      .map((row) => DeclarationWindow.from(row, now))
      .filter((w) => wanted.has(w.status) && (!provinceCode || w.regionCode === '000000' || w.regionCode.slice(0, 2) === provinceCode.slice(0, 2)));
    return toConnection(windows.slice(page.offset, page.offset + page.limit), windows.length, page);
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => OpenDeclarationWindowPayload, { description: 'Offices: open a declaration window (provincial offices for 创新型 and 专精特新, the ministry for 小巨人).' })
  async openDeclarationWindow(@Arg('input', () => OpenDeclarationWindowInput) input: OpenDeclarationWindowInput, @Ctx() ctx: Context): Promise<OpenDeclarationWindowPayload> {
    const result = await openDeclarationWindow(ctx.em, ctx.caller, input);
    return Object.assign(new OpenDeclarationWindowPayload(), result.ok ? { window: DeclarationWindow.from(result.window), userErrors: [] } : { window: null, userErrors: result.userErrors });
  }
}

@Resolver(() => EnterpriseReference)
export class EnterpriseWindowsResolver {
  @FieldResolver(() => [DeclarationWindow], { description: 'Windows open now or upcoming for the region the enterprise is registered in, the soonest to close first.' })
  async declarationWindows(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<DeclarationWindow[]> {
    const scope = await ctx.loaders.enterpriseScope.load(enterprise.id);
    if (!canReadEnterprise(ctx.caller, scope) || !scope.regionCode) return [];
    const rows = await ctx.em.find(DeclarationWindowEntity, { closesAt: { $gt: new Date() } }, { orderBy: { closesAt: 'asc' } });
    return rows.filter((row) => windowCovers(row, scope.regionCode!)).map((row) => DeclarationWindow.from(row));
  }
}
