import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths } from '../../paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NoticePage
      title={t('notFound.title')}
      actions={
        <Button component={Link} to={paths.home}>
          {t('notice.backHome')}
        </Button>
      }
    >
      {t('notFound.body')}
    </NoticePage>
  );
}
