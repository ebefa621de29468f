import { canReadEnterprise, isUuid, type Caller } from '@zjtx/subgraph-kit';
import type { EnterpriseLoaders } from './enterprise.loaders';
import { Enterprise } from './enterprise.type';

/**
 * Reads enterprises on behalf of a caller. Whoever may not see an enterprise gets null,
 * exactly as if it did not exist (no existence oracle).
 */
export class EnterpriseReader {
  constructor(
    private readonly loaders: EnterpriseLoaders,
    private readonly caller: Caller,
  ) {}

  async byId(id: string): Promise<Enterprise | null> {
    if (!isUuid(id)) return null;
    const entity = await this.loaders.enterpriseById.load(id);
    return entity && canReadEnterprise(this.caller, entity) ? Enterprise.from(entity) : null;
  }

  async byUscc(uscc: string): Promise<Enterprise | null> {
    const entity = await this.loaders.enterpriseByUscc.load(uscc);
    return entity && canReadEnterprise(this.caller, entity) ? Enterprise.from(entity) : null;
  }

  async byAccount(accountId: string): Promise<Enterprise | null> {
    if (!isUuid(accountId)) return null;
    const entity = await this.loaders.enterpriseByAccount.load(accountId);
    return entity && canReadEnterprise(this.caller, entity) ? Enterprise.from(entity) : null;
  }
}
