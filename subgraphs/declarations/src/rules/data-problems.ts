import { userError, type UserError } from '@zjtx/subgraph-kit';
import type { DeclarationData } from './declaration-data';
import { declarationDataSchema } from './declaration-data.schema';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The schema's complaints as user errors, with paths under input.data. */
export function problemsOf(issues: readonly Issue[]): UserError[] {
  return issues.map((issue) =>
    userError('INVALID_FIELD', { zh: `“${issue.path.join('.')}”填写有误：${issue.message}`, en: `${issue.path.join('.')}: ${issue.message}` }, ['input', 'data', ...issue.path.map(String)]),
  );
}

/** The data without the fields the schema refused, so that the rest can still be used. */
export function invalidFieldsRemoved(data: Record<string, unknown>, issues: readonly Issue[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const { path } of issues) {
    if (path.length === 0) return {};
    let at: Record<string, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) at = at?.[String(key)] as Record<string, unknown> | undefined;
    if (at) delete at[String(path.at(-1))];
  }
  return copy;
}

/** The form's data as far as it is valid, and what was refused (reported, left out, the rest kept). */
export function parseDeclarationData(raw: Record<string, unknown>): { data: DeclarationData; problems: UserError[] } {
  const parsed = declarationDataSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return { data: declarationDataSchema.safeParse(invalidFieldsRemoved(raw, parsed.error.issues)).data ?? {}, problems: problemsOf(parsed.error.issues) };
}
