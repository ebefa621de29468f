import type { ProfileContext } from '../context';
import { EnterpriseReader } from './enterprise.service';
import type { Enterprise } from './enterprise.type';

/** Resolves `Enterprise` references from other subgraphs, batched, by either key. */
export function resolveEnterpriseReference(reference: { id?: string; uscc?: string }, ctx: ProfileContext): Promise<Enterprise | null> {
  const reader = new EnterpriseReader(ctx.loaders, ctx.caller);
  if (reference.id) return reader.byId(reference.id);
  if (reference.uscc) return reader.byUscc(reference.uscc);
  return Promise.resolve(null);
}
