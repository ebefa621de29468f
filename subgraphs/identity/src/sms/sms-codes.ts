import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SMS_SIGNATURE, type SmsSender } from './sms-sender';
import { SmsCodeEntity, SmsPurpose } from './sms-code.entity';

export const SMS_CODE_TTL_SECONDS = 5 * 60;
/** Wrong guesses allowed per code before it is void (six digits: 5 guesses in a million). */
const MAX_ATTEMPTS = 5;

const WHAT_FOR: Record<SmsPurpose, string> = {
  [SmsPurpose.REGISTER]: '注册账号',
  [SmsPurpose.RESET_PASSWORD]: '重置密码',
  [SmsPurpose.CHANGE_PHONE_OLD]: '修改绑定手机号（原手机号核验）',
  [SmsPurpose.CHANGE_PHONE_NEW]: '绑定新手机号',
};

const hashCode = (id: string, code: string): string => createHash('sha256').update(`${id}:${code}`).digest('hex');

/** Creates a code for the phone and purpose and sends it in the same unit of work. */
export async function sendSmsCode(em: EntityManager, sms: SmsSender, phone: string, purpose: SmsPurpose): Promise<void> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const entity = em.create(SmsCodeEntity, { phone, purpose, codeHash: '', expiresAt: new Date(Date.now() + SMS_CODE_TTL_SECONDS * 1000), createdAt: new Date(), attempts: 0 });
  entity.codeHash = hashCode(entity.id, code);
  em.persist(entity);
  await sms.send(em, phone, `${SMS_SIGNATURE}验证码 ${code}，用于${WHAT_FOR[purpose]}，${SMS_CODE_TTL_SECONDS / 60} 分钟内有效。如非本人操作，请忽略本短信。`);
}

/**
 * Checks a code against the newest unexpired one for the phone and purpose, and uses it up
 * when it matches. Every wrong guess counts; after MAX_ATTEMPTS the code is void.
 */
export async function consumeSmsCode(em: EntityManager, phone: string, purpose: SmsPurpose, code: string): Promise<boolean> {
  const latest = await em.findOne(
    SmsCodeEntity,
    { phone, purpose, consumedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { createdAt: 'desc' } },
  );
  if (!latest || latest.attempts >= MAX_ATTEMPTS) return false;
  latest.attempts += 1;
  const matches = latest.codeHash === hashCode(latest.id, code.trim());
  if (matches) latest.consumedAt = new Date();
  // The attempt counts even when the caller's transaction later fails for another reason.
  await em.flush();
  return matches;
}
