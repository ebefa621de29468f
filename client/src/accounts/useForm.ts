import { useCallback, useState } from 'react';
import type { Check, Problem } from './validation';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface Form<F extends string> {
  values: Record<F, string>;
  errors: FieldErrors<F>;
  /** Props for a Mantine input: value, onChange, error. */
  field: (name: F) => { value: string; onChange: (event: { currentTarget: { value: string } }) => void; error: string | undefined };
  setValue: (name: F, value: string) => void;
  /** Replaces every value at once (e.g. with a newer saved version), clearing the errors. */
  replaceValues: (values: Record<F, string>) => void;
  /**
   * Runs the checks; shows and returns whether all passed. `message` turns a problem into text;
   * `extra` adds problems found otherwise (e.g. documents still uploading).
   */
  validate: (checks: Partial<Record<F, Check>>, message: (problem: Problem) => string, extra?: FieldErrors<F>) => boolean;
  setErrors: (errors: FieldErrors<F>) => void;
  /** Checks one field now (on blur), showing its problem if it has one. */
  check: (name: F, check: Check, message: (problem: Problem) => string) => void;
}

/**
 * Form state for the account pages: string values, an error per field, cleared when the field
 * changes. (Mantine's own form package is not a dependency; this is all these forms need.)
 */
export function useForm<F extends string>(initial: Record<F, string>): Form<F> {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});

  const setValue = useCallback((name: F, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
  }, []);

  const replaceValues = useCallback((next: Record<F, string>) => {
    setValues(next);
    setErrors({});
  }, []);

  const validate = (checks: Partial<Record<F, Check>>, message: (problem: Problem) => string, extra: FieldErrors<F> = {}): boolean => {
    const found: FieldErrors<F> = { ...extra };
    for (const name of Object.keys(checks) as F[]) {
      const problem = checks[name]?.(values[name]);
      if (problem) found[name] = message(problem);
    }
    setErrors(found);
    return Object.values(found).every((error) => !error);
  };

  const check = (name: F, fieldCheck: Check, message: (problem: Problem) => string) => {
    const problem = values[name] === '' ? null : fieldCheck(values[name]);
    setErrors((current) => ({ ...current, [name]: problem ? message(problem) : undefined }));
  };

  return {
    values,
    check,
    errors,
    setValue,
    replaceValues,
    validate,
    setErrors,
    field: (name) => ({
      value: values[name],
      onChange: (event) => setValue(name, event.currentTarget.value),
      error: errors[name],
    }),
  };
}
