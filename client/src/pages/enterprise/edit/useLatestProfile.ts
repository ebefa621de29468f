import { useState } from 'react';
import type { EnterpriseProfile_EnterpriseFragment } from '../../../__generated__/graphql';
import { useEnterpriseProfileLazyQuery } from '../../../__generated__/graphql';

/** Loads the latest saved profile from the server (not the cache), reporting whether that failed. */
export function useLatestProfile(): { load: () => Promise<EnterpriseProfile_EnterpriseFragment | null>; loading: boolean; failed: boolean } {
  const [query, { loading }] = useEnterpriseProfileLazyQuery({ fetchPolicy: 'network-only' });
  const [failed, setFailed] = useState(false);
  const load = async () => {
    setFailed(false);
    try {
      const { data } = await query();
      const enterprise = data?.viewer?.enterprise ?? null;
      setFailed(enterprise === null);
      return enterprise;
    } catch {
      setFailed(true);
      return null;
    }
  };
  return { load, loading, failed };
}
