import { Role, type AccessTokenClaims } from '@zjtx/subgraph-kit';
import { AccountType, type AccountEntity } from '../account/account.entity';

const ROLE_OF: Record<AccountType, string> = {
  [AccountType.LEGAL_PERSON]: Role.ENTERPRISE,
  [AccountType.NATURAL_PERSON]: Role.NATURAL_PERSON,
  [AccountType.OFFICE]: Role.OFFICE,
  [AccountType.ADMIN]: Role.ADMIN,
};

export const rolesOf = (account: Pick<AccountEntity, 'accountType'>): string[] => [ROLE_OF[account.accountType]];

/** What every subgraph learns about the caller from the access token. */
export function claimsFor(account: AccountEntity): AccessTokenClaims {
  return {
    sub: account.id,
    roles: rolesOf(account),
    ent: account.enterpriseId ?? undefined,
    office: account.officeLevel && account.regionCode ? { level: account.officeLevel, regionCode: account.regionCode, name: account.displayName } : undefined,
  };
}
