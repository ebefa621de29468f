import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The entries of an uploaded zip archive, as the server checked and listed them. */
export function ArchiveEntries({ entries }: { entries: readonly string[] | null | undefined }) {
  const { t } = useTranslation();
  if (!entries?.length) return null;
  return (
    <>
      <Text size="xs" c="dimmed" mt={6}>
        {t('declaration.evidence.archive', { count: entries.length })}
      </Text>
      <List size="xs" spacing={2} withPadding>
        {entries.map((entry) => (
          <List.Item key={entry} style={{ overflowWrap: 'anywhere' }}>
            {entry}
          </List.Item>
        ))}
      </List>
    </>
  );
}
