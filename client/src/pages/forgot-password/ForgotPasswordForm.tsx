import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginMethod, RequestSmsCodeInput } from '../../__generated__/graphql';
import { useResetPasswordMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { IdentifierField } from '../../accounts/IdentifierField';
import { identifierCheck, normaliseIdentifier } from '../../accounts/identifierCheck';
import { SmsCodeField } from '../../accounts/SmsCodeField';
import { usePasswordPolicy } from '../../accounts/usePasswordPolicy';
import { usePasswordPolicyText } from '../../accounts/usePasswordPolicyText';
import { useForm } from '../../accounts/useForm';
import { useIdentifierParams } from '../../accounts/useIdentifierParams';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import type { UserErrorLike } from '../../accounts/userErrors';
import { splitUserErrors } from '../../accounts/userErrors';
import { normalisePhone, password, phone, sameAs, smsCode } from '../../accounts/validation';

const FIELDS = ['identifier', 'phone', 'smsCode', 'newPassword', 'confirmPassword'] as const;

/** Identifier and bound phone → code → new password. Reports the identifier on success. */
export function ForgotPasswordForm({ onDone }: { onDone: (method: LoginMethod, identifier: string) => void }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const rules = usePasswordPolicy();
  const policyText = usePasswordPolicyText(rules);
  const initial = useIdentifierParams();
  const [method, setMethod] = useState<LoginMethod>(initial.method);
  const form = useForm({ identifier: initial.identifier, phone: '', smsCode: '', newPassword: '', confirmPassword: '' });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [resetPassword, { loading }] = useResetPasswordMutation();
  const { values } = form;

  const showUserErrors = (userErrors: readonly UserErrorLike[]) => {
    const { fieldErrors, formErrors: rest } = splitUserErrors(userErrors, FIELDS);
    form.setErrors(fieldErrors);
    setFormErrors(rest);
  };

  const prepareSms = (): RequestSmsCodeInput | null => {
    if (!form.validate({ identifier: identifierCheck(method), phone }, problemMessage)) return null;
    return { purpose: 'RESET_PASSWORD', loginMethod: method, identifier: normaliseIdentifier(method, values.identifier), phone: normalisePhone(values.phone) };
  };

  const submit = async () => {
    setFormErrors([]);
    const checks = {
      identifier: identifierCheck(method),
      phone,
      smsCode,
      newPassword: password(rules, method === 'LOGIN_NAME' ? values.identifier : ''),
      confirmPassword: sameAs(values.newPassword),
    };
    if (!form.validate(checks, problemMessage)) return;
    const identifier = normaliseIdentifier(method, values.identifier);
    try {
      const { data } = await resetPassword({
        variables: { input: { loginMethod: method, identifier, phone: normalisePhone(values.phone), smsCode: values.smsCode.trim(), newPassword: values.newPassword } },
      });
      if (data?.resetPassword.ok) onDone(method, identifier);
      else showUserErrors(data?.resetPassword.userErrors ?? []);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        <FormAlert messages={formErrors} />
        <IdentifierField method={method} onMethodChange={setMethod} {...form.field('identifier')} />
        <TextInput label={t('forgot.phone')} description={t('forgot.phoneHint')} withAsterisk type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={20} {...form.field('phone')} />
        <SmsCodeField label={t('sms.codeLabel')} {...form.field('smsCode')} prepare={prepareSms} onUserErrors={showUserErrors} phone={normalisePhone(values.phone) || undefined} conditional />
        <PasswordInput label={t('forgot.newPassword')} withAsterisk autoComplete="new-password" description={policyText} {...form.field('newPassword')} />
        <PasswordInput label={t('forgot.confirmPassword')} withAsterisk autoComplete="new-password" {...form.field('confirmPassword')} />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('forgot.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
