import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountEntity, AccountType } from './account.entity';

/** How a user names their account: login name (登录名) or, for legal persons, the USCC. */
export enum LoginMethod {
  LOGIN_NAME = 'LOGIN_NAME',
  USCC = 'USCC',
}

export const normaliseIdentifier = (method: LoginMethod, identifier: string): string =>
  method === LoginMethod.USCC ? identifier.trim().toUpperCase() : identifier.trim();

/** The account an identifier names, with its password hash; null when there is none. */
export function findByIdentifier(em: EntityManager, method: LoginMethod, identifier: string): Promise<AccountEntity | null> {
  const value = normaliseIdentifier(method, identifier);
  if (!value) return Promise.resolve(null);
  const where = method === LoginMethod.USCC ? { uscc: value, accountType: AccountType.LEGAL_PERSON } : { loginName: value };
  return em.findOne(AccountEntity, where, { populate: ['passwordHash'] });
}
