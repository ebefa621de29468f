import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRevealOnChange } from './useRevealOnChange';

/** Problems that belong to the whole form rather than one field, announced when they appear. */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  const ref = useRevealOnChange<HTMLDivElement>(messages.join('\n'));
  if (messages.length === 0) return null;
  return (
    <Alert ref={ref} color="red" variant="light" role="alert" title={t('form.problemTitle')}>
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
