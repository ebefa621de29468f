import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { ReviewDecision_PayloadFragment } from '../../__generated__/graphql';
import { useApproveDeclarationMutation, useRejectDeclarationMutation, useReturnDeclarationMutation } from '../../__generated__/graphql';
import type { DecidedState } from './decidedState';
import { queueAddress } from './decidedState';

/** Refusals meaning the page is out of date. */
const STALE = new Set(['VERSION_CHANGED', 'NOT_UNDER_REVIEW', 'NOT_AT_YOUR_LEVEL']);

export type DecisionKind = 'approve' | 'return' | 'reject';

export interface DecisionInput {
  comment?: string;
  reason?: string;
  publicityEndsOn?: string | null;
  fields?: string[];
  evidenceItems?: string[];
}

/**
 * Sends one decision on the version the reviewer is looking at, once however often it is clicked
 * (the server is idempotent too), shows the server's messages (Chinese) when it refuses, and on
 * success goes back to the queue, which says what was decided.
 */
export function useDecision(declarationId: string, versionNumber: number, enterpriseName: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [approve] = useApproveDeclarationMutation();
  const [giveBack] = useReturnDeclarationMutation();
  const [reject] = useRejectDeclarationMutation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const inFlight = useRef(false);

  const send = async (kind: DecisionKind, input: DecisionInput): Promise<ReviewDecision_PayloadFragment | undefined> => {
    const base = { declarationId, versionNumber };
    if (kind === 'approve') {
      const { data } = await approve({ variables: { input: { ...base, comment: input.comment || null, publicityEndsOn: input.publicityEndsOn ?? null } } });
      return data?.approveDeclaration;
    }
    if (kind === 'return') {
      const { data } = await giveBack({ variables: { input: { ...base, reason: input.reason ?? '', fields: input.fields ?? [], evidenceItems: input.evidenceItems ?? [] } } });
      return data?.returnDeclaration;
    }
    const { data } = await reject({ variables: { input: { ...base, reason: input.reason ?? '' } } });
    return data?.rejectDeclaration;
  };

  const decide = async (kind: DecisionKind, input: DecisionInput) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setErrors([]);
    try {
      const payload = await send(kind, input);
      const declaration = payload?.declaration;
      if (!payload || !declaration || payload.userErrors.length > 0) {
        setErrors(payload?.userErrors.length ? payload.userErrors.map((error) => error.message) : [t('review.decision.networkError')]);
        // Someone else moved it on (a new version, another level's decision): the page shows where it stands now.
        if (payload?.userErrors.some((error) => STALE.has(error.code))) void client.refetchQueries({ include: ['ReviewDetailPage'] });
        return;
      }
      const outcome = kind === 'return' ? 'returned' : kind === 'reject' ? 'rejected' : declaration.status === 'APPROVED' ? 'publicity' : 'forwarded';
      const state: DecidedState = {
        decided: { outcome, enterpriseName, level: declaration.currentReviewLevel, publicityEndsOn: declaration.publicityEndsOn, repeated: payload.repeated },
      };
      void navigate(queueAddress(location.state), { state });
    } catch {
      // The answer was lost, not necessarily the decision: sending it again is safe (idempotent).
      setErrors([t('review.decision.networkError')]);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return { decide, busy, errors, clearErrors: () => setErrors([]) };
}
