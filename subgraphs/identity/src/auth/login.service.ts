import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountEntity } from '../account/account.entity';
import { findByIdentifier, normaliseIdentifier, type LoginMethod } from '../account/identifier';
import { audit } from '../audit/audit';
import { signIn, type IssuedAccess } from '../session/issue';
import type { IdentityServices } from '../services';
import { LOGIN_FAILURES_BEFORE_LOCK } from './limits';
import { verifyPassword } from './password';

export type LoginResult =
  | ({ ok: true; account: AccountEntity } & IssuedAccess)
  | { ok: false; userErrors: UserError[]; lockedUntil: Date | null };

/**
 * The lock key: the account when it exists, else the name typed. Unknown names lock exactly
 * like real ones, so the answers never tell whether an account exists.
 */
export const loginLockKey = (account: AccountEntity | null, method: LoginMethod, identifier: string) =>
  account ? `account:${account.id}` : `name:${method}:${normaliseIdentifier(method, identifier).toLowerCase()}`;

const lockedError = (until: Date): UserError =>
  userError(
    'ACCOUNT_LOCKED',
    {
      zh: `连续 ${LOGIN_FAILURES_BEFORE_LOCK} 次密码错误，账号已锁定，请于 ${formatBeijingTime(until)}（北京时间）后再试；忘记密码可通过【忘记密码】用绑定手机号重新设置，设置后立即解锁。`,
      en: `${LOGIN_FAILURES_BEFORE_LOCK} wrong passwords in a row: the account is locked until ${formatBeijingTime(until)} (Beijing time). Resetting the password with the bound phone (Forgot password) unlocks it at once.`,
    },
    ['password'],
  );

/** Signs in with a login name or USCC and a password, with lockout and per-address limits. */
export async function login(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { method: LoginMethod; identifier: string; password: string },
): Promise<LoginResult> {
  const { limits } = services;
  const ipState = await limits.loginIpState(http.clientIp);
  if (ipState.blocked) {
    return { ok: false, lockedUntil: null, userErrors: [userError('TOO_MANY_ATTEMPTS', {
          zh: `此网络登录失败次数过多，请于 ${formatBeijingTime(ipState.until!)} 后再试。`,
          en: `Too many failed sign-ins from this network; try again after ${formatBeijingTime(ipState.until!)} (Beijing time).`,
        })] };
  }
  const account = await findByIdentifier(em, input.method, input.identifier);
  const key = loginLockKey(account, input.method, input.identifier);
  const lock = await limits.loginState(key);
  if (lock.blocked) return { ok: false, lockedUntil: lock.until, userErrors: [lockedError(lock.until!)] };

  // Verified even when the account does not exist (against a decoy), so both take as long.
  const valid = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !valid) {
    const after = await limits.loginFailed(key, http.clientIp);
    audit(em, { action: after.blocked ? 'LOCKED_OUT' : 'SIGN_IN_FAILED', accountId: account?.id, clientIp: http.clientIp, detail: { method: input.method, failures: after.consumed } });
    await em.flush();
    if (after.blocked) return { ok: false, lockedUntil: after.until, userErrors: [lockedError(after.until!)] };
    const left = LOGIN_FAILURES_BEFORE_LOCK - after.consumed;
    return {
      ok: false,
      lockedUntil: null,
      userErrors: [userError('INVALID_CREDENTIALS', {
            zh: `登录名或密码不正确，请检查后重试（再错 ${left} 次账号将被临时锁定）。忘记密码可点击【忘记密码】。`,
            en: `Wrong login name or password (${left} more and the account is locked for a while). Forgot it? Use Forgot password.`,
          }, ['password'])],
    };
  }

  await limits.loginSucceeded(key);
  audit(em, { action: 'SIGNED_IN', accountId: account.id, clientIp: http.clientIp, detail: { method: input.method } });
  const issued = await signIn(em, services, http, account);
  return { ok: true, account, ...issued };
}

/** 14:05 in Beijing time, for messages shown to users in China. */
export function formatBeijingTime(at: Date): string {
  return at.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
}
