import { checkUscc, stripPhoneFormatting } from '@zjtx/domain';

// The same rules as the identity subgraph (docs/contracts/identity-api.md), checked before
// sending so a mistake is named at once; the server checks again and its userErrors win.

/** A key under `validation.*` in the locale files, naming the problem and what to do. */
export type Problem =
  | 'required'
  | 'loginName'
  | 'phone'
  | 'smsCode'
  | 'passwordLength'
  | 'passwordClasses'
  | 'passwordMismatch'
  | 'passwordContainsLoginName'
  | 'usccLength'
  | 'usccFormat'
  | 'usccCheckDigit'
  | 'tooLong'
  | 'postcode'
  | 'email'
  | 'landline'
  | 'number'
  | 'integer'
  | 'nonNegative'
  | 'tooLarge'
  | 'date'
  | 'futureDate'
  | 'regionIncomplete'
  | 'industryRequired'
  | 'captcha';

export type Check = (value: string) => Problem | null;

const LOGIN_NAME = /^[A-Za-z0-9_.-]{4,32}$/;
/** Mainland mobile numbers: 11 digits starting 13–19. */
const PHONE = /^1[3-9]\d{9}$/;
const SMS_CODE = /^\d{6}$/;

export const required: Check = (value) => (value.trim() === '' ? 'required' : null);

/** Free text such as a name: present and not longer than `max`. */
export const text =
  (max: number): Check =>
  (value) =>
    required(value) ?? (value.trim().length > max ? 'tooLong' : null);

/** Optional free text, not longer than `max`. */
export const optionalText =
  (max: number): Check =>
  (value) =>
    value.trim().length > max ? 'tooLong' : null;

export const loginName: Check = (value) => required(value) ?? (LOGIN_NAME.test(value.trim()) ? null : 'loginName');
/** Drops the spaces, dashes and +86 people type, as the server does. */
/** Spaces, dashes and +86 dropped, exactly as the server reads phone numbers. */
export const normalisePhone = stripPhoneFormatting;

export const phone: Check = (value) => required(value) ?? (PHONE.test(normalisePhone(value)) ? null : 'phone');
export const smsCode: Check = (value) => required(value) ?? (SMS_CODE.test(value.trim()) ? null : 'smsCode');

const USCC_PROBLEMS = { LENGTH: 'usccLength', FORMAT: 'usccFormat', CHECK_DIGIT: 'usccCheckDigit' } as const;

/** 统一社会信用代码 with its check character (GB 32100-2015), via the shared domain rules. */
export const uscc: Check = (value) => {
  const missing = required(value);
  if (missing) return missing;
  const result = checkUscc(value);
  return result.valid ? null : USCC_PROBLEMS[result.problem];
};

export interface PasswordRules {
  minLength: number;
  maxLength: number;
  requiredClasses: number;
}

/** Lower-case letters, upper-case letters, digits, and everything else. */
const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/];

export const characterClasses = (value: string): number => CHARACTER_CLASSES.filter((pattern) => pattern.test(value)).length;

/**
 * A new password against the policy (before the policy has loaded, only its presence is
 * checked); like the server, it may not contain the login name (of three characters or more).
 */
export const password =
  (rules: PasswordRules | undefined, loginName = ''): Check =>
  (value) => {
    if (value === '') return 'required';
    if (!rules) return null;
    if (value.length < rules.minLength || value.length > rules.maxLength) return 'passwordLength';
    if (characterClasses(value) < rules.requiredClasses) return 'passwordClasses';
    const name = loginName.trim().toLowerCase();
    return name.length >= 3 && value.toLowerCase().includes(name) ? 'passwordContainsLoginName' : null;
  };

export const sameAs =
  (other: string): Check =>
  (value) =>
    required(value) ?? (value === other ? null : 'passwordMismatch');
