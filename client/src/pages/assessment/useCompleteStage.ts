import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteAssessmentStageMutation } from '../../__generated__/graphql';
import type { MissingItem } from './MissingItemsAlert';

type Stage = 'QUESTIONS' | 'SCENES';

/**
 * 完成第一阶段 / 完成评测: asks the server to finish a stage; what is still open comes back as
 * QUESTION_UNANSWERED / SCENE_UNJUDGED userErrors, listed with their question or scene key.
 */
export function useCompleteStage(assessmentId: string) {
  const { t } = useTranslation();
  const [mutate, { loading }] = useCompleteAssessmentStageMutation();
  const [missing, setMissing] = useState<{ stage: Stage; items: MissingItem[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const complete = async (stage: Stage): Promise<boolean> => {
    setProblem(null);
    setMissing(null);
    try {
      const { data } = await mutate({ variables: { input: { assessmentId, stage } } });
      const errors = data?.completeAssessmentStage.userErrors ?? [];
      const open = errors.filter((e) => (e.code === 'QUESTION_UNANSWERED' || e.code === 'SCENE_UNJUDGED') && e.field?.[1]);
      if (open.length > 0) setMissing({ stage, items: open.map((e) => ({ key: e.field![1]!, message: e.message })) });
      const others = errors.filter((e) => !open.includes(e));
      if (others.length > 0) setProblem(others.map((e) => e.message).join(' '));
      return errors.length === 0 && Boolean(data?.completeAssessmentStage.assessment);
    } catch {
      setProblem(t('assessment.networkError'));
      return false;
    }
  };

  /** An item answered since: it leaves the list. */
  const resolved = (key: string) =>
    setMissing((current) => (current ? { ...current, items: current.items.filter((item) => item.key !== key) } : current));

  return { complete, completing: loading, missing, problem, resolved };
}
