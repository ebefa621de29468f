import type { UpdateEnterpriseProfileInput } from '../../../__generated__/graphql';
import { useUpdateEnterpriseProfileMutation } from '../../../__generated__/graphql';
import type { FieldErrors } from '../../../accounts/useForm';
import { splitUserErrors } from '../../../accounts/userErrors';
import type { ProfileField } from './profileFields';
import { PROFILE_FIELDS } from './profileFields';

export type SaveOutcome =
  | { kind: 'saved' }
  /** Someone saved since the form was loaded: nothing was saved. */
  | { kind: 'conflict' }
  /** userErrors: per field where the path names one, the rest for the whole form. */
  | { kind: 'refused'; fieldErrors: FieldErrors<ProfileField>; formErrors: string[] }
  /** The request did not get an answer (network, server error). */
  | { kind: 'failed' };

/** updateEnterpriseProfile, with its answer sorted into what the form does next. */
export function useSaveProfile(): { save: (input: UpdateEnterpriseProfileInput) => Promise<SaveOutcome>; saving: boolean } {
  const [mutate, { loading }] = useUpdateEnterpriseProfileMutation();
  const save = async (input: UpdateEnterpriseProfileInput): Promise<SaveOutcome> => {
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.updateEnterpriseProfile;
      const userErrors = payload?.userErrors ?? [];
      if (payload?.enterprise && userErrors.length === 0) return { kind: 'saved' };
      if (userErrors.some((error) => error.code === 'VERSION_CONFLICT')) return { kind: 'conflict' };
      return { kind: 'refused', ...splitUserErrors(userErrors, PROFILE_FIELDS) };
    } catch {
      return { kind: 'failed' };
    }
  };
  return { save, saving: loading };
}
