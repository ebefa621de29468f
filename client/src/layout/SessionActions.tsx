import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths';
import { useSession } from '../session/useSession';
import { AccountMenu } from './AccountMenu';
import { MessageBell } from './MessageBell';

/** 登录 / 注册 for visitors, the account menu once signed in (nothing while the session is restored). */
export function SessionActions() {
  const { t } = useTranslation();
  const { status, account } = useSession();
  if (account) {
    return (
      <>
        {account.accountType === 'LEGAL_PERSON' && <MessageBell />}
        <AccountMenu account={account} />
      </>
    );
  }
  if (status === 'restoring') return null;
  return (
    <>
      <Button component={Link} to={paths.login} variant="white" size="xs">
        {t('nav.login')}
      </Button>
      <Button component={Link} to={paths.register} variant="outline" color="white" size="xs">
        {t('nav.register')}
      </Button>
    </>
  );
}
