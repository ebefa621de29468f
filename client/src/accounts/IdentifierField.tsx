import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoginMethod } from '../__generated__/graphql';
import { LoginMethodSwitch } from './LoginMethodSwitch';

interface IdentifierFieldProps {
  method: LoginMethod;
  onMethodChange: (method: LoginMethod) => void;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
}

/** Which account: a login name or a USCC, chosen first, then typed. */
export function IdentifierField({ method, onMethodChange, ...input }: IdentifierFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <LoginMethodSwitch value={method} onChange={onMethodChange} />
      <TextInput
        label={t(method === 'USCC' ? 'login.usccLabel' : 'login.loginNameLabel')}
        autoComplete="username"
        withAsterisk
        {...input}
      />
    </Stack>
  );
}
