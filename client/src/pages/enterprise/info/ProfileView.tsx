import { Alert, Group, Paper, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfile_EnterpriseFragment } from '../../../__generated__/graphql';
import { EditAction } from './EditAction';
import { ProfileTable } from './ProfileTable';
import { RecognitionStatus } from './RecognitionStatus';
import { RecognitionsTable } from './RecognitionsTable';
import { SizeClassExplanation } from './SizeClassExplanation';
import { SizeClassLine } from './SizeClassLine';

interface ProfileViewProps {
  enterprise: EnterpriseProfile_EnterpriseFragment;
  /** Just saved: say so above the table. */
  saved: boolean;
}

/** 企业信息: status, the 企业基本情况 table, the size class and how it was decided, and 【编辑】. */
export function ProfileView({ enterprise, saved }: ProfileViewProps) {
  const { t } = useTranslation();
  const tableTitleId = useId();
  const classification = enterprise.sizeClassification;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('profile.title')}
          </Title>
          <RecognitionStatus recognitions={enterprise.recognitions} />
        </Group>
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('profile.saved')}
          </Alert>
        )}
        <RecognitionsTable recognitions={enterprise.recognitions} />
        <Title order={2} size="h4" id={tableTitleId} ta="center">
          {t('profile.tableTitle')}
        </Title>
        <ProfileTable enterprise={enterprise} labelledBy={tableTitleId} />
        <div>
          <SizeClassLine sizeClass={classification?.sizeClass ?? null} editable={enterprise.editable} />
          {classification && <SizeClassExplanation classification={classification} />}
        </div>
        <Group justify="center">
          <EditAction editable={enterprise.editable} lockReason={enterprise.editLockReason} />
        </Group>
      </Stack>
    </Paper>
  );
}
