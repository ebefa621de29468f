import { Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfile_EnterpriseFragment } from '../../__generated__/graphql';
import { useEnterpriseProfileQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';

interface EnterpriseProfileLoaderProps {
  /** Wait for the server's answer rather than show what is cached (for the edit form). */
  fresh?: boolean;
  /** The page, once the signed-in legal person's enterprise has loaded. */
  children: (enterprise: EnterpriseProfile_EnterpriseFragment) => ReactNode;
}

/** Loads the enterprise the signed-in legal person acts for; says what to do if it cannot. */
export function EnterpriseProfileLoader({ fresh = false, children }: EnterpriseProfileLoaderProps) {
  const { t } = useTranslation();
  const { data, error, refetch, loading } = useEnterpriseProfileQuery({ fetchPolicy: fresh ? 'network-only' : 'cache-and-network' });
  const enterprise = data?.viewer?.enterprise;
  if (enterprise) return children(enterprise);
  if (error) return <QueryError message={t('enterprise.loadError')} onRetry={() => void refetch()} />;
  if (data && !loading) {
    // Signed in as a legal person, but the profile has not been created from the registration yet.
    return (
      <Paper withBorder radius="md" p="xl">
        <Title order={2} size="h3" mb="md">
          {t('enterprise.missingTitle')}
        </Title>
        <Text mb="lg">{t('enterprise.missingBody')}</Text>
        <Button onClick={() => void refetch()}>{t('enterprise.refresh')}</Button>
      </Paper>
    );
  }
  return (
    <Stack align="center" py="xl">
      <Loader size="sm" aria-label={t('enterprise.loading')} />
    </Stack>
  );
}
