import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnedNotice_ReturnFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { levelKey } from '../declarations/declarationFormat';

interface LastReturnProps {
  lastReturn: ReturnedNotice_ReturnFragment;
  /** Labels of the form's fields and evidence items, for what was pinned. */
  labels: ReadonlyMap<string, string>;
}

/** Beside the version diff: why the last version was returned and what was asked, to check against what changed. */
export function LastReturn({ lastReturn, labels }: LastReturnProps) {
  const { t } = useTranslation();
  const pinned = [...lastReturn.fields, ...lastReturn.evidenceItems].map((key) => labels.get(key) ?? key);
  return (
    <Alert color="gray" variant="light" title={t('review.lastReturn.title', { number: lastReturn.versionNumber })}>
      <Text size="sm">
        {t('review.lastReturn.by', { level: t(levelKey(lastReturn.level)), time: formatDateTime(lastReturn.returnedAt) })}
        <span lang={CONTENT_LANGUAGE}>{lastReturn.reason}</span>
      </Text>
      {pinned.length > 0 && (
        <Text size="sm">
          {t('review.lastReturn.pinned')}
          <span lang={CONTENT_LANGUAGE}>{pinned.join('、')}</span>
        </Text>
      )}
    </Alert>
  );
}
