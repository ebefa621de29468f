import type { CurrentDeclaration } from './draftSaver';
import type { FieldSpec, FormValues } from './formData';
import { sameData } from './formData';
import { readBackup } from './localBackup';

export interface InitialDraft {
  initial: { version: number; saved: FormValues; data: FormValues; savedAt: string; conflict: CurrentDeclaration | null };
  /** When the restored local backup was written; null when nothing was restored. */
  restoredAt: number | null;
}

/**
 * What the form starts with: the saved data, or the local backup when it holds edits the server
 * does not have. A backup made on the version loaded is simply restored; one made on an older
 * version (another page saved since) is restored as a conflict to resolve, never silently.
 */
export function initialDraft(declaration: { id: string; version: number; data: unknown; updatedAt: string }, accountId: string, fields: readonly FieldSpec[]): InitialDraft {
  const saved = declaration.data as FormValues;
  const base = { version: declaration.version, saved, data: saved, savedAt: declaration.updatedAt, conflict: null };
  const backup = readBackup(accountId, declaration.id);
  if (!backup || sameData(backup.data, saved, fields)) return { initial: base, restoredAt: null };
  if (backup.baseVersion === declaration.version) return { initial: { ...base, data: backup.data }, restoredAt: backup.writtenAt };
  return {
    initial: { ...base, data: backup.data, conflict: { version: declaration.version, data: saved, updatedAt: declaration.updatedAt } },
    restoredAt: backup.writtenAt,
  };
}
