import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LoginMethod } from '../../__generated__/graphql';
import { AccountPageFrame } from '../../accounts/AccountPageFrame';
import { changePhonePath, signInPath } from '../../paths';
import { ForgotPasswordForm } from './ForgotPasswordForm';

/** 忘记密码: reset by a code sent to the bound phone; the way to 手机号修改 if that phone is gone. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ method: LoginMethod; identifier: string } | null>(null);
  return (
    <AccountPageFrame title={t('forgot.title')} lead={t('forgot.lead')}>
      {done ? (
        <Alert color="green" variant="light" role="status" title={t('forgot.doneTitle')}>
          {t('forgot.doneBody')}
          <Group mt="md">
            <Button component={Link} to={`${signInPath(undefined, done.method)}&identifier=${encodeURIComponent(done.identifier)}`}>
              {t('forgot.toLogin')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <>
          <ForgotPasswordForm onDone={(method, identifier) => setDone({ method, identifier })} />
          <Group justify="center" mt="lg">
            <Button component={Link} to={changePhonePath()} variant="subtle">
              {t('forgot.phoneLost')}
            </Button>
          </Group>
        </>
      )}
    </AccountPageFrame>
  );
}
