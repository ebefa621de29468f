import { Container, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUserCentrePageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { AccountInfo } from './AccountInfo';
import { OfficeToolsCard } from './OfficeToolsCard';
import { RealNameCard } from './RealNameCard';

/** 用户中心 (图4): account information, account type and real-name status. */
export function UserCentrePage() {
  const { t } = useTranslation();
  const title = t('userCentre.title');
  usePageTitle(title);
  const { data, error, refetch } = useUserCentrePageQuery({ fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer;
  return (
    <Container size="lg" py="xl">
      <Title order={1} size="h2" mb="lg">
        {title}
      </Title>
      {viewer ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <AccountInfo account={viewer} />
          <RealNameCard account={viewer} uscc={viewer.uscc ?? ''} />
          {viewer.accountType === 'OFFICE' && <OfficeToolsCard />}
        </SimpleGrid>
      ) : error ? (
        <QueryError message={t('userCentre.loadError')} onRetry={() => void refetch()} />
      ) : (
        <Stack align="center" py="xl">
          <Loader size="sm" aria-label={t('userCentre.loading')} />
        </Stack>
      )}
    </Container>
  );
}
