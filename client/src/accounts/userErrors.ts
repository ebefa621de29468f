import type { FieldErrors } from './useForm';

export interface UserErrorLike {
  field: readonly string[] | null;
  code: string;
  message: string;
}

/**
 * Splits a payload's userErrors into messages for the form's fields (by the innermost element
 * of `field` naming one, e.g. ["input", "uscc"] → uscc) and messages for the whole form.
 */
export function splitUserErrors<F extends string>(
  userErrors: readonly UserErrorLike[],
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; formErrors: string[] } {
  const fieldErrors: FieldErrors<F> = {};
  const formErrors: string[] = [];
  for (const error of userErrors) {
    // The innermost element of the path that is one of the form's fields: ["documentFileIds", "1"] → documentFileIds.
    const known = [...(error.field ?? [])].reverse().flatMap((name) => fields.filter((field) => field === name))[0];
    if (known && !fieldErrors[known]) fieldErrors[known] = error.message;
    else formErrors.push(error.message);
  }
  return { fieldErrors, formErrors };
}

/** The same errors with `from` field paths pointing at `to` (requestSmsCode names its phone `phone`). */
export function renameField(userErrors: readonly UserErrorLike[], from: string, to: string): UserErrorLike[] {
  return userErrors.map((error) => (error.field?.at(-1) === from ? { ...error, field: [to] } : error));
}
