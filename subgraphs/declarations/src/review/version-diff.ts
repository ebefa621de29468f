import type { FrozenEvidence } from '../declaration/declaration-version.entity';
import { valueAt, type FormSection } from '../form/form';
import { displayValue } from '../pdf/render';
import { EVIDENCE_ITEMS } from '../evidence/evidence-items';

export interface FieldChange {
  path: string;
  section: string;
  label: string;
  /** As the form shows it (是/否, the choice's words, the number with its unit); null when absent. */
  before: string | null;
  after: string | null;
}

/**
 * What changed between two submitted versions, field by field in the form's order, then the
 * evidence files added and removed per item: what a reviewer checks after a return.
 */
export function versionDiff(form: readonly FormSection[], before: { data: Record<string, unknown>; evidence: readonly FrozenEvidence[] }, after: { data: Record<string, unknown>; evidence: readonly FrozenEvidence[] }): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const section of form) {
    for (const field of section.fields) {
      const [a, b] = [valueAt(before.data, field.path), valueAt(after.data, field.path)];
      if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
      changes.push({ path: field.path, section: section.title, label: field.label, before: a === undefined || a === null ? null : displayValue(field, a), after: b === undefined || b === null ? null : displayValue(field, b) });
    }
  }
  for (const item of EVIDENCE_ITEMS) {
    const names = (files: readonly FrozenEvidence[]) => new Map(files.filter((f) => f.item === item.key).map((f) => [f.fileId, f.fileName]));
    const [was, now] = [names(before.evidence), names(after.evidence)];
    const removed = [...was].filter(([id]) => !now.has(id)).map(([, name]) => name);
    const added = [...now].filter(([id]) => !was.has(id)).map(([, name]) => name);
    if (removed.length || added.length) {
      changes.push({ path: `evidence.${item.key}`, section: '佐证材料', label: item.label, before: removed.length ? removed.join('、') : null, after: added.length ? added.join('、') : null });
    }
  }
  return changes;
}
