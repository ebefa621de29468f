import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginMethod, RequestSmsCodeInput } from '../../__generated__/graphql';
import { useChangePhoneMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { IdentifierField } from '../../accounts/IdentifierField';
import { identifierCheck, normaliseIdentifier } from '../../accounts/identifierCheck';
import { SmsCodeField } from '../../accounts/SmsCodeField';
import { useForm } from '../../accounts/useForm';
import { useIdentifierParams } from '../../accounts/useIdentifierParams';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import type { UserErrorLike } from '../../accounts/userErrors';
import { renameField, splitUserErrors } from '../../accounts/userErrors';
import { normalisePhone, phone, smsCode } from '../../accounts/validation';

const FIELDS = ['identifier', 'oldPhoneCode', 'newPhone', 'newPhoneCode'] as const;

/** 手机核验 (图5): the old phone is still at hand, so a code to it and one to the new phone prove both. */
export function PhoneCheckForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const initial = useIdentifierParams();
  const [method, setMethod] = useState<LoginMethod>(initial.method);
  const form = useForm({ identifier: initial.identifier, oldPhoneCode: '', newPhone: '', newPhoneCode: '' });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [changePhone, { loading }] = useChangePhoneMutation();
  const { values } = form;

  const showUserErrors = (userErrors: readonly UserErrorLike[]) => {
    const { fieldErrors, formErrors: rest } = splitUserErrors(userErrors, FIELDS);
    form.setErrors(fieldErrors);
    setFormErrors(rest);
  };

  const prepareOld = (): RequestSmsCodeInput | null =>
    form.validate({ identifier: identifierCheck(method) }, problemMessage)
      ? { purpose: 'CHANGE_PHONE_OLD', loginMethod: method, identifier: normaliseIdentifier(method, values.identifier) }
      : null;

  const prepareNew = (): RequestSmsCodeInput | null =>
    form.validate({ newPhone: phone }, problemMessage) ? { purpose: 'CHANGE_PHONE_NEW', phone: normalisePhone(values.newPhone) } : null;

  const submit = async () => {
    setFormErrors([]);
    const checks = { identifier: identifierCheck(method), oldPhoneCode: smsCode, newPhone: phone, newPhoneCode: smsCode };
    if (!form.validate(checks, problemMessage)) return;
    try {
      const { data } = await changePhone({
        variables: {
          input: {
            loginMethod: method,
            identifier: normaliseIdentifier(method, values.identifier),
            oldPhoneCode: values.oldPhoneCode.trim(),
            newPhone: normalisePhone(values.newPhone),
            newPhoneCode: values.newPhoneCode.trim(),
          },
        },
      });
      if (data?.changePhone.ok) onDone();
      else showUserErrors(data?.changePhone.userErrors ?? []);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        <FormAlert messages={formErrors} />
        <IdentifierField method={method} onMethodChange={setMethod} {...form.field('identifier')} />
        <SmsCodeField label={t('changePhone.oldPhoneCode')} {...form.field('oldPhoneCode')} prepare={prepareOld} onUserErrors={showUserErrors} conditional />
        <TextInput label={t('changePhone.newPhone')} withAsterisk type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={20} {...form.field('newPhone')} />
        <SmsCodeField
          label={t('changePhone.newPhoneCode')}
          {...form.field('newPhoneCode')}
          prepare={prepareNew}
          onUserErrors={(errors) => showUserErrors(renameField(errors, 'phone', 'newPhone'))}
          phone={normalisePhone(values.newPhone) || undefined}
        />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('changePhone.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
