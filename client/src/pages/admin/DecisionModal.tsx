import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideManualVerificationMutation } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { CONTENT_LANGUAGE } from '../../i18n';

const REASON_MAX = 500;

interface DecisionModalProps {
  /** The request and whether it is being approved; null when closed. */
  decision: { id: string; enterpriseName: string; approve: boolean } | null;
  onClose: () => void;
}

/** Approve or reject with a reason (required to reject: it is sent to the applicant by SMS). */
export function DecisionModal({ decision, onClose }: DecisionModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const [decide, { loading }] = useDecideManualVerificationMutation();

  const close = () => {
    setReason('');
    setReasonError(undefined);
    setErrors([]);
    onClose();
  };

  const submit = async () => {
    if (!decision) return;
    setErrors([]);
    if (!decision.approve && reason.trim() === '') {
      setReasonError(t('admin.reasonRequired'));
      return;
    }
    try {
      const { data } = await decide({
        variables: { input: { id: decision.id, approve: decision.approve, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
      });
      const userErrors = data?.decideManualVerification.userErrors ?? [];
      if (userErrors.length === 0) close();
      else setErrors(userErrors.map((error) => error.message));
    } catch {
      setErrors([t('form.networkError')]);
    }
  };

  // Keep showing the last decision while the modal animates closed (decision is null by then).
  const [shown, setShown] = useState(decision);
  if (decision && decision !== shown) setShown(decision);
  const approve = shown?.approve ?? true;
  return (
    <Modal opened={decision !== null} onClose={close} title={t(approve ? 'admin.approveTitle' : 'admin.rejectTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <FormAlert messages={errors} />
          <Text>
            {t(approve ? 'admin.approveConfirm' : 'admin.rejectConfirm')}
            <Text span fw={700} lang={CONTENT_LANGUAGE}>
              {shown?.enterpriseName}
            </Text>
          </Text>
          <Textarea
            label={t('admin.reason')}
            description={t(approve ? 'admin.reasonOptional' : 'admin.reasonHint')}
            withAsterisk={!approve}
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            error={reasonError}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={approve ? 'green.8' : 'red.8'} loading={loading}>
              {t(approve ? 'admin.approve' : 'admin.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
