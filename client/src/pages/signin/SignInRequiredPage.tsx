import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths, signInPath } from '../../paths';

interface SignInRequiredPageProps {
  /** The nav item the visitor chose, named in the message. */
  area: 'declarations' | 'enterprise';
}

/** Stands in for the enterprise pages until sessions exist: they all need a signed-in account. */
export function SignInRequiredPage({ area }: SignInRequiredPageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const areaName = t(`nav.${area}`);
  return (
    <NoticePage
      pageTitle={areaName}
      title={t('signIn.title')}
      actions={
        <>
          <Button component={Link} to={signInPath(location.pathname + location.search)}>
            {t('signIn.action')}
          </Button>
          <Button component={Link} to={paths.home} variant="default">
            {t('notice.backHome')}
          </Button>
        </>
      }
    >
      {t('signIn.body', { area: areaName })}
    </NoticePage>
  );
}
