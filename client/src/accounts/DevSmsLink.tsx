import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDevSmsAvailableQuery } from '../__generated__/graphql';
import { devSmsPath } from '../paths';

// Any well-formed number does for asking whether the outbox answers at all.
const PROBE_PHONE = '13000000000';

/**
 * On demo and development systems codes go to a dev outbox instead of real phones; this points
 * there. Shown only when the outbox answers (it is FORBIDDEN wherever real SMS is configured).
 */
export function DevSmsLink({ phone }: { phone?: string }) {
  const { t } = useTranslation();
  const { data } = useDevSmsAvailableQuery({ variables: { phone: PROBE_PHONE }, fetchPolicy: 'cache-first' });
  if (!data) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('sms.devHint')}{' '}
      {/* A new tab, so the form being filled in here stays as it is. */}
      <Anchor component={Link} to={devSmsPath(phone)} target="_blank" rel="noopener" underline="always">
        {t('sms.devLink')}
        {t('a11y.opensInNewTab')}
      </Anchor>
    </Text>
  );
}
