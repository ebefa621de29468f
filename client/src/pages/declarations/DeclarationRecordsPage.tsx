import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeclarationRecordsQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { DeclarationRecordsTable } from './DeclarationRecordsTable';
import { useStatusChanges } from './useStatusChanges';

/** 企业申报信息 (/enterprise/declarations): 申报记录 with 详情, 编辑 and 下载, and the way to a new declaration. */
export function DeclarationRecordsPage() {
  const { t } = useTranslation();
  usePageTitle(t('enterprise.subnav.declarations'));
  // Statuses change as offices review: always asked again.
  const { data, error, refetch } = useDeclarationRecordsQuery({ fetchPolicy: 'cache-and-network' });
  // A decision while the list is open shows at once.
  useStatusChanges(() => void refetch());
  const declarations = data?.viewer?.enterprise?.declarations;
  let body;
  if (declarations) body = <DeclarationRecordsTable declarations={declarations} />;
  else if (error) body = <QueryError message={t('declaration.records.loadError')} onRetry={() => void refetch()} />;
  else if (data) body = <Text>{t('enterprise.missingBody')}</Text>;
  else
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('declaration.records.loading')} />
      </Stack>
    );
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={1} size="h2">
          {t('enterprise.subnav.declarations')}
        </Title>
        <Button component={Link} to={paths.declarations}>
          {t('declaration.records.new')}
        </Button>
      </Group>
      <Title order={2} size="h4" id="declaration-records-heading" mb="sm">
        {t('declaration.records.title')}
      </Title>
      {body}
    </Paper>
  );
}
