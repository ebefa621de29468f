import type { FormFieldKind } from '../../__generated__/graphql';

/** A declaration form's data as the page holds it: the server's JSON, with a number field's text kept while it is being typed ("12."). */
export type FormValues = Record<string, unknown>;

export interface FieldSpec {
  path: string;
  kind: FormFieldKind;
}

const isObject = (value: unknown): value is FormValues => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dot path ("financials.2025.operatingRevenue"), or undefined. */
export function valueAt(data: FormValues, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), data);
}

/** A copy of `data` with `value` at the dot path, creating the objects on the way. */
export function withValue(data: FormValues, path: string, value: unknown): FormValues {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  return { ...data, [head]: withValue(isObject(child) ? child : {}, rest.join('.'), value) };
}

const NUMERIC: ReadonlySet<FormFieldKind> = new Set(['AMOUNT', 'SIGNED_AMOUNT', 'COUNT', 'PERCENT', 'NUMBER']);
export const isNumericKind = (kind: FormFieldKind) => NUMERIC.has(kind);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * What a field's value is worth sending: numbers from number fields (text still being typed,
 * such as "12." or "-", counts as not filled in), a YYYY-MM month, yes/no, a choice; null when
 * empty or not (yet) valid.
 */
export function sendableValue(kind: FormFieldKind, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (isNumericKind(kind)) {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    const text = typeof value === 'string' ? value.trim() : '';
    const number = text === '' ? NaN : Number(text);
    return Number.isFinite(number) ? number : null;
  }
  if (kind === 'MONTH') return typeof value === 'string' && MONTH.test(value.trim()) ? value.trim() : null;
  if (kind === 'FLAG') return typeof value === 'boolean' ? value : null;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Why a field's text cannot be used yet (a month not written YYYY-MM), or null. */
export function localProblem(kind: FormFieldKind, value: unknown): 'month' | null {
  if (kind === 'MONTH' && typeof value === 'string' && value.trim() !== '' && !MONTH.test(value.trim())) return 'month';
  return null;
}

/** The data as the server takes it: every form field's value made sendable; anything else kept as it is. */
export function sendable(data: FormValues, fields: readonly FieldSpec[]): FormValues {
  let out = data;
  for (const field of fields) {
    const value = valueAt(data, field.path);
    if (value !== undefined) out = withValue(out, field.path, sendableValue(field.kind, value));
  }
  return out;
}

/** JSON with sorted keys, so that two copies of the same data compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const entries = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether two forms send the same data. */
export const sameData = (a: FormValues, b: FormValues, fields: readonly FieldSpec[]) => canonical(sendable(a, fields)) === canonical(sendable(b, fields));
