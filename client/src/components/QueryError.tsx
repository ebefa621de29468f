import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface QueryErrorProps {
  message: string;
  /** Offered as a 重试 button when given. */
  onRetry?: () => void;
}

/** A failed load: what failed, and a way to try again without reloading the page. */
export function QueryError({ message, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={message} role="alert">
      {/* variant="default" (dark text on white): a red outline button on the red alert is below AA. */}
      {onRetry && (
        <Button variant="default" size="xs" onClick={onRetry}>
          {t('announcements.retry')}
        </Button>
      )}
    </Alert>
  );
}
