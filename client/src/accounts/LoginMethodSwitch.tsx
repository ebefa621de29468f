import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoginMethod } from '../__generated__/graphql';

export const isLoginMethod = (value: string): value is LoginMethod => value === 'LOGIN_NAME' || value === 'USCC';

/** 登录名 or 统一社会信用代码: how the account is named in the recovery forms. */
export function LoginMethodSwitch({ value, onChange }: { value: LoginMethod; onChange: (method: LoginMethod) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('identifier.methodLabel')}
      value={value}
      onChange={(next) => {
        if (isLoginMethod(next)) onChange(next);
      }}
      data={[
        { value: 'LOGIN_NAME', label: t('identifier.LOGIN_NAME') },
        { value: 'USCC', label: t('identifier.USCC') },
      ]}
    />
  );
}
