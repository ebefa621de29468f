import { Button, Container, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountType } from '../__generated__/graphql';
import { NoticePage } from '../components/NoticePage';
import { SignInRequiredPage } from '../pages/signin/SignInRequiredPage';
import { paths } from '../paths';
import { useSession } from './useSession';

interface RequireAccountProps {
  /** Names the page in the sign-in notice (a key under `nav.`). */
  area: 'userCentre' | 'manualVerifications' | 'enterprise' | 'assessment' | 'office' | 'declarations';
  /** Only accounts of this type may open the page. */
  accountType?: AccountType;
  children: ReactNode;
}

/** Shows the page to a signed-in account (of the right type); otherwise says what to do. */
export function RequireAccount({ area, accountType, children }: RequireAccountProps) {
  const { t } = useTranslation();
  const { status, account } = useSession();
  if (status === 'restoring') {
    return (
      <Container py="xl">
        <Stack align="center">
          <Loader size="sm" aria-label={t('session.restoring')} />
        </Stack>
      </Container>
    );
  }
  if (!account) return <SignInRequiredPage area={area} />;
  if (accountType && account.accountType !== accountType) {
    return (
      <NoticePage
        title={t('session.forbiddenTitle')}
        actions={
          <Button component={Link} to={paths.userCentre}>
            {t('nav.userCentre')}
          </Button>
        }
      >
        {t(`session.forbiddenBody.${accountType}`, { area: t(`nav.${area}`) })}
      </NoticePage>
    );
  }
  return children;
}
