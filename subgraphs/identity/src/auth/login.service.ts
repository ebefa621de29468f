import { Role, userError, type AccessTokenClaims, type UserError } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountEntity, AccountType } from '../account/account.entity';
import { Account } from '../account/account.type';
import { verifyPassword } from './password';
import type { SigningKeys } from './signing-keys';

const ROLE_OF: Record<AccountType, string> = {
  [AccountType.LEGAL_PERSON]: Role.ENTERPRISE,
  [AccountType.NATURAL_PERSON]: Role.NATURAL_PERSON,
  [AccountType.OFFICE]: Role.OFFICE,
  [AccountType.ADMIN]: Role.ADMIN,
};

export function claimsFor(account: AccountEntity): AccessTokenClaims {
  return {
    sub: account.id,
    roles: [ROLE_OF[account.accountType]],
    ent: account.enterpriseId ?? undefined,
    office: account.officeLevel && account.regionCode ? { level: account.officeLevel, regionCode: account.regionCode } : undefined,
  };
}

export type LoginResult =
  | { ok: true; account: Account; accessToken: string; expiresAt: Date }
  | { ok: false; userErrors: UserError[] };

/**
 * Signs in with login name and password. The failure message is the same whether the
 * account exists or not, and takes as long.
 */
export async function login(em: EntityManager, keys: SigningKeys, loginName: string, password: string): Promise<LoginResult> {
  const account = await em.findOne(AccountEntity, { loginName: loginName.trim() }, { populate: ['passwordHash'] });
  const valid = await verifyPassword(account?.passwordHash ?? null, password);
  if (!account || !valid) {
    return { ok: false, userErrors: [userError('INVALID_CREDENTIALS', '登录名或密码不正确，请检查后重试。', ['password'])] };
  }
  const { token, expiresAt } = await keys.sign(claimsFor(account));
  return { ok: true, account: Account.from(account), accessToken: token, expiresAt };
}
