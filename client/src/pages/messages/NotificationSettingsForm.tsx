import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageCategory, NotificationSettings_PreferencesFragment } from '../../__generated__/graphql';
import { NotificationSettingsPageDocument, useUpdateNotificationPreferencesMutation } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { useSession } from '../../session/useSession';
import type { ChannelChoice } from './ChannelTable';
import { ChannelTable } from './ChannelTable';

type SaveState = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

const choicesOf = (preferences: NotificationSettings_PreferencesFragment): ChannelChoice[] =>
  preferences.channels.map(({ category, sms, email }) => ({ category, sms, email }));

const same = (a: readonly ChannelChoice[], b: readonly ChannelChoice[]) =>
  a.length === b.length && a.every((choice, index) => choice.sms === b[index]?.sms && choice.email === b[index]?.email);

/** Where copies go, the switches, and 保存 with a visible saved / failed state. */
export function NotificationSettingsForm({ preferences }: { preferences: NotificationSettings_PreferencesFragment }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [choices, setChoices] = useState(() => choicesOf(preferences));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [update, { loading }] = useUpdateNotificationPreferencesMutation();
  const saved = choicesOf(preferences);
  const dirty = !same(choices, saved);

  const change = (category: MessageCategory, channel: 'sms' | 'email', on: boolean) => {
    setState({ kind: 'idle' });
    setChoices((current) => current.map((choice) => (choice.category === category ? { ...choice, [channel]: on } : choice)));
  };

  const save = async () => {
    setState({ kind: 'idle' });
    try {
      const { data } = await update({
        variables: { input: { channels: choices } },
        update(cache, { data: answer }) {
          const next = answer?.updateNotificationPreferences.preferences;
          if (next && account) {
            cache.writeQuery({ query: NotificationSettingsPageDocument, data: { viewer: { __typename: 'Account', id: account.id, notificationPreferences: next } } });
          }
        },
      });
      const payload = data?.updateNotificationPreferences;
      if (payload?.preferences && payload.userErrors.length === 0) setState({ kind: 'saved', at: formatDateTime(new Date().toISOString()) });
      else setState({ kind: 'failed', message: payload?.userErrors[0]?.message ?? t('form.networkError') });
    } catch {
      setState({ kind: 'failed', message: t('form.networkError') });
    }
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Destination label={t('notificationSettings.smsTo')} value={preferences.smsDestination} missing={t('notificationSettings.noMobile')} />
        <Destination label={t('notificationSettings.emailTo')} value={preferences.emailDestination} missing={t('notificationSettings.noEmail')} />
        {!preferences.customised && (
          <Text size="sm" c="dimmed">
            {t('notificationSettings.defaults')}
          </Text>
        )}
      </Stack>
      <ChannelTable choices={choices} onChange={change} disabled={loading} />
      <Group gap="md">
        <Button loading={loading} disabled={!dirty} onClick={() => void save()}>
          {t('notificationSettings.save')}
        </Button>
        {dirty && state.kind === 'idle' && (
          <Text size="sm" c="dimmed">
            {t('notificationSettings.unsaved')}
          </Text>
        )}
        <Text size="sm" c="var(--mantine-color-green-light-color)" fw={500} role="status">
          {state.kind === 'saved' ? t('notificationSettings.saved', { time: state.at }) : ''}
        </Text>
      </Group>
      {state.kind === 'failed' && (
        <Alert color="red" variant="light" role="alert" title={t('notificationSettings.failed')}>
          {state.message}
        </Alert>
      )}
    </Stack>
  );
}

function Destination({ label, value, missing }: { label: string; value: string | null; missing: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {label}
      {value ? (
        <Text span fw={700}>
          {value}
        </Text>
      ) : (
        <>
          {missing}{' '}
          <Anchor component={Link} to={paths.enterpriseEdit} size="sm" underline="always">
            {t('notificationSettings.completeProfile')}
          </Anchor>
        </>
      )}
    </Text>
  );
}
