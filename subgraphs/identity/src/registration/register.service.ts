import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { checkUscc, usccRegionCode, type UsccProblem } from '@zjtx/domain';
import { recordEvent, userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { AccountEntity, AccountType, RealNameStatus } from '../account/account.entity';
import { normalisePhone } from '../account/phone';
import { audit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import { passwordProblems } from '../auth/password-policy';
import type { IdentityServices } from '../services';
import { signIn, type IssuedAccess } from '../session/issue';
import { SmsPurpose } from '../sms/sms-code.entity';
import { consumeSmsCode } from '../sms/sms-codes';

export enum RegistrationKind {
  LEGAL_PERSON = 'LEGAL_PERSON',
  NATURAL_PERSON = 'NATURAL_PERSON',
}

/** Where a user whose USCC is taken can go next (the FAQ's three steps), never a dead end. */
export enum RecoveryOption {
  SIGN_IN_WITH_USCC = 'SIGN_IN_WITH_USCC',
  RESET_PASSWORD = 'RESET_PASSWORD',
  CHANGE_PHONE_MANUAL = 'CHANGE_PHONE_MANUAL',
}

export interface RegisterInput {
  kind: RegistrationKind;
  loginName: string;
  password: string;
  phone: string;
  smsCode: string;
  displayName: string;
  uscc?: string | null;
  enterpriseName?: string | null;
  legalRepresentative?: string | null;
}

export type RegisterResult =
  | ({ ok: true; account: AccountEntity } & IssuedAccess)
  | { ok: false; userErrors: UserError[]; recoveryOptions: RecoveryOption[] | null };

const LOGIN_NAME = /^[A-Za-z0-9_.-]{4,32}$/;

const USCC_MESSAGES: Record<UsccProblem, { zh: string; en: string }> = {
  LENGTH: { zh: '统一社会信用代码应为 18 位，请对照营业执照核对。', en: 'A unified social credit code has 18 characters; check it against the business licence.' },
  FORMAT: { zh: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V），请对照营业执照核对。', en: 'The code contains characters a USCC never uses (I, O, Z, S, V); check it against the business licence.' },
  CHECK_DIGIT: { zh: '统一社会信用代码校验位不正确，可能有字符输错，请对照营业执照逐位核对。', en: 'The check character does not match: a character is probably mistyped; compare each one with the business licence.' },
};

function required(value: string | null | undefined, field: string, label: { zh: string; en: string }, max: number, errors: UserError[]): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) errors.push(userError('REQUIRED', { zh: `请填写${label.zh}。`, en: `Enter the ${label.en}.` }, [field]));
  else if (trimmed.length > max) errors.push(userError('TOO_LONG', { zh: `${label.zh}不能超过 ${max} 个字符。`, en: `The ${label.en} may have at most ${max} characters.` }, [field]));
  return trimmed;
}

/** Checks every field and reports every problem at once, before anything is written. */
function validate(input: RegisterInput): { errors: UserError[]; phone: string; uscc: string | null } {
  const errors: UserError[] = [];
  const loginName = input.loginName.trim();
  if (!LOGIN_NAME.test(loginName)) errors.push(userError('INVALID_LOGIN_NAME', { zh: '登录名须为 4–32 位字母、数字或 _ - .，请重新填写。', en: 'A login name has 4–32 letters, digits or _ - . — choose another.' }, ['loginName']));
  errors.push(...passwordProblems(input.password, loginName, ['password']));
  const phone = normalisePhone(input.phone);
  if (!phone) errors.push(userError('INVALID_PHONE', { zh: '请填写 11 位中国大陆手机号码。', en: 'Enter an 11-digit mainland China mobile number.' }, ['phone']));
  if (!/^[0-9]{6}$/.test(input.smsCode.trim())) errors.push(userError('INVALID_SMS_CODE', { zh: '请填写短信中的 6 位验证码。', en: 'Enter the 6-digit code from the text message.' }, ['smsCode']));
  const isLegal = input.kind === RegistrationKind.LEGAL_PERSON;
  required(input.displayName, 'displayName', isLegal ? { zh: '联系人姓名', en: 'contact name' } : { zh: '姓名', en: 'name' }, 50, errors);
  let uscc: string | null = null;
  if (isLegal) {
    const check = checkUscc((input.uscc ?? '').trim().toUpperCase());
    if (check.valid) uscc = check.uscc;
    else errors.push(userError(`USCC_${check.problem}`, USCC_MESSAGES[check.problem], ['uscc']));
    required(input.enterpriseName, 'enterpriseName', { zh: '企业名称', en: 'enterprise name' }, 200, errors);
    required(input.legalRepresentative, 'legalRepresentative', { zh: '法定代表人', en: 'legal representative' }, 50, errors);
  }
  return { errors, phone: phone ?? '', uscc };
}

/**
 * Registers a legal or natural person, verified by an SMS code to the phone. A legal person's
 * enterprise is created by profile from the event recorded in the same transaction.
 */
export async function register(em: EntityManager, services: IdentityServices, http: HttpExchange, input: RegisterInput): Promise<RegisterResult> {
  const { errors, phone, uscc } = validate(input);
  if (errors.length > 0) return { ok: false, userErrors: errors, recoveryOptions: null };

  const loginName = input.loginName.trim();
  if (uscc && (await em.count(AccountEntity, { uscc })) > 0) {
    return {
      ok: false,
      userErrors: [userError('USCC_ALREADY_REGISTERED', {
          zh: '该统一社会信用代码已注册账号。可用统一社会信用代码直接登录；忘记密码可用绑定手机号重置；原手机号也无法使用时，请通过【手机号修改】选择人工核验。',
          en: 'This USCC already has an account. Sign in with the USCC; if you forgot the password, reset it with the bound phone; if that phone is no longer yours, use Change phone → manual verification.',
        }, ['uscc'])],
      recoveryOptions: [RecoveryOption.SIGN_IN_WITH_USCC, RecoveryOption.RESET_PASSWORD, RecoveryOption.CHANGE_PHONE_MANUAL],
    };
  }
  if ((await em.count(AccountEntity, { loginName })) > 0) {
    return { ok: false, userErrors: [userError('LOGIN_NAME_TAKEN', { zh: '该登录名已被使用，请换一个登录名。', en: 'This login name is taken; choose another.' }, ['loginName'])], recoveryOptions: null };
  }
  if (!(await consumeSmsCode(em, phone, SmsPurpose.REGISTER, input.smsCode))) {
    return { ok: false, userErrors: [userError('INVALID_SMS_CODE', { zh: '短信验证码不正确或已过期，请重新获取验证码。', en: 'The code is wrong or has expired; request a new one.' }, ['smsCode'])], recoveryOptions: null };
  }

  const isLegal = input.kind === RegistrationKind.LEGAL_PERSON;
  const account = em.create(AccountEntity, {
    loginName,
    accountType: isLegal ? AccountType.LEGAL_PERSON : AccountType.NATURAL_PERSON,
    displayName: input.displayName.trim(),
    phone,
    passwordHash: await hashPassword(input.password),
    uscc,
    enterpriseId: isLegal ? randomUUID() : null,
    legalRepresentative: isLegal ? input.legalRepresentative!.trim() : null,
    realNameStatus: isLegal ? RealNameStatus.UNVERIFIED : RealNameStatus.NOT_REQUIRED,
    passwordChangedAt: new Date(),
    createdAt: new Date(),
  });
  em.persist(account);
  if (isLegal) {
    recordEvent(em, 'identity.legal-person-registered', {
      accountId: account.id,
      enterpriseId: account.enterpriseId!,
      uscc: uscc!,
      enterpriseName: input.enterpriseName!.trim(),
      legalRepresentative: account.legalRepresentative!,
      contactName: account.displayName,
      contactMobile: phone,
      regionCode: usccRegionCode(uscc!),
    });
  }
  audit(em, { action: 'REGISTERED', accountId: account.id, clientIp: http.clientIp, detail: { kind: input.kind } });
  try {
    // signIn flushes once: the account, its event, the audit record and the session commit in one transaction.
    const issued = await signIn(em, services, http, account);
    return { ok: true, account, ...issued };
  } catch (error) {
    // Two registrations racing for the same USCC or login name: the loser hears why.
    if (error instanceof UniqueConstraintViolationException) {
      return { ok: false, userErrors: [userError('ALREADY_REGISTERED', { zh: '该统一社会信用代码或登录名刚刚已被注册，请改用登录或换一个登录名。', en: 'This USCC or login name was registered a moment ago; sign in instead or choose another login name.' }, ['loginName'])], recoveryOptions: null };
    }
    throw error;
  }
}
