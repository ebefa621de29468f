import { Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeAccountQuery } from '../../__generated__/graphql';
import { useOfficeAccountQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { CONTENT_LANGUAGE } from '../../i18n';
import { usePageTitle } from '../../layout/usePageTitle';

export type OfficeAccount = NonNullable<OfficeAccountQuery['viewer']>;

interface OfficePageFrameProps {
  title: string;
  lead: string;
  /** Wider for tables (the review queue). */
  size?: 'md' | 'xl';
  /** Shown above the frame (a result carried over from another page). */
  notice?: ReactNode;
  children: (office: OfficeAccount) => ReactNode;
}

/** An office page: heading, who acts (the office's name), then the page once the account has loaded. */
export function OfficePageFrame({ title, lead, size = 'md', notice, children }: OfficePageFrameProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  const { data, error, refetch } = useOfficeAccountQuery({ fetchPolicy: 'cache-and-network' });
  const office = data?.viewer;
  return (
    <Container size={size} py="xl">
      <Title order={1} size="h2" mb="xs">
        {title}
      </Title>
      <Text c="dimmed" mb="lg">
        {lead}
      </Text>
      {notice}
      <Paper withBorder radius="md" p="lg">
        {office?.officeLevel ? (
          <Stack gap="md">
            <Text size="sm">
              {t('office.actingAs')}
              <Text span fw={700} lang={CONTENT_LANGUAGE}>
                {office.displayName}
              </Text>
              {t('office.levelInBrackets', { level: t(`officeLevel.${office.officeLevel}`) })}
            </Text>
            {children(office)}
          </Stack>
        ) : error ? (
          <QueryError message={t('office.loadError')} onRetry={() => void refetch()} />
        ) : (
          <Loader size="sm" aria-label={t('office.loading')} />
        )}
      </Paper>
    </Container>
  );
}
