import { Button, Divider, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RecoveryOption, RegistrationKind, RequestSmsCodeInput } from '../../__generated__/graphql';
import { useRegisterMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { SmsCodeField } from '../../accounts/SmsCodeField';
import { usePasswordPolicy } from '../../accounts/usePasswordPolicy';
import { usePasswordPolicyText } from '../../accounts/usePasswordPolicyText';
import { useForm } from '../../accounts/useForm';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import type { UserErrorLike } from '../../accounts/userErrors';
import { splitUserErrors } from '../../accounts/userErrors';
import { normalisePhone, phone } from '../../accounts/validation';
import { paths } from '../../paths';
import { useSession } from '../../session/useSession';
import { EnterpriseFields } from './EnterpriseFields';
import { KindChooser } from './KindChooser';
import { EMPTY_REGISTRATION, REGISTER_FIELDS, registerChecks } from './registerFields';
import { UsccTakenRecovery } from './UsccTakenRecovery';

/** 注册: the account kind, the enterprise (法人), the account, and the phone proven by an SMS code. */
export function RegisterForm() {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const rules = usePasswordPolicy();
  const policyText = usePasswordPolicyText(rules);
  const [kind, setKind] = useState<RegistrationKind>('LEGAL_PERSON');
  const form = useForm(EMPTY_REGISTRATION);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [usccTaken, setUsccTaken] = useState<{ uscc: string; options: readonly RecoveryOption[] | null } | null>(null);
  const [register, { loading }] = useRegisterMutation();
  const legal = kind === 'LEGAL_PERSON';
  const { values } = form;

  const showUserErrors = (userErrors: readonly UserErrorLike[]) => {
    const { fieldErrors, formErrors: rest } = splitUserErrors(userErrors, REGISTER_FIELDS);
    form.setErrors(fieldErrors);
    setFormErrors(rest);
  };

  const prepareSms = (): RequestSmsCodeInput | null => {
    const problem = phone(values.phone);
    if (problem) {
      form.setErrors({ phone: problemMessage(problem) });
      return null;
    }
    return { purpose: 'REGISTER', phone: normalisePhone(values.phone) };
  };

  const submit = async () => {
    setFormErrors([]);
    setUsccTaken(null);
    if (!form.validate(registerChecks(kind, rules, values), problemMessage)) return;
    try {
      const { data } = await register({
        variables: {
          input: {
            kind,
            loginName: values.loginName.trim(),
            password: values.password,
            phone: normalisePhone(values.phone),
            smsCode: values.smsCode.trim(),
            displayName: values.displayName.trim(),
            ...(legal
              ? { uscc: values.uscc.trim().toUpperCase(), enterpriseName: values.enterpriseName.trim(), legalRepresentative: values.legalRepresentative.trim() }
              : {}),
          },
        },
      });
      const payload = data?.register;
      if (payload?.accessToken && payload.expiresAt && payload.account) {
        await signIn({ accessToken: payload.accessToken, expiresAt: payload.expiresAt, account: payload.account });
        await navigate(paths.userCentre, { replace: true });
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.some((error) => error.code === 'USCC_ALREADY_REGISTERED')) {
        setUsccTaken({ uscc: values.uscc.trim().toUpperCase(), options: payload?.recoveryOptions ?? null });
      }
      showUserErrors(userErrors);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        {usccTaken && <UsccTakenRecovery uscc={usccTaken.uscc} options={usccTaken.options} />}
        <FormAlert messages={formErrors} />
        <KindChooser value={kind} onChange={setKind} />

        <Divider />
        <Title order={2} size="h4">
          {t(legal ? 'register.sectionEnterprise' : 'register.sectionPerson')}
        </Title>
        {legal && <EnterpriseFields form={form} />}
        <TextInput
          label={t(legal ? 'register.contactName' : 'register.personName')}
          withAsterisk
          autoComplete="name"
          {...form.field('displayName')}
        />

        <Divider />
        <Title order={2} size="h4">
          {t('register.sectionAccount')}
        </Title>
        <TextInput label={t('register.loginName')} description={t('register.loginNameHint')} withAsterisk autoComplete="username" {...form.field('loginName')} />
        <PasswordInput label={t('register.password')} withAsterisk autoComplete="new-password" description={policyText} {...form.field('password')} />
        <PasswordInput label={t('register.confirmPassword')} withAsterisk autoComplete="new-password" {...form.field('confirmPassword')} />

        <Divider />
        <Title order={2} size="h4">
          {t('register.sectionPhone')}
        </Title>
        <TextInput label={t('register.phone')} description={t('register.phoneHint')} withAsterisk type="tel" inputMode="numeric" autoComplete="tel-national" maxLength={20} {...form.field('phone')} />
        <SmsCodeField
          label={t('sms.codeLabel')}
          {...form.field('smsCode')}
          prepare={prepareSms}
          onUserErrors={showUserErrors}
          phone={normalisePhone(values.phone) || undefined}
        />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('register.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
