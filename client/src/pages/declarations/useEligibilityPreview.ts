import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { DeclarationPreview_EligibilityFragment, RuleVersion, Tier } from '../../__generated__/graphql';
import { DeclarationEligibilityPreviewDocument } from '../../__generated__/graphql';
import type { FieldSpec, FormValues } from './formData';
import { canonical, sendable } from './formData';

/** How long after a keystroke the preview asks the server. */
export const PREVIEW_DEBOUNCE_MS = 400;

interface PreviewInput {
  enterpriseId: string;
  tier: Tier;
  ruleVersion: RuleVersion;
  fields: readonly FieldSpec[];
  data: FormValues;
  /** The judgement of the saved data, shown until the first preview answers, and that data. */
  initial: DeclarationPreview_EligibilityFragment;
  initialData: FormValues;
}

/**
 * The live preview: the form as typed (not yet saved) judged by `declarationEligibility` a
 * moment after typing stops. Only the answer to the latest request is shown; while one is under
 * way the previous stays, marked as updating.
 */
export function useEligibilityPreview({ enterpriseId, tier, ruleVersion, fields, data, initial, initialData }: PreviewInput) {
  const client = useApolloClient();
  const [eligibility, setEligibility] = useState(initial);
  const [updating, setUpdating] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const key = canonical(sendable(data, fields));
  // The saved data's judgement is shown first; a restored backup differs from it and is judged at once.
  const [initialKey] = useState(() => canonical(sendable(initialData, fields)));
  const shownKey = useRef(initialKey);

  useEffect(() => {
    if (key === shownKey.current) return;
    const timer = setTimeout(() => {
      const request = (latest.current += 1);
      setUpdating(true);
      client
        .query({
          query: DeclarationEligibilityPreviewDocument,
          variables: { input: { enterpriseId, tier, ruleVersion, data: JSON.parse(key) as FormValues } },
          fetchPolicy: 'no-cache',
        })
        .then(({ data: answer }) => {
          if (request !== latest.current) return;
          const judged = answer?.declarationEligibility;
          if (judged) {
            setEligibility(judged);
            shownKey.current = key;
          }
          setFailed(!judged);
          setUpdating(false);
        })
        .catch(() => {
          if (request !== latest.current) return;
          setFailed(true);
          setUpdating(false);
        });
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, enterpriseId, tier, ruleVersion, key]);

  return { eligibility, updating, failed };
}
