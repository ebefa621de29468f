import { useTranslation } from 'react-i18next';
import type { PasswordRules } from './validation';

/** The password rules as a sentence, for the new-password field's description (read before typing). */
export function usePasswordPolicyText(rules: PasswordRules | undefined): string {
  const { t } = useTranslation();
  return rules ? t('password.policy', { min: rules.minLength, max: rules.maxLength, classes: rules.requiredClasses }) : t('password.policyLoading');
}
