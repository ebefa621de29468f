import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';

/** The account is locked after repeated wrong passwords: until when, and the way out. */
export function AccountLockedAlert({ lockedUntil }: { lockedUntil: string | null }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('login.lockedTitle')}>
      {lockedUntil ? t('login.lockedUntil', { time: formatDateTime(lockedUntil) }) : t('login.lockedNoTime')}{' '}
      <Anchor component={Link} to={paths.forgotPassword} fw={700} underline="always">
        {t('login.forgotPassword')}
      </Anchor>
    </Alert>
  );
}
