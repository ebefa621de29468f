import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../accounts/FormAlert';
import { levelKey } from '../declarations/declarationFormat';
import type { ReviewLevel } from '../../__generated__/graphql';
import { DECISION_COLOR, publicityBounds } from './reviewFormat';
import type { DecisionInput } from './useDecision';

interface DecisionModalProps {
  kind: 'approve' | 'reject' | null;
  /** Approving ends the chain here: ask for the 公示's last day. */
  finalLevel: boolean;
  /** Approving forwards it to this level. */
  nextLevel: ReviewLevel | null;
  busy: boolean;
  errors: readonly string[];
  onClose: () => void;
  onConfirm: (input: DecisionInput) => void;
}

/**
 * 通过 (an optional comment; at the last level the 公示 end, five days ahead by default) or
 * 不予通过 (a reason, required: the enterprise reads it).
 */
export function DecisionModal({ kind, finalLevel, nextLevel, busy, errors, onClose, onConfirm }: DecisionModalProps) {
  const { t } = useTranslation();
  const bounds = publicityBounds();
  const [text, setText] = useState('');
  const [publicityEndsOn, setPublicityEndsOn] = useState(bounds.suggested);
  const [problem, setProblem] = useState<{ text?: string; date?: string }>({});
  // Keep the last kind while the modal animates closed.
  const [shown, setShown] = useState(kind);
  if (kind && kind !== shown) setShown(kind);
  const approve = shown !== 'reject';
  // A comment typed for 通过 is no reason for 不予通过: each opening starts empty.
  const close = () => {
    setText('');
    setPublicityEndsOn(bounds.suggested);
    setProblem({});
    onClose();
  };

  const submit = () => {
    if (!approve) {
      if (!text.trim()) return setProblem({ text: t('review.decision.reasonRequired') });
      return onConfirm({ reason: text.trim() });
    }
    if (finalLevel && !(publicityEndsOn >= bounds.min && publicityEndsOn <= bounds.max)) return setProblem({ date: t('review.decision.publicityRange', bounds) });
    onConfirm({ comment: text.trim(), publicityEndsOn: finalLevel ? publicityEndsOn : null });
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': t('review.close') }} opened={kind !== null} onClose={close} title={t(approve ? 'review.decision.approveTitle' : 'review.decision.rejectTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <FormAlert messages={errors} />
          <Text size="sm">
            {approve
              ? finalLevel
                ? t('review.decision.approveFinal')
                : t('review.decision.approveForward', { level: nextLevel ? t(levelKey(nextLevel)) : '' })
              : t('review.decision.rejectBody')}
          </Text>
          <Textarea
            label={approve ? t('review.decision.comment') : t('review.decision.rejectReason')}
            description={approve ? t('review.decision.commentHint') : t('review.decision.rejectReasonHint')}
            required={!approve}
            autosize
            minRows={3}
            maxLength={1000}
            value={text}
            error={problem.text}
            data-autofocus
            onChange={(event) => {
              setText(event.currentTarget.value);
              setProblem({});
            }}
          />
          {approve && finalLevel && (
            <TextInput
              type="date"
              required
              label={t('review.decision.publicityEnd')}
              description={t('review.decision.publicityHint')}
              min={bounds.min}
              max={bounds.max}
              value={publicityEndsOn}
              error={problem.date}
              onChange={(event) => {
                setPublicityEndsOn(event.currentTarget.value);
                setProblem({});
              }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color={approve ? DECISION_COLOR.approve : DECISION_COLOR.reject} loading={busy}>
              {approve ? t('review.decision.approveConfirm') : t('review.decision.rejectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
