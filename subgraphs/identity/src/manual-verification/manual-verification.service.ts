import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { AccountEntity } from '../account/account.entity';
import { findByIdentifier, normaliseIdentifier, type LoginMethod } from '../account/identifier';
import { maskPhone, normalisePhone } from '../account/phone';
import { audit } from '../audit/audit';
import type { IdentityServices } from '../services';
import { endAllSessions } from '../session/sessions';
import { SmsPurpose } from '../sms/sms-code.entity';
import { consumeSmsCode } from '../sms/sms-codes';
import { SMS_SIGNATURE } from '../sms/sms-sender';
import { NEW_PHONE_INVALID } from '../recovery/recovery.service';
import { attachUploads } from '../uploads/uploads.service';
import { ManualVerificationEntity, ManualVerificationStatus } from './manual-verification.entity';

const MAX_DOCUMENTS = 5;

export type ManualVerificationResult = { ok: true; request: ManualVerificationEntity } | { ok: false; userErrors: UserError[] };

export interface ManualVerificationInput {
  loginMethod: LoginMethod;
  identifier: string;
  enterpriseName: string;
  contactName: string;
  newPhone: string;
  newPhoneCode: string;
  documentFileIds: string[];
  note?: string | null;
}

/**
 * Files a manual verification (人工核验) for binding a new phone. Open to the signed-out: the
 * new phone is proven by a code, the rest by the documents. Whether the identifier names an
 * account is not revealed here; the administrator sees it.
 */
export async function requestManualVerification(em: EntityManager, services: IdentityServices, http: HttpExchange, input: ManualVerificationInput): Promise<ManualVerificationResult> {
  const errors: UserError[] = [];
  const identifier = normaliseIdentifier(input.loginMethod, input.identifier);
  if (!identifier) errors.push(userError('REQUIRED', { zh: '请填写登录名或统一社会信用代码。', en: 'Enter the login name or the USCC.' }, ['identifier']));
  const enterpriseName = input.enterpriseName.trim();
  if (!enterpriseName || enterpriseName.length > 200) errors.push(userError('REQUIRED', { zh: '请填写企业名称（200 字以内）。', en: 'Enter the enterprise name (at most 200 characters).' }, ['enterpriseName']));
  const contactName = input.contactName.trim();
  if (!contactName || contactName.length > 50) errors.push(userError('REQUIRED', { zh: '请填写联系人姓名（50 字以内）。', en: 'Enter the contact\'s name (at most 50 characters).' }, ['contactName']));
  const newPhone = normalisePhone(input.newPhone);
  if (!newPhone) errors.push(userError('INVALID_PHONE', NEW_PHONE_INVALID, ['newPhone']));
  if (input.documentFileIds.length === 0 || input.documentFileIds.length > MAX_DOCUMENTS) {
    errors.push(userError('DOCUMENTS_REQUIRED', {
          zh: `请上传 1–${MAX_DOCUMENTS} 份证明材料（加盖公章的申请函、营业执照、法定代表人身份证等）。`,
          en: `Upload 1–${MAX_DOCUMENTS} documents (a sealed application letter, the business licence, the legal representative's ID…).`,
        }, ['documentFileIds']));
  }
  if ((input.note ?? '').length > 500) errors.push(userError('TOO_LONG', { zh: '补充说明不能超过 500 字。', en: 'The note may have at most 500 characters.' }, ['note']));
  if (errors.length > 0) return { ok: false, userErrors: errors };
  if (!(await consumeSmsCode(em, newPhone!, SmsPurpose.CHANGE_PHONE_NEW, input.newPhoneCode))) {
    return { ok: false, userErrors: [userError('INVALID_SMS_CODE', { zh: '新手机号验证码不正确或已过期，请重新获取后再试。', en: 'The code for the new phone is wrong or has expired; request a new one.' }, ['newPhoneCode'])] };
  }
  const attached = await attachUploads(em, services, 'MANUAL_VERIFICATION', input.documentFileIds, 'documentFileIds');
  if (!attached.ok) return attached;

  const account = await findByIdentifier(em, input.loginMethod, identifier);
  const request = em.create(ManualVerificationEntity, {
    loginMethod: input.loginMethod,
    identifier,
    accountId: account?.id ?? null,
    enterpriseName,
    contactName,
    newPhone: newPhone!,
    documents: attached.files,
    note: input.note?.trim() || null,
    createdAt: new Date(),
    status: ManualVerificationStatus.PENDING,
  });
  em.persist(request);
  audit(em, { action: 'MANUAL_VERIFICATION_REQUESTED', accountId: account?.id, clientIp: http.clientIp, detail: { requestId: request.id, newPhone: maskPhone(newPhone!) } });
  await services.sms.send(em, newPhone!, `${SMS_SIGNATURE}您的人工核验申请已提交，审核结果将以短信通知本手机号。`);
  await em.flush();
  return { ok: true, request };
}

