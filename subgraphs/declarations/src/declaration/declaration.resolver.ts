import { canReadEnterprise, EnterpriseReference, isEnterpriseOrAdmin, isUuid, Role, Scope, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DeclarationStatus, type DeclarationEntity } from './declaration.entity';
import type { DeclarationLoaders } from './declaration.loaders';
import { Declaration } from './declaration.type';

type Context = SubgraphContext<DeclarationLoaders>;

/**
 * Who sees a declaration of an enterprise they may read at all (canReadEnterprise: the offices
 * over its region, partners within theirs). The enterprise and administrators: all of them,
 * drafts included. Offices: from the first submission on, whatever level holds it — reading
 * (oversight, the custom queries of DOMAIN §8) follows the jurisdiction, while deciding and the
 * review workspace (reviewQueue, reviewDeclaration) follow the level. Partners: the same, with
 * the `declarations:read` scope. What of a returned one is shown is decided by shownVersion.
 */
function shownTo(ctx: Context, declaration: DeclarationEntity): boolean {
  const { caller } = ctx;
  if (isEnterpriseOrAdmin(caller, declaration.enterpriseId)) return true;
  if (declaration.status === DeclarationStatus.DRAFT) return false;
  return caller.kind !== 'partner' || caller.scopes.includes(Scope.READ_DECLARATIONS);
}

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
