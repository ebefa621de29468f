import type { RegistrationKind } from '../../__generated__/graphql';
import type { Check, PasswordRules } from '../../accounts/validation';
import { loginName, password, phone, sameAs, smsCode, text, uscc } from '../../accounts/validation';

export const REGISTER_FIELDS = [
  'uscc',
  'enterpriseName',
  'legalRepresentative',
  'displayName',
  'loginName',
  'password',
  'confirmPassword',
  'phone',
  'smsCode',
] as const;

export type RegisterField = (typeof REGISTER_FIELDS)[number];

export const EMPTY_REGISTRATION: Record<RegisterField, string> = Object.fromEntries(REGISTER_FIELDS.map((name) => [name, ''])) as Record<
  RegisterField,
  string
>;

/** Length limits of the free-text fields (the server's, see the contract). */
const NAME_MAX = 50;
const ENTERPRISE_NAME_MAX = 200;

/** The checks for a registration of this kind: the enterprise fields only for a legal person. */
export function registerChecks(kind: RegistrationKind, rules: PasswordRules | undefined, values: Record<RegisterField, string>) {
  const checks: Partial<Record<RegisterField, Check>> = {
    displayName: text(NAME_MAX),
    loginName,
    password: password(rules, values.loginName),
    confirmPassword: sameAs(values.password),
    phone,
    smsCode,
  };
  if (kind === 'LEGAL_PERSON') {
    checks.uscc = uscc;
    checks.enterpriseName = text(ENTERPRISE_NAME_MAX);
    checks.legalRepresentative = text(NAME_MAX);
  }
  return checks;
}
