import { Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ManualVerificationCard_RequestFragment } from '../../__generated__/graphql';
import { formatSize } from '../../uploads/formatSize';

/** The uploaded documents, each opened in a new tab from its download URL. */
export function DocumentLinks({ documents }: { documents: ManualVerificationCard_RequestFragment['documents'] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      {documents.map((document) => (
        <List.Item key={document.id}>
          <Anchor href={document.downloadUrl} target="_blank" rel="noopener noreferrer" size="sm" underline="always">
            {document.fileName}
            {t('a11y.opensInNewTab')}
          </Anchor>{' '}
          （{formatSize(document.size)}）
        </List.Item>
      ))}
    </List>
  );
}
