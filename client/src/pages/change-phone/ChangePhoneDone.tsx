import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';

/** What happened and what comes next, after either way of changing the phone. */
export function ChangePhoneDone({ way, maskedPhone }: { way: 'phone' | 'manual'; maskedPhone?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" role="status" title={t(`changePhone.done.${way}.title`)}>
      {t(`changePhone.done.${way}.body`, { phone: maskedPhone ?? '' })}
      <Group mt="md">
        {way === 'manual' ? (
          <Button component={Link} to={paths.forgotPassword}>
            {t('login.forgotPassword')}
          </Button>
        ) : (
          <Button component={Link} to={paths.login}>
            {t('forgot.toLogin')}
          </Button>
        )}
        <Button component={Link} to={paths.home} variant="default">
          {t('notice.backHome')}
        </Button>
      </Group>
    </Alert>
  );
}
