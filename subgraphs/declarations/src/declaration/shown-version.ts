import { isEnterpriseOrAdmin, type Caller } from '@zjtx/subgraph-kit';
import type { DeclarationVersionEntity } from './declaration-version.entity';
import { DeclarationStatus, type DeclarationEntity } from './declaration.entity';
import type { DeclarationLoaders } from './declaration.loaders';

/**
 * Which content of a declaration a caller is shown. A returned declaration is corrected in
 * place until the enterprise resubmits it; until then those corrections are the enterprise's own,
 * like a draft's. The enterprise (and an administrator) see the working copy; offices and
 * partners see the version last submitted, frozen: the one that was returned. In every other
 * status the working copy is what was submitted, so the frozen version is not needed.
 *
 * Null: show the working copy (the declaration row); otherwise the frozen version to show.
 */
export async function shownVersion(declaration: DeclarationEntity, caller: Caller, loaders: DeclarationLoaders): Promise<DeclarationVersionEntity | null> {
  if (declaration.status !== DeclarationStatus.RETURNED || isEnterpriseOrAdmin(caller, declaration.enterpriseId)) return null;
  return (await loaders.versionsByDeclaration.load(declaration.id)).at(-1) ?? null;
}
