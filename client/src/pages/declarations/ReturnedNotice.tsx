import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnedNotice_ReturnFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { levelKey } from './declarationFormat';
import { evidenceId, fieldId, goToElement } from './fieldIds';

interface ReturnedNoticeProps {
  lastReturn: ReturnedNotice_ReturnFragment | null;
  /** Labels of the form's fields and evidence items, for the ones the office pinned. */
  fieldLabels: ReadonlyMap<string, string>;
  evidenceLabels: ReadonlyMap<string, string>;
  /** On the form, the pinned items lead to their place. */
  linked: boolean;
}

/** 已退回: who returned it, when and why, and what it asks to change; edited and submitted again as a new version. */
export function ReturnedNotice({ lastReturn, fieldLabels, evidenceLabels, linked }: ReturnedNoticeProps) {
  const { t } = useTranslation();
  const pinned = lastReturn
    ? [
        ...lastReturn.fields.map((path) => ({ id: fieldId(path), label: fieldLabels.get(path) ?? path })),
        ...lastReturn.evidenceItems.map((key) => ({ id: evidenceId(key), label: evidenceLabels.get(key) ?? key })),
      ]
    : [];
  return (
    <Alert color="orange" variant="light" title={t('declaration.returned.title')}>
      {lastReturn && (
        <Text size="sm" mb={4}>
          {t('declaration.returned.by', { office: lastReturn.officeName ?? t('declaration.returned.office'), level: t(levelKey(lastReturn.level)), time: formatDateTime(lastReturn.returnedAt) })}
          <Text span lang={CONTENT_LANGUAGE} fw={600}>
            {lastReturn.reason}
          </Text>
        </Text>
      )}
      {pinned.length > 0 && (
        <>
          <Text size="sm">{t('declaration.returned.pinned')}</Text>
          <List size="sm" spacing={2} mb={4}>
            {pinned.map((item) => (
              <List.Item key={item.id} lang={CONTENT_LANGUAGE}>
                {linked ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => goToElement(item.id)}>
                    {item.label}
                  </Anchor>
                ) : (
                  item.label
                )}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="sm">{t('declaration.returned.body')}</Text>
    </Alert>
  );
}
