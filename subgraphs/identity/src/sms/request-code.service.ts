import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { findByIdentifier, LoginMethod, normaliseIdentifier } from '../account/identifier';
import { normalisePhone } from '../account/phone';
import type { IdentityServices } from '../services';
import { SmsPurpose } from './sms-code.entity';
import { SMS_CODE_TTL_SECONDS, sendSmsCode } from './sms-codes';

export interface RequestCodeInput {
  purpose: SmsPurpose;
  phone?: string | null;
  identifier?: string | null;
  loginMethod: LoginMethod;
}

export type RequestCodeResult =
  | { ok: true; expiresInSeconds: number }
  | { ok: false; userErrors: UserError[]; retryAfterSeconds: number | null };

/**
 * Sends a verification code. For codes that go to an account's bound phone (reset password,
 * change phone), the answer is the same whether or not the account exists and the phone
 * matches: nothing here tells a stranger which accounts or numbers are registered.
 */
export async function requestSmsCode(em: EntityManager, services: IdentityServices, http: HttpExchange, input: RequestCodeInput): Promise<RequestCodeResult> {
  const target = await resolveTarget(em, input);
  if ('error' in target) return { ok: false, userErrors: [target.error], retryAfterSeconds: null };

  const limit = await services.limits.smsSend(`${input.purpose}:${target.limitKey}`, http.clientIp);
  if (limit.blocked) {
    const seconds = Math.max(1, Math.ceil(((limit.until?.getTime() ?? Date.now()) - Date.now()) / 1000));
    return { ok: false, retryAfterSeconds: seconds, userErrors: [userError('SMS_TOO_FREQUENT', { zh: `验证码发送过于频繁，请 ${seconds} 秒后再获取。`, en: `Codes were requested too often; wait ${seconds} seconds.` })] };
  }
  if (target.phone) {
    await sendSmsCode(em, services.sms, target.phone, input.purpose);
    await em.flush();
  }
  return { ok: true, expiresInSeconds: SMS_CODE_TTL_SECONDS };
}

type Target = { phone: string | null; limitKey: string } | { error: UserError };

async function resolveTarget(em: EntityManager, input: RequestCodeInput): Promise<Target> {
  const phone = input.phone ? normalisePhone(input.phone) : null;
  const needsPhone = input.purpose !== SmsPurpose.CHANGE_PHONE_OLD;
  if (needsPhone && !phone) return { error: userError('INVALID_PHONE', { zh: '请填写 11 位中国大陆手机号码。', en: 'Enter an 11-digit mainland China mobile number.' }, ['phone']) };
  if (input.purpose === SmsPurpose.REGISTER || input.purpose === SmsPurpose.CHANGE_PHONE_NEW) return { phone, limitKey: phone! };

  const identifier = normaliseIdentifier(input.loginMethod, input.identifier ?? '');
  if (!identifier) return { error: userError('REQUIRED', input.loginMethod === LoginMethod.USCC ? { zh: '请填写统一社会信用代码。', en: 'Enter the USCC.' } : { zh: '请填写登录名。', en: 'Enter the login name.' }, ['identifier']) };
  const account = await findByIdentifier(em, input.loginMethod, identifier);
  // Limit by what was typed, so probing many numbers for one account is limited too.
  const limitKey = `${input.loginMethod}:${identifier.toLowerCase()}`;
  if (!account?.phone) return { phone: null, limitKey };
  if (input.purpose === SmsPurpose.RESET_PASSWORD) return { phone: account.phone === phone ? phone : null, limitKey };
  return { phone: account.phone, limitKey }; // CHANGE_PHONE_OLD: the bound phone
}
