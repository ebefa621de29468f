import { userError, type UserError } from '@zjtx/subgraph-kit';

/** The password rules, stated to users before they type (注册, 忘记密码) and checked here. */
export const PASSWORD_POLICY = {
  minLength: 8,
  maxLength: 64,
  /** Of: lower-case letters, upper-case letters, digits, other characters. */
  requiredClasses: 3,
  description: '8–64 位，至少包含大写字母、小写字母、数字、符号中的三类，且不能包含登录名。',
} as const;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Problems with a new password, as user errors on `field`; empty when it is acceptable. */
export function passwordProblems(password: string, loginName: string | null, field: string[]): UserError[] {
  if (password.length < PASSWORD_POLICY.minLength || password.length > PASSWORD_POLICY.maxLength) {
    return [userError('PASSWORD_LENGTH', {
        zh: `密码长度须为 ${PASSWORD_POLICY.minLength}–${PASSWORD_POLICY.maxLength} 位，请重新设置。`,
        en: `A password has ${PASSWORD_POLICY.minLength}–${PASSWORD_POLICY.maxLength} characters; choose another.`,
      }, field)];
  }
  if (CLASSES.filter((c) => c.test(password)).length < PASSWORD_POLICY.requiredClasses) {
    return [userError('PASSWORD_TOO_SIMPLE', { zh: '密码须至少包含大写字母、小写字母、数字、符号中的三类，请重新设置。', en: 'Use at least three of: upper-case letters, lower-case letters, digits, symbols.' }, field)];
  }
  if (loginName && loginName.length >= 3 && password.toLowerCase().includes(loginName.toLowerCase())) {
    return [userError('PASSWORD_CONTAINS_LOGIN_NAME', { zh: '密码不能包含登录名，请重新设置。', en: 'The password must not contain the login name.' }, field)];
  }
  return [];
}
