import { Alert, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RealNameCard_AccountFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { SyncRealNameModal } from './SyncRealNameModal';
import { VerifyRealNameModal } from './VerifyRealNameModal';

const STATUS_COLOR = { VERIFIED: 'green', UNVERIFIED: 'orange', NOT_REQUIRED: 'gray' } as const;

/** 实名认证 state, with 实名认证 (when not yet verified) and 实名信息同步 (when verified). */
export function RealNameCard({ account, uscc }: { account: RealNameCard_AccountFragment; uscc: string }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'verify' | 'sync' | null>(null);
  const [synced, setSynced] = useState(false);
  const status = account.realNameStatus;
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('realName.title')}
        </Title>
        <Badge color={STATUS_COLOR[status]} variant="light" size="lg" radius="sm">
          {t(`realName.status.${status}`)}
        </Badge>
      </Group>
      {status === 'NOT_REQUIRED' && <Text>{t('realName.notRequired')}</Text>}
      {status === 'UNVERIFIED' && (
        <>
          <Text mb="md">{t('realName.unverified')}</Text>
          <Button onClick={() => setDialog('verify')}>{t('realName.verify')}</Button>
        </>
      )}
      {status === 'VERIFIED' && (
        <>
          <Text mb={4}>
            {t('realName.verifiedName')}
            <Text span fw={700} lang={CONTENT_LANGUAGE}>
              {account.realName}
            </Text>
          </Text>
          {account.realNameVerifiedAt && (
            <Text size="sm" c="dimmed" mb="md">
              {t('realName.verifiedAt', { time: formatDateTime(account.realNameVerifiedAt) })}
            </Text>
          )}
          {synced && (
            <Alert color="green" variant="light" role="status" mb="md">
              {t('realName.synced')}
            </Alert>
          )}
          <Text size="sm" mb="sm">
            {t('realName.syncHint')}
          </Text>
          <Button variant="light" onClick={() => setDialog('sync')}>
            {t('realName.sync')}
          </Button>
        </>
      )}
      {status === 'UNVERIFIED' && (
        <VerifyRealNameModal opened={dialog === 'verify'} onClose={() => setDialog(null)} legalRepresentative={account.legalRepresentative ?? ''} uscc={uscc} />
      )}
      {status === 'VERIFIED' && (
        <SyncRealNameModal opened={dialog === 'sync'} onClose={() => setDialog(null)} onSynced={() => setSynced(true)} realName={account.realName ?? ''} />
      )}
    </Paper>
  );
}
