import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSmsCodeInput } from '../__generated__/graphql';
import { useRequestSmsCodeMutation } from '../__generated__/graphql';
import { DevSmsLink } from './DevSmsLink';
import type { UserErrorLike } from './userErrors';
import { useCountdown } from './useCountdown';

/** Seconds before another code may be asked for, when the server does not say. */
const DEFAULT_RESEND_SECONDS = 60;

interface SmsCodeFieldProps {
  label: string;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
  /** Checks the fields the request needs (phone, identifier) and returns the request, or null. */
  prepare: () => RequestSmsCodeInput | null;
  /** Problems the server found with those fields (e.g. INVALID_PHONE), for the form to show. */
  onUserErrors: (errors: readonly UserErrorLike[]) => void;
  /** Where the dev outbox link points, when the phone is known. */
  phone?: string;
  /** Says the code was sent "if the phone is the bound one" (the server does not reveal which). */
  conditional?: boolean;
}

/** A code input with its 获取验证码 button, a resend countdown and the dev outbox link. */
export function SmsCodeField({ label, value, onChange, error, prepare, onUserErrors, phone, conditional }: SmsCodeFieldProps) {
  const { t } = useTranslation();
  const [secondsLeft, startCountdown] = useCountdown();
  const [status, setStatus] = useState<string | null>(null);
  const [requestCode, { loading }] = useRequestSmsCodeMutation();

  const send = async () => {
    const input = prepare();
    if (!input) return;
    setStatus(null);
    try {
      const { data } = await requestCode({ variables: { input } });
      const payload = data?.requestSmsCode;
      if (!payload) return;
      if (payload.retryAfterSeconds) startCountdown(payload.retryAfterSeconds);
      if (payload.sent) {
        if (!payload.retryAfterSeconds) startCountdown(DEFAULT_RESEND_SECONDS);
        const minutes = Math.max(1, Math.round((payload.expiresInSeconds ?? 300) / 60));
        setStatus(t(conditional ? 'sms.sentIfBound' : 'sms.sent', { minutes }));
      }
      onUserErrors(payload.userErrors);
    } catch {
      setStatus(t('form.networkError'));
    }
  };

  return (
    <Stack gap={4}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          onChange={onChange}
          error={error}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          withAsterisk
          style={{ flex: 1 }}
        />
        <Button variant="default" mt={25} onClick={() => void send()} loading={loading} disabled={secondsLeft > 0}>
          {secondsLeft > 0 ? t('sms.resendIn', { seconds: secondsLeft }) : t('sms.send')}
        </Button>
      </Group>
      {/* Announced when it changes: sent, or why not. */}
      <Text size="sm" c="dimmed" aria-live="polite">
        {status}
      </Text>
      <DevSmsLink phone={phone} />
    </Stack>
  );
}
