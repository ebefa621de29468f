import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../layout/usePageTitle';
import { paths } from '../../../paths';
import { EnterpriseProfileLoader } from '../EnterpriseProfileLoader';
import { ProfileEditor } from './ProfileEditor';

/** 企业信息 → 【编辑】 (/enterprise/edit), for enterprises that may still edit. */
export function EnterpriseEditPage() {
  const { t } = useTranslation();
  const title = t('profileEdit.title');
  usePageTitle(title);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Title order={1} size="h2" mb="xs">
        {title}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('profileEdit.lead')}
      </Text>
      {/* Fresh from the server: the form must stand on the version saved now, not a cached one. */}
      <EnterpriseProfileLoader fresh>
        {(enterprise) =>
          enterprise.editable ? (
            <ProfileEditor key={enterprise.id} enterprise={enterprise} />
          ) : (
            <Stack gap="md" align="flex-start">
              <Alert color="blue" variant="light" title={t('profileEdit.lockedTitle')}>
                {enterprise.editLockReason}
              </Alert>
              <Button component={Link} to={paths.enterprise} variant="default">
                {t('profileEdit.back')}
              </Button>
            </Stack>
          )
        }
      </EnterpriseProfileLoader>
    </Paper>
  );
}
