import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useStartAssessmentMutation } from '../../__generated__/graphql';
import { paths } from '../../paths';

/** Navigation state of a freshly started attempt: its answers were carried over from the previous one. */
export interface StartedState {
  prefilled: boolean;
}

export const isStartedState = (state: unknown): state is StartedState =>
  typeof state === 'object' && state !== null && typeof (state as Partial<StartedState>).prefilled === 'boolean';

/**
 * 开始评测 / 继续评测 / 重新评测: starts (or resumes) the enterprise's attempt and opens it.
 * `hasPrevious` says whether a new attempt will carry over earlier answers (the server does so).
 */
export function useStartAssessment(enterpriseId: string, hasPrevious: boolean) {
  const navigate = useNavigate();
  const [mutate, { loading }] = useStartAssessmentMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const start = async (restart: boolean): Promise<boolean> => {
    setProblem(null);
    try {
      const { data } = await mutate({ variables: { input: { enterpriseId, restart } } });
      const payload = data?.startAssessment;
      const errors = payload?.userErrors ?? [];
      if (!payload?.assessment || errors.length > 0) {
        setProblem(errors.map((e) => e.message).join(' ') || null);
        return false;
      }
      const state: StartedState = { prefilled: !payload.resumed && hasPrevious };
      await navigate(paths.assessmentAttempt(payload.assessment.id), { state });
      return true;
    } catch {
      setProblem('');
      return false;
    }
  };
  return { start, starting: loading, problem };
}
