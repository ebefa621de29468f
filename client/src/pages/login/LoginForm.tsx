import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { LoginMethod } from '../../__generated__/graphql';
import { useLoginMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { normaliseIdentifier } from '../../accounts/identifierCheck';
import { useForm } from '../../accounts/useForm';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { splitUserErrors } from '../../accounts/userErrors';
import { required, uscc } from '../../accounts/validation';
import { afterSignIn } from '../../paths';
import { useSession } from '../../session/useSession';
import { AccountLockedAlert } from './AccountLockedAlert';

const FIELDS = ['identifier', 'password'] as const;

/** Identifier and password for one sign-in method; signs in and goes where the visitor was headed. */
export function LoginForm({ method, initialIdentifier }: { method: LoginMethod; initialIdentifier: string }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { signIn } = useSession();
  const form = useForm({ identifier: initialIdentifier, password: '' });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [locked, setLocked] = useState<{ until: string | null } | null>(null);
  const [login, { loading }] = useLoginMutation();

  const submit = async () => {
    setFormErrors([]);
    setLocked(null);
    // Login names are not re-checked against the registration rule: an older name must still work.
    if (!form.validate({ identifier: method === 'USCC' ? uscc : required, password: required }, problemMessage)) return;
    try {
      const { data } = await login({
        variables: { input: { method, identifier: normaliseIdentifier(method, form.values.identifier), password: form.values.password } },
      });
      const payload = data?.login;
      if (payload?.accessToken && payload.expiresAt && payload.account) {
        await signIn({ accessToken: payload.accessToken, expiresAt: payload.expiresAt, account: payload.account });
        await navigate(afterSignIn(searchParams.get('next')), { replace: true });
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      const lockError = userErrors.find((error) => error.code === 'ACCOUNT_LOCKED');
      if (lockError) setLocked({ until: payload?.lockedUntil ?? null });
      const { fieldErrors, formErrors: rest } = splitUserErrors(
        userErrors.filter((error) => error !== lockError),
        FIELDS,
      );
      form.setErrors(fieldErrors);
      setFormErrors(rest);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        {locked && <AccountLockedAlert lockedUntil={locked.until} />}
        <FormAlert messages={formErrors} />
        <TextInput
          label={t(method === 'USCC' ? 'login.usccLabel' : 'login.loginNameLabel')}
          description={method === 'USCC' ? t('login.usccHint') : undefined}
          autoComplete="username"
          withAsterisk
          {...form.field('identifier')}
        />
        <PasswordInput label={t('login.passwordLabel')} autoComplete="current-password" withAsterisk {...form.field('password')} />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('login.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
