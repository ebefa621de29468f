import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArchiveEntries } from './ArchiveEntries';
import type { EvidenceFile_EvidenceFragment, ScanStatus } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { formatSize } from '../../uploads/formatSize';

const SCAN_COLOR: Record<ScanStatus, string> = { NOT_SCANNED: 'yellow', PENDING: 'blue', CLEAN: 'green', INFECTED: 'red' };

export function ScanBadge({ status }: { status: ScanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={SCAN_COLOR[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`declaration.evidence.scan.${status}`)}
    </Badge>
  );
}

interface EvidenceFileRowProps {
  evidence: EvidenceFile_EvidenceFragment;
  onDownload: (() => void) | null;
  onRemove: (() => void) | null;
  removing: boolean;
}

/** An attached file: its name as chosen, size, scan state, the entries of a zip; 下载 when usable, 删除 while editable. */
export function EvidenceFileRow({ evidence, onDownload, onRemove, removing }: EvidenceFileRowProps) {
  const { t } = useTranslation();
  const usable = evidence.scanStatus === 'CLEAN' || evidence.scanStatus === 'NOT_SCANNED';
  return (
    <Paper withBorder p="xs" radius="sm" component="li" aria-label={evidence.fileName}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {evidence.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {formatSize(evidence.size)} · {t('declaration.evidence.attachedAt', { date: formatDateTime(evidence.attachedAt) })}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <ScanBadge status={evidence.scanStatus} />
          {usable && onDownload && (
            <Anchor component="button" type="button" size="sm" onClick={onDownload} aria-label={t('declaration.evidence.downloadLabel', { name: evidence.fileName })}>
              {t('declaration.evidence.download')}
            </Anchor>
          )}
          {onRemove && (
            <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove} loading={removing} aria-label={t('declaration.evidence.removeLabel', { name: evidence.fileName })}>
              {t('declaration.evidence.remove')}
            </Button>
          )}
        </Group>
      </Group>
      {evidence.scanStatus === 'INFECTED' && (
        <Text size="sm" c="red.9" mt={4}>
          {t('declaration.evidence.infected')}
        </Text>
      )}
      <ArchiveEntries entries={evidence.archiveEntries} />
    </Paper>
  );
}
