import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyRealNameMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import { useForm } from '../../accounts/useForm';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { splitUserErrors } from '../../accounts/userErrors';
import { text } from '../../accounts/validation';
import { UsccTakenRecovery } from '../register/UsccTakenRecovery';

const FIELDS = ['enterpriseName', 'legalRepresentative'] as const;

interface VerifyRealNameModalProps {
  opened: boolean;
  onClose: () => void;
  /** Pre-filled: the legal representative given at registration. */
  legalRepresentative: string;
  uscc: string;
}

/** 实名认证: the enterprise name and legal representative, checked against the registry. */
export function VerifyRealNameModal({ opened, onClose, legalRepresentative, uscc }: VerifyRealNameModalProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const form = useForm({ enterpriseName: '', legalRepresentative });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [usccTaken, setUsccTaken] = useState(false);
  const [verify, { loading }] = useVerifyRealNameMutation();

  const submit = async () => {
    setFormErrors([]);
    if (!form.validate({ enterpriseName: text(100), legalRepresentative: text(50) }, problemMessage)) return;
    try {
      const { data } = await verify({
        variables: { input: { enterpriseName: form.values.enterpriseName.trim(), legalRepresentative: form.values.legalRepresentative.trim() } },
      });
      const userErrors = data?.verifyRealName.userErrors ?? [];
      if (data?.verifyRealName.account && userErrors.length === 0) {
        onClose();
        return;
      }
      // The FAQ's second case: 统一社会信用代码已存在 during 实名认证 has the same way out as at 注册.
      setUsccTaken(userErrors.some((error) => error.code === 'USCC_ALREADY_REGISTERED'));
      const { fieldErrors, formErrors: rest } = splitUserErrors(userErrors, FIELDS);
      form.setErrors(fieldErrors);
      setFormErrors(rest);
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('realName.verifyTitle')} size="lg">
      <AccountForm onSubmit={submit}>
        <Stack gap="md">
          {usccTaken && <UsccTakenRecovery uscc={uscc} />}
          <FormAlert messages={formErrors} />
          <TextInput label={t('realName.enterpriseName')} description={t('realName.enterpriseNameHint')} withAsterisk data-autofocus {...form.field('enterpriseName')} />
          <TextInput label={t('realName.legalRepresentative')} withAsterisk {...form.field('legalRepresentative')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('realName.verifySubmit')}
            </Button>
          </Group>
        </Stack>
      </AccountForm>
    </Modal>
  );
}
