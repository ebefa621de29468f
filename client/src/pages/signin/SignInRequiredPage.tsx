import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NoticePage } from '../../components/NoticePage';
import { paths, signInPath } from '../../paths';
import { useSession } from '../../session/useSession';

interface SignInRequiredPageProps {
  /** The nav item the visitor chose, named in the message. */
  area: 'declarations' | 'enterprise' | 'userCentre' | 'manualVerifications' | 'assessment' | 'office';
}

/** A page that needs a signed-in account: the way to sign in, coming back here afterwards. */
export function SignInRequiredPage({ area }: SignInRequiredPageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { account } = useSession();
  const areaName = t(`nav.${area}`);
  if (account) {
    // Signed in, but the enterprise pages themselves are not built yet: say so, not "please sign in".
    return (
      <NoticePage
        pageTitle={areaName}
        title={t('signIn.comingTitle', { area: areaName })}
        actions={
          <Button component={Link} to={paths.userCentre}>
            {t('nav.userCentre')}
          </Button>
        }
      >
        {t('signIn.comingBody')}
      </NoticePage>
    );
  }
  return (
    <NoticePage
      pageTitle={areaName}
      title={t('signIn.title')}
      actions={
        <>
          <Button component={Link} to={signInPath(location.pathname + location.search)}>
            {t('signIn.action')}
          </Button>
          <Button component={Link} to={paths.register} variant="default">
            {t('nav.register')}
          </Button>
        </>
      }
    >
      {t('signIn.body', { area: areaName })}
    </NoticePage>
  );
}
