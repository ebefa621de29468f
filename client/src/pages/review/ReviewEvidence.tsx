import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveEntries } from '../declarations/ArchiveEntries';
import type { EvidenceFile_EvidenceFragment, EvidenceSection_ItemFragment } from '../../__generated__/graphql';
import { useReviewEvidenceLinksQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { formatSize } from '../../uploads/formatSize';
import { ScanBadge } from '../declarations/EvidenceFileRow';
import classes from './Review.module.css';

/** Links last 10 minutes: asked again well before, while the tab stays open. */
const LINK_REFRESH_MS = 5 * 60 * 1000;

interface Link {
  fileName: string;
  contentType: string;
  downloadUrl: string;
}

const previewable = (contentType: string) => contentType === 'application/pdf' || contentType.startsWith('image/');

interface ReviewEvidenceProps {
  declarationId: string;
  items: readonly EvidenceSection_ItemFragment[];
  evidence: readonly EvidenceFile_EvidenceFragment[];
}

/**
 * 佐证材料 for the reviewer: per item, each file with its scan state, opened in a new tab (the
 * server sends it inline) or previewed here when it is a PDF or an image.
 */
export function ReviewEvidence({ declarationId, items, evidence }: ReviewEvidenceProps) {
  const { t } = useTranslation();
  const { data } = useReviewEvidenceLinksQuery({ variables: { id: declarationId }, fetchPolicy: 'network-only', pollInterval: LINK_REFRESH_MS });
  const links = new Map((data?.reviewDeclaration?.evidence ?? []).flatMap((file) => (file.file ? [[file.id, file.file] as const] : [])));
  const [previewing, setPreviewing] = useState<Link | null>(null);
  return (
    <Stack gap="md">
      {items.map((item) => {
        const files = evidence.filter((file) => file.item === item.key);
        const headingId = `review-evidence-${item.key}`;
        return (
          <Paper key={item.key} component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
            <Title order={3} size="h5" id={headingId} lang={CONTENT_LANGUAGE}>
              {item.label}
              {item.required && (
                <Text span size="sm" c="dimmed" fw={400} ml={6}>
                  {t('declaration.evidence.required')}
                </Text>
              )}
            </Title>
            {files.length === 0 ? (
              <Text size="sm" c="dimmed" mt={4}>
                {t('review.evidence.none')}
              </Text>
            ) : (
              <Stack component="ul" gap={6} mt="xs" p={0} style={{ listStyle: 'none' }}>
                {files.map((file) => {
                  const link = links.get(file.id);
                  return (
                    <Paper key={file.id} component="li" withBorder radius="sm" p="xs" aria-label={file.fileName}>
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                        <div style={{ minWidth: 0 }}>
                          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                            {file.fileName}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {formatSize(file.size)} · {t('declaration.evidence.attachedAt', { date: formatDateTime(file.attachedAt) })}
                          </Text>
                        </div>
                        <Group gap="sm" wrap="nowrap">
                          <ScanBadge status={file.scanStatus} />
                          {link && previewable(link.contentType) && (
                            <Button variant="subtle" size="compact-sm" onClick={() => setPreviewing(link)} aria-label={t('review.evidence.previewLabel', { name: file.fileName })}>
                              {t('review.evidence.preview')}
                            </Button>
                          )}
                          {link && (
                            <Anchor href={link.downloadUrl} target="_blank" rel="noopener" size="sm" aria-label={t('review.evidence.openLabel', { name: file.fileName })}>
                              {t('review.evidence.open')}
                            </Anchor>
                          )}
                        </Group>
                      </Group>
                      {!link && data && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {file.scanStatus === 'INFECTED' ? t('review.evidence.infected') : t('review.evidence.unavailable')}
                        </Text>
                      )}
                      <ArchiveEntries entries={file.archiveEntries} />
                    </Paper>
                  );
                })}
              </Stack>
            )}
          </Paper>
        );
      })}
      <Modal closeButtonProps={{ 'aria-label': t('review.close') }} opened={previewing !== null} onClose={() => setPreviewing(null)} title={previewing?.fileName} size="90%">
        {previewing &&
          (previewing.contentType.startsWith('image/') ? (
            <img src={previewing.downloadUrl} alt={previewing.fileName} className={classes.previewImage} />
          ) : (
            <iframe src={previewing.downloadUrl} title={previewing.fileName} className={classes.preview} />
          ))}
        {previewing && (
          <Anchor href={previewing.downloadUrl} target="_blank" rel="noopener" size="sm" mt="sm" display="inline-block">
            {t('review.evidence.openInTab')}
          </Anchor>
        )}
      </Modal>
    </Stack>
  );
}
