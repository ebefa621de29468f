import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface MissingItem {
  /** Question or scene key (the userError's field[1]). */
  key: string;
  message: string;
}

/** The questions or scenes still open when finishing a stage, each leading to its card. */
export function MissingItemsAlert({ items, onGo }: { items: readonly MissingItem[]; onGo: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('assessment.missing.title', { count: items.length })} mb="md">
      <List size="sm" spacing={4}>
        {items.map((item) => (
          <List.Item key={item.key}>
            <Anchor component="button" type="button" size="sm" onClick={() => onGo(item.key)}>
              {item.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
