import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFile_EvidenceFragment, EvidenceSection_ItemFragment } from '../../__generated__/graphql';
import { useDeclarationFileLinksLazyQuery, useRemoveEvidenceMutation } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatSize } from '../../uploads/formatSize';
import { EvidenceFileRow } from './EvidenceFileRow';
import { EvidenceScanLive } from './EvidenceScanLive';
import { PinnedNote } from './FieldInput';
import { EVIDENCE_RULES } from './evidenceRules';
import { evidenceId } from './fieldIds';
import { startDownload } from './startDownload';
import { useEvidenceUploads } from './useEvidenceUploads';
import classes from './DeclarationForm.module.css';

interface EvidenceSectionProps {
  declarationId: string;
  items: readonly EvidenceSection_ItemFragment[];
  evidence: readonly EvidenceFile_EvidenceFragment[];
  /** Uploading and removing; otherwise the files are listed to download. */
  editable: boolean;
  /** Items the office pinned when returning it. */
  pinned?: ReadonlySet<string>;
}

/** 佐证材料: per item (required ones marked *), the limits first, uploads with progress, the files attached with their scan state. */
export function EvidenceSection({ declarationId, items, evidence, editable, pinned }: EvidenceSectionProps) {
  const { t } = useTranslation();
  const uploads = useEvidenceUploads(declarationId);
  const [remove] = useRemoveEvidenceMutation();
  const [fetchLinks] = useDeclarationFileLinksLazyQuery({ fetchPolicy: 'network-only' });
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (file: EvidenceFile_EvidenceFragment) => {
    setProblem(null);
    try {
      // Links last minutes and the page may have been open for hours: a fresh one each time.
      const { data } = await fetchLinks({ variables: { id: declarationId } });
      const link = data?.declaration?.evidence.find((e) => e.id === file.id)?.file;
      if (link) startDownload(link.downloadUrl, link.fileName);
      else setProblem(t('declaration.evidence.downloadFailed'));
    } catch {
      setProblem(t('declaration.evidence.downloadFailed'));
    }
  };

  const removeFile = async (file: EvidenceFile_EvidenceFragment) => {
    setRemoving(file.id);
    setProblem(null);
    try {
      const { data } = await remove({ variables: { input: { declarationId, evidenceId: file.id } } });
      const errors = data?.removeEvidence.userErrors ?? [];
      if (errors.length > 0) setProblem(errors.map((e) => e.message).join(' '));
    } catch {
      setProblem(t('declaration.networkError'));
    } finally {
      setRemoving(null);
    }
  };

  const notScanned = evidence.some((file) => file.scanStatus === 'NOT_SCANNED');
  return (
    <Paper component="section" aria-labelledby="section-evidence" withBorder radius="md" p="lg">
      <Title order={2} size="h4" id="section-evidence" mb={4}>
        {t('declaration.evidence.title')}
      </Title>
      {editable && (
        <Text size="sm" c="dimmed" mb="md" id="evidence-rules">
          {t('declaration.evidence.rules', { max: formatSize(EVIDENCE_RULES.maxBytes) })}
        </Text>
      )}
      {editable && <EvidenceScanLive />}
      {problem && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {problem}
        </Alert>
      )}
      <Stack gap="md">
        {items.map((item) => {
          const files = evidence.filter((file) => file.item === item.key);
          const pending = uploads.uploads.filter((upload) => upload.item === item.key);
          if (!editable && files.length === 0) return null;
          return (
            <div key={item.key} id={evidenceId(item.key)} tabIndex={-1} className={classes.target} data-pinned={pinned?.has(item.key) || undefined} role="group" aria-labelledby={`${evidenceId(item.key)}-label`} aria-describedby={pinned?.has(item.key) ? `${evidenceId(item.key)}-pinned` : undefined}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <div>
                  <Text fw={600} size="sm" id={`${evidenceId(item.key)}-label`}>
                    <span lang={CONTENT_LANGUAGE}>{item.label}</span>
                    {item.required && (
                      <>
                        <Text span c="red.9" ml={4} aria-hidden="true">
                          *
                        </Text>
                        <VisuallyHidden component="span">{t('declaration.evidence.required')}</VisuallyHidden>
                      </>
                    )}
                  </Text>
                  {item.hint && (
                    <Text size="xs" c="dimmed" lang={CONTENT_LANGUAGE}>
                      {item.hint}
                    </Text>
                  )}
                  {pinned?.has(item.key) && <PinnedNote id={`${evidenceId(item.key)}-pinned`} />}
                </div>
                {editable && (
                  <FileButton multiple accept={EVIDENCE_RULES.accept} onChange={(chosen) => uploads.add(item.key, chosen)}>
                    {(props) => (
                      <Button variant="default" size="xs" aria-describedby="evidence-rules" aria-label={t('declaration.evidence.uploadLabel', { item: item.label })} {...props}>
                        {t('declaration.evidence.upload')}
                      </Button>
                    )}
                  </FileButton>
                )}
              </Group>
              {(files.length > 0 || pending.length > 0) && (
                <Stack component="ul" gap={6} mt="xs" className={classes.plainList}>
                  {files.map((file) => (
                    <EvidenceFileRow
                      key={file.id}
                      evidence={file}
                      onDownload={() => void download(file)}
                      onRemove={editable ? () => void removeFile(file) : null}
                      removing={removing === file.id}
                    />
                  ))}
                  {pending.map((upload) => (
                    <Paper key={upload.key} withBorder p="xs" radius="sm" component="li" aria-label={upload.fileName}>
                      <Group justify="space-between" wrap="nowrap" gap="sm">
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {upload.fileName}（{formatSize(upload.size)}）
                        </Text>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm" c={upload.status === 'failed' ? 'red.9' : 'dimmed'}>
                            {t(`declaration.evidence.status.${upload.status}`)}
                          </Text>
                          {upload.status === 'failed' && (
                            <Button variant="subtle" size="compact-sm" onClick={() => uploads.dismiss(upload.key)} aria-label={t('declaration.evidence.dismissLabel', { name: upload.fileName })}>
                              {t('declaration.evidence.dismiss')}
                            </Button>
                          )}
                        </Group>
                      </Group>
                      {upload.status !== 'failed' && <Progress value={upload.progress} size="sm" mt={6} aria-label={t('declaration.evidence.progress', { name: upload.fileName })} />}
                      {upload.error && (
                        <Text size="sm" c="red.9" mt={4} role="alert">
                          {upload.error}
                        </Text>
                      )}
                    </Paper>
                  ))}
                </Stack>
              )}
            </div>
          );
        })}
      </Stack>
      {notScanned && (
        <Text size="xs" c="dimmed" mt="md">
          {t('declaration.evidence.notScannedNote')}
        </Text>
      )}
    </Paper>
  );
}
