import type { SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { DeclarationHistoryEntry, DeclarationVersion } from './history.type';

type Context = SubgraphContext<DeclarationLoaders>;

@Resolver(() => Declaration)
export class DeclarationHistoryResolver {
  @FieldResolver(() => [DeclarationHistoryEntry], { description: 'The status timeline, oldest first: created, submitted, each decision with who and why.' })
  async history(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DeclarationHistoryEntry[]> {
    return (await ctx.loaders.historyByDeclaration.load(declaration.id)).map(DeclarationHistoryEntry.from);
  }

  @FieldResolver(() => [DeclarationVersion], { description: 'The submitted versions, first first.' })
  async versions(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DeclarationVersion[]> {
    return (await ctx.loaders.versionsByDeclaration.load(declaration.id)).map(DeclarationVersion.from);
  }
}
