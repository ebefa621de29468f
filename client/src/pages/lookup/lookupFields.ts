import type { Check } from '../../accounts/validation';
import { required, text, uscc } from '../../accounts/validation';

export const LOOKUP_FIELDS = ['enterpriseName', 'uscc', 'captchaAnswer'] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];

export const EMPTY_LOOKUP: Record<LookupField, string> = { enterpriseName: '', uscc: '', captchaAnswer: '' };

const ENTERPRISE_NAME_MAX = 200;
const CAPTCHA_LENGTH = 4;

const captcha: Check = (value) => required(value) ?? (value.trim().length === CAPTCHA_LENGTH ? null : 'captcha');

export const LOOKUP_CHECKS: Record<LookupField, Check> = {
  enterpriseName: text(ENTERPRISE_NAME_MAX),
  uscc,
  captchaAnswer: captcha,
};