/**
 * An administrator approves (binds the new phone, ends every session) or rejects (with a
 * reason). Either way the new phone is told. Deciding twice is refused, never applied twice.
 */
export function decideManualVerification(em: EntityManager, decider: Decider, input: Decision): Promise<ManualVerificationResult> {
  // The row is locked, so two administrators deciding at once are served one after the other.
  return em.transactional((tx) => decide(tx, decider, input));
}

/** The administrator deciding, and what identity needs to act on the decision. */
export interface Decider {
  services: IdentityServices;
  http: HttpExchange;
  adminId: string;
}

export interface Decision {
  id: string;
  approve: boolean;
  reason?: string | null;
}

async function decide(em: EntityManager, { services, http, adminId }: Decider, input: Decision): Promise<ManualVerificationResult> {
  const request = await em.findOne(ManualVerificationEntity, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!request) return { ok: false, userErrors: [userError('NOT_FOUND', { zh: '没有这条人工核验申请。', en: 'There is no such manual verification request.' }, ['id'])] };
  if (request.status !== ManualVerificationStatus.PENDING) return { ok: false, userErrors: [userError('ALREADY_DECIDED', { zh: '这条申请已经处理过了。', en: 'This request has been decided already.' }, ['id'])] };
  const reason = input.reason?.trim() || null;
  if (!input.approve && !reason) return { ok: false, userErrors: [userError('REASON_REQUIRED', { zh: '驳回时请填写原因，申请人会在短信中看到。', en: 'Give a reason when rejecting; the applicant receives it by SMS.' }, ['reason'])] };
  const account = request.accountId ? await em.findOne(AccountEntity, { id: request.accountId }) : null;
  if (input.approve && !account) {
    return { ok: false, userErrors: [userError('NO_MATCHING_ACCOUNT', {
          zh: '申请中的登录名或统一社会信用代码没有对应的账号，无法通过，请驳回并说明原因。',
          en: 'No account has the login name or USCC given in the request, so it cannot be approved; reject it with a reason.',
        }, ['approve'])] };
  }

  request.status = input.approve ? ManualVerificationStatus.APPROVED : ManualVerificationStatus.REJECTED;
  request.decidedAt = new Date();
  request.decidedBy = adminId;
  request.decisionReason = reason;
  if (input.approve && account) {
    const from = account.phone ? maskPhone(account.phone) : null;
    account.phone = request.newPhone;
    await endAllSessions(em, account.id);
    audit(em, { action: 'PHONE_CHANGED', accountId: account.id, actorId: adminId, clientIp: http.clientIp, detail: { by: 'manual-verification', requestId: request.id, from, to: maskPhone(request.newPhone) } });
    await services.sms.send(em, request.newPhone, `${SMS_SIGNATURE}您的人工核验已通过，账号绑定手机号已更换为本号码。请在登录页点击【忘记密码】重新设置密码后登录。`);
  } else {
    await services.sms.send(em, request.newPhone, `${SMS_SIGNATURE}您的人工核验未通过，原因：${reason}。请补充材料后重新申请。`);
  }
  audit(em, { action: 'MANUAL_VERIFICATION_DECIDED', accountId: request.accountId, actorId: adminId, clientIp: http.clientIp, detail: { requestId: request.id, approved: input.approve, reason } });
  await em.flush();
  return { ok: true, request };
}
