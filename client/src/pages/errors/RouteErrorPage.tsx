import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths } from '../../paths';
import { NotFoundPage } from './NotFoundPage';

/** Rendered inside the layout when a page throws, so header, nav and footer stay usable. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <NoticePage
      title={t('routeError.title')}
      actions={
        <Button component={Link} to={paths.home}>
          {t('notice.backHome')}
        </Button>
      }
    >
      {t('routeError.body')}
    </NoticePage>
  );
}
