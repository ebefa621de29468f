import { isUuid, Role, type Caller } from '@zjtx/subgraph-kit';
import type { AccountLoaders } from './account.loaders';
import { Account } from './account.type';

/** An account is visible to itself and to administrators, to nobody else. */
export async function readAccount(loaders: AccountLoaders, caller: Caller, id: string): Promise<Account | null> {
  if (!isUuid(id) || caller.kind !== 'account' || (caller.accountId !== id && !caller.roles.includes(Role.ADMIN))) return null;
  const entity = await loaders.accountById.load(id);
  return entity ? Account.from(entity) : null;
}
