import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { findByIdentifier, type LoginMethod } from '../account/identifier';
import { maskPhone, normalisePhone } from '../account/phone';
import { audit } from '../audit/audit';
import { loginLockKey } from '../auth/login.service';
import { hashPassword } from '../auth/password';
import { passwordProblems } from '../auth/password-policy';
import type { IdentityServices } from '../services';
import { endAllSessions } from '../session/sessions';
import { SmsPurpose } from '../sms/sms-code.entity';
import { consumeSmsCode } from '../sms/sms-codes';
import { SMS_SIGNATURE } from '../sms/sms-sender';

export type RecoveryResult = { ok: true } | { ok: false; userErrors: UserError[] };

const invalidCode = (field: string, which = { zh: '短信验证码', en: 'The code' }): RecoveryResult => ({
  ok: false,
  userErrors: [userError('INVALID_SMS_CODE', { zh: `${which.zh}不正确或已过期，请重新获取后再试。`, en: `${which.en} is wrong or has expired; request a new one.` }, [field])],
});

/** Shared with manual verification, which also binds a new phone. */
export const NEW_PHONE_INVALID = { zh: '请填写 11 位中国大陆手机号码作为新手机号。', en: 'Enter an 11-digit mainland China mobile number as the new phone.' };
const OLD_PHONE_CODE = { zh: '原手机号验证码', en: 'The code for the old phone' };
const NEW_PHONE_CODE = { zh: '新手机号验证码', en: 'The code for the new phone' };

/**
 * Forgot password (忘记密码): a code sent to the bound phone proves ownership. A wrong
 * identifier or phone gets the same answer as a wrong code. Clears a lockout and ends every
 * session, so a thief holding an old session is signed out.
 */
export async function resetPassword(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { loginMethod: LoginMethod; identifier: string; phone: string; smsCode: string; newPassword: string },
): Promise<RecoveryResult> {
  const account = await findByIdentifier(em, input.loginMethod, input.identifier);
  const problems = passwordProblems(input.newPassword, account?.loginName ?? null, ['newPassword']);
  if (problems.length > 0) return { ok: false, userErrors: problems };
  const phone = normalisePhone(input.phone);
  if (!account || !phone || account.phone !== phone) return invalidCode('smsCode');
  if (!(await consumeSmsCode(em, phone, SmsPurpose.RESET_PASSWORD, input.smsCode))) return invalidCode('smsCode');

  account.passwordHash = await hashPassword(input.newPassword);
  account.passwordChangedAt = new Date();
  await endAllSessions(em, account.id);
  audit(em, { action: 'PASSWORD_RESET', accountId: account.id, clientIp: http.clientIp, detail: { by: 'sms' } });
  await services.sms.send(em, phone, `${SMS_SIGNATURE}您的登录密码已重新设置。如非本人操作，请立即通过【忘记密码】修改密码。`);
  await em.flush();
  await services.limits.unlock(loginLockKey(account, input.loginMethod, input.identifier));
  return { ok: true };
}

/**
 * Change the bound phone by phone verification (手机核验): one code to the old phone, one to
 * the new. The old phone is told of the change.
 */
export async function changePhone(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { loginMethod: LoginMethod; identifier: string; oldPhoneCode: string; newPhone: string; newPhoneCode: string },
): Promise<RecoveryResult> {
  const newPhone = normalisePhone(input.newPhone);
  if (!newPhone) return { ok: false, userErrors: [userError('INVALID_PHONE', NEW_PHONE_INVALID, ['newPhone'])] };
  const account = await findByIdentifier(em, input.loginMethod, input.identifier);
  if (!account?.phone) return invalidCode('oldPhoneCode', OLD_PHONE_CODE);
  if (account.phone === newPhone) return { ok: false, userErrors: [userError('SAME_PHONE', { zh: '新手机号与原绑定手机号相同，无需修改。', en: 'The new phone is the one already bound; nothing to change.' }, ['newPhone'])] };
  if (!(await consumeSmsCode(em, account.phone, SmsPurpose.CHANGE_PHONE_OLD, input.oldPhoneCode))) return invalidCode('oldPhoneCode', OLD_PHONE_CODE);
  if (!(await consumeSmsCode(em, newPhone, SmsPurpose.CHANGE_PHONE_NEW, input.newPhoneCode))) return invalidCode('newPhoneCode', NEW_PHONE_CODE);

  const oldPhone = account.phone;
  account.phone = newPhone;
  audit(em, { action: 'PHONE_CHANGED', accountId: account.id, clientIp: http.clientIp, detail: { by: 'sms', from: maskPhone(oldPhone), to: maskPhone(newPhone) } });
  await services.sms.send(em, oldPhone, `${SMS_SIGNATURE}您账号的绑定手机号已修改为 ${maskPhone(newPhone)}。如非本人操作，请联系平台客服。`);
  await em.flush();
  return { ok: true };
}
