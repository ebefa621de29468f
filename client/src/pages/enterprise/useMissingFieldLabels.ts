import { PROFILE_FIELDS } from './edit/profileFields';
import { useFieldLabel } from './useFieldLabel';

/**
 * The labels of the missing fields (names as in UpdateEnterpriseProfileInput), in the order of
 * the edit form, so the list reads as the form will be filled in. Names this client does not
 * know (a field the server added since) are left out rather than shown raw.
 */
export function useMissingFieldLabels(missingFields: readonly string[]): string[] {
  const label = useFieldLabel();
  return PROFILE_FIELDS.filter((field) => missingFields.includes(field)).map((field) => label(field));
}
