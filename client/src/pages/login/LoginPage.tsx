import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths } from '../../paths';

/** Placeholder until sign-in is built: says so plainly instead of showing a form that does nothing. */
export function LoginPage() {
  const { t } = useTranslation();
  return (
    <NoticePage
      pageTitle={t('login.title')}
      title={t('login.comingTitle')}
      actions={
        <Button component={Link} to={paths.home} variant="light">
          {t('notice.backHome')}
        </Button>
      }
    >
      {t('login.comingBody')}
    </NoticePage>
  );
}
