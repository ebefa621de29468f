import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths } from '../../paths';

/** Placeholder for the recognition lookup (name + USCC + captcha → tiers held). */
export function LookupPage() {
  const { t } = useTranslation();
  return (
    <NoticePage
      pageTitle={t('lookup.title')}
      title={t('lookup.comingTitle')}
      actions={
        <Button component={Link} to={paths.home} variant="light">
          {t('notice.backHome')}
        </Button>
      }
    >
      {t('lookup.comingBody')}
    </NoticePage>
  );
}
