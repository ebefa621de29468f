import { canReadEnterprise, EnterpriseReference, isUuid, Role, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DeclarationStatus, type DeclarationEntity } from './declaration.entity';
import type { DeclarationLoaders } from './declaration.loaders';
import { Declaration } from './declaration.type';

type Context = SubgraphContext<DeclarationLoaders>;

/**
 * A draft is the enterprise's own until it is submitted: offices and partners over the enterprise
 * see its declarations from the first submission on (a returned one included); administrators all.
 */
const shownTo = (ctx: Context, declaration: DeclarationEntity) =>
  declaration.status !== DeclarationStatus.DRAFT || (ctx.caller.kind === 'account' && (ctx.caller.enterpriseId === declaration.enterpriseId || ctx.caller.roles.includes(Role.ADMIN)));

@Resolver(() => Declaration)
export class DeclarationResolver {
  // Natural persons may look around the platform but have no declarations to see.
  @Authorized(Role.ENTERPRISE, Role.OFFICE, Role.ADMIN)
  @Query(() => Declaration, { nullable: true, description: 'One declaration, if the caller may see it.' })
  async declaration(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Declaration | null> {
    if (!isUuid(id)) return null;
    const entity = await ctx.loaders.declarationById.load(id);
    return entity && shownTo(ctx, entity) && canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(entity.enterpriseId)) ? Declaration.from(entity) : null;
  }
}

/** Adds the enterprise's declarations to `Enterprise`. */
@Resolver(() => EnterpriseReference)
export class EnterpriseDeclarationsResolver {
  @FieldResolver(() => [Declaration], { description: 'Declarations of this enterprise, newest first (企业申报信息).' })
  async declarations(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Declaration[]> {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(enterprise.id))) return [];
    return (await ctx.loaders.declarationsByEnterprise.load(enterprise.id)).filter((d) => shownTo(ctx, d)).map(Declaration.from);
  }
}
