import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail_DeclarationFragment } from '../../__generated__/graphql';
import { levelKey } from '../declarations/declarationFormat';
import { DecisionModal } from './DecisionModal';
import { ReturnModal } from './ReturnModal';
import { DECISION_COLOR } from './reviewFormat';
import type { DecisionKind } from './useDecision';
import { useDecision } from './useDecision';
import classes from './Review.module.css';

interface DecisionBarProps {
  declaration: ReviewDetail_DeclarationFragment;
  enterpriseName: string;
}

/** 审核决定: 通过 / 退回 / 不予通过, each as this office may decide now, on the latest submitted version. */
export function DecisionBar({ declaration, enterpriseName }: DecisionBarProps) {
  const { t } = useTranslation();
  const { review } = declaration;
  const latest = declaration.versions.at(-1)?.number ?? 0;
  const decision = useDecision(declaration.id, latest, enterpriseName);
  const [open, setOpen] = useState<DecisionKind | null>(null);
  const route = declaration.reviewRoute;
  const level = review?.level ?? null;
  const nextLevel = level ? (route[route.indexOf(level) + 1] ?? null) : null;
  const can = { approve: !!review?.canApprove, return: !!review?.canReturn, reject: !!review?.canReject };
  const close = () => {
    decision.clearErrors();
    setOpen(null);
  };
  const anything = can.approve || can.return || can.reject;
  return (
    <Paper component="section" aria-labelledby="decision-heading" withBorder radius="md" p="md" className={classes.decisionBar}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h4" id="decision-heading">
            {t('review.decision.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {anything
              ? t('review.decision.onVersion', { number: latest, level: level ? t(levelKey(level)) : '' })
              : t(`review.decision.none.${declaration.status}`)}
          </Text>
        </div>
        {anything && (
          <Group gap="sm">
            {can.approve && (
              <Button color={DECISION_COLOR.approve} onClick={() => setOpen('approve')}>
                {t('review.decision.approve')}
              </Button>
            )}
            {can.return && (
              <Button color={DECISION_COLOR.return} variant="outline" onClick={() => setOpen('return')}>
                {t('review.decision.return')}
              </Button>
            )}
            {can.reject && (
              <Button color={DECISION_COLOR.reject} variant="outline" onClick={() => setOpen('reject')}>
                {t('review.decision.reject')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <DecisionModal
        kind={open === 'approve' || open === 'reject' ? open : null}
        finalLevel={!!review?.isFinalLevel}
        nextLevel={nextLevel}
        busy={decision.busy}
        errors={decision.errors}
        onClose={close}
        onConfirm={(input) => void decision.decide(open ?? 'approve', input)}
      />
      <ReturnModal
        opened={open === 'return'}
        sections={declaration.eligibility.form}
        evidenceItems={declaration.evidenceItems}
        busy={decision.busy}
        errors={decision.errors}
        onClose={close}
        onConfirm={(input) => void decision.decide('return', input)}
      />
    </Paper>
  );
}
