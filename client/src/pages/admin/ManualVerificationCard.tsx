import { Badge, Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManualVerificationCard_RequestFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { DocumentLinks } from './DocumentLinks';

const STATUS_COLOR = { PENDING: 'orange', APPROVED: 'green', REJECTED: 'red' } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

interface ManualVerificationCardProps {
  request: ManualVerificationCard_RequestFragment;
  onDecide: (approve: boolean) => void;
}

/** One 人工核验 request: who asks, for which new phone, with which documents, and the decision. */
export function ManualVerificationCard({ request, onDecide }: ManualVerificationCardProps) {
  const { t } = useTranslation();
  return (
    <Paper component="article" withBorder radius="md" p="md" aria-labelledby={`mv-${request.id}`}>
      <Group justify="space-between" mb="sm">
        <Text fw={700} id={`mv-${request.id}`} lang={CONTENT_LANGUAGE}>
          {request.enterpriseName}
        </Text>
        <Badge color={STATUS_COLOR[request.status]} variant="light" radius="sm">
          {t(`admin.status.${request.status}`)}
        </Badge>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
        <Field label={t('admin.identifier')}>{request.identifier}</Field>
        <Field label={t('admin.contactName')}>
          <span lang={CONTENT_LANGUAGE}>{request.contactName}</span>
        </Field>
        <Field label={t('admin.newPhone')}>{request.maskedNewPhone}</Field>
        <Field label={t('admin.account')}>{request.account ? `${request.account.loginName}（${request.account.displayName}）` : t('admin.noAccount')}</Field>
        <Field label={t('admin.createdAt')}>{formatDateTime(request.createdAt)}</Field>
        {request.decidedAt && <Field label={t('admin.decidedAt')}>{formatDateTime(request.decidedAt)}</Field>}
      </SimpleGrid>
      {request.note && (
        <Text size="sm" mt="sm" lang={CONTENT_LANGUAGE}>
          {t('admin.note')}
          {request.note}
        </Text>
      )}
      {request.decisionReason && (
        <Text size="sm" mt="sm" lang={CONTENT_LANGUAGE}>
          {t('admin.decisionReason')}
          {request.decisionReason}
        </Text>
      )}
      <Text size="sm" c="dimmed" mt="sm">
        {t('admin.documents', { count: request.documents.length })}
      </Text>
      <DocumentLinks documents={request.documents} />
      {request.status === 'PENDING' && (
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={() => onDecide(false)}>
            {t('admin.reject')}
          </Button>
          <Button color="green.8" onClick={() => onDecide(true)}>
            {t('admin.approve')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
