import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncRealNameMutation } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { CONTENT_LANGUAGE } from '../../i18n';

interface SyncRealNameModalProps {
  opened: boolean;
  onClose: () => void;
  onSynced: () => void;
  realName: string;
}

/** 实名信息同步, confirmed first: it overwrites the enterprise name in the profile. */
export function SyncRealNameModal({ opened, onClose, onSynced, realName }: SyncRealNameModalProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<string[]>([]);
  const [sync, { loading }] = useSyncRealNameMutation();

  const confirm = async () => {
    setErrors([]);
    try {
      const { data } = await sync();
      const userErrors = data?.syncRealName.userErrors ?? [];
      if (userErrors.length === 0 && data?.syncRealName.account) {
        onSynced();
        onClose();
      } else {
        setErrors(userErrors.map((error) => error.message));
      }
    } catch {
      setErrors([t('form.networkError')]);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('realName.syncTitle')}>
      <Stack gap="md">
        <FormAlert messages={errors} />
        <Text>
          {t('realName.syncConfirm')}
          <Text span fw={700} lang={CONTENT_LANGUAGE}>
            {realName}
          </Text>
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void confirm()}>
            {t('realName.syncSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
