import { StoredFile, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { declarationsConfig } from '../config';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { shownVersion } from '../declaration/shown-version';
import { declarationPdf } from './declaration-pdf';

@Resolver(() => Declaration)
export class DeclarationPdfResolver {
  @FieldResolver(() => StoredFile, {
    description: 'The filled-in form as a PDF (cover, every field, computed values with formulas, conditions, evidence list, declaration page for signature and seal), generated on the server with an embedded Chinese font; the link is fresh on every request.',
  })
  async pdf(@Root() declaration: Declaration, @Ctx() ctx: SubgraphContext<DeclarationLoaders>): Promise<StoredFile> {
    const { files } = declarationsConfig();
    const frozen = await shownVersion(declaration.entity, ctx.caller, ctx.loaders);
    const [file] = await StoredFile.withLinks(files.links, [await declarationPdf(ctx.em, files.store, declaration.entity, frozen)]);
    return file!;
  }
}
