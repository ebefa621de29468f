import { useDeclarationReadinessQuery } from '../../__generated__/graphql';
import { useSession } from '../../session/useSession';

/**
 * What the signed-in legal person's 企业基本情况 still lacks before declaring: the missing field
 * names, or null when there is nothing to prompt for (signed out, not a legal person, complete,
 * or not known yet).
 */
export function useMissingProfileFields(): readonly string[] | null {
  const { account } = useSession();
  const legalPerson = account?.accountType === 'LEGAL_PERSON';
  // Always asked again on the way back to the home page: the profile may have been completed meanwhile.
  const { data } = useDeclarationReadinessQuery({ skip: !legalPerson, fetchPolicy: 'cache-and-network' });
  const completeness = legalPerson ? data?.viewer?.enterprise?.profileCompleteness : undefined;
  return completeness && !completeness.complete ? completeness.missingFields : null;
}
