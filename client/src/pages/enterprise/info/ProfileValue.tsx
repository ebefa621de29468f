import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../../i18n';

interface ProfileValueProps {
  value: ReactNode;
  /** Chinese content (names, addresses), marked so it is read out as Chinese on the English page. */
  chinese?: boolean;
}

/** One value of the 企业基本情况 table, or 未填写 when there is none. */
export function ProfileValue({ value, chinese = false }: ProfileValueProps) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') {
    return (
      <Text span size="sm" c="dimmed">
        {t('profile.notFilled')}
      </Text>
    );
  }
  return chinese ? <span lang={CONTENT_LANGUAGE}>{value}</span> : <>{value}</>;
}
