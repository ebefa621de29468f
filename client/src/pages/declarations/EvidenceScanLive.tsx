import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidenceScannedSubscription } from '../../__generated__/graphql';

/**
 * While the form is open, each finished virus scan reaches it: Apollo writes the file's new
 * state into the cache (its row turns from 查毒中 to 安全 or 含病毒, the download appears), and
 * screen readers hear the verdict.
 */
export function EvidenceScanLive() {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  useEvidenceScannedSubscription({
    onData: ({ data }) => {
      const file = data.data?.evidenceScanned;
      if (file) setSaid(t('declaration.evidence.scanned', { name: file.fileName, status: t(`declaration.evidence.scan.${file.scanStatus}`) }));
    },
  });
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {said}
    </VisuallyHidden>
  );
}
