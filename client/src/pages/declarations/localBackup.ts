import type { FormValues } from './formData';

/**
 * The local backup of a form (DOMAIN.md §10: "long form, session lost, data gone"): every edit
 * is written here before it is sent, per account and declaration, with the server version it
 * was based on. A crash, a closed tab or an expired session loses nothing; the next visit
 * restores it. localStorage may be unavailable (private modes): then there is no backup, and
 * the page still works.
 */
export interface DraftBackup {
  /** The declaration's version the edits were made on. */
  baseVersion: number;
  data: FormValues;
  /** When it was written (ms since the epoch). */
  writtenAt: number;
}

const keyOf = (accountId: string, declarationId: string) => `zjtx.declaration-draft.${accountId}.${declarationId}`;

function isBackup(value: unknown): value is DraftBackup {
  const backup = value as Partial<DraftBackup> | null;
  return typeof backup === 'object' && backup !== null && typeof backup.baseVersion === 'number' && typeof backup.writtenAt === 'number' && typeof backup.data === 'object' && backup.data !== null;
}

export function readBackup(accountId: string, declarationId: string): DraftBackup | null {
  try {
    const stored = window.localStorage.getItem(keyOf(accountId, declarationId));
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    return isBackup(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(accountId: string, declarationId: string, backup: DraftBackup): void {
  try {
    window.localStorage.setItem(keyOf(accountId, declarationId), JSON.stringify(backup));
  } catch {
    // Full or unavailable: the server copy is all there is (see above).
  }
}

export function clearBackup(accountId: string, declarationId: string): void {
  try {
    window.localStorage.removeItem(keyOf(accountId, declarationId));
  } catch {
    // see writeBackup
  }
}
