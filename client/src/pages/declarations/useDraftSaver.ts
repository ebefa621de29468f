import { useEffect, useState } from 'react';
import { useSaveDeclarationDraftMutation } from '../../__generated__/graphql';
import type { CurrentDeclaration, FieldProblem, SaveOutcome, SaveState } from './draftSaver';
import { DraftSaver } from './draftSaver';
import type { FieldSpec, FormValues } from './formData';
import { clearBackup, writeBackup } from './localBackup';

/** How long after typing stops the form is saved. */
export const AUTOSAVE_DEBOUNCE_MS = 1_500;

interface DraftSaverInput {
  declarationId: string;
  accountId: string;
  fields: readonly FieldSpec[];
  /** The version loaded, the data saved at it, and the data the page starts with (a restored backup, perhaps). */
  initial: { version: number; saved: FormValues; data: FormValues; savedAt: string; conflict: CurrentDeclaration | null };
}

/** The autosave of one declaration form (see DraftSaver) with its state, problems and conflict for the page. */
export function useDraftSaver({ declarationId, accountId, fields, initial }: DraftSaverInput) {
  const [save] = useSaveDeclarationDraftMutation();
  const [state, setState] = useState<SaveState>(() => (initial.conflict ? { status: 'conflict' } : { status: 'saved', at: new Date(initial.savedAt) }));
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [conflict, setConflict] = useState<CurrentDeclaration | null>(initial.conflict);
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          fields,
          debounceMs: AUTOSAVE_DEBOUNCE_MS,
          send: async (expectedVersion, data): Promise<SaveOutcome> => {
            const { data: answer } = await save({ variables: { input: { declarationId, expectedVersion, data } } });
            const payload = answer?.saveDeclarationDraft;
            if (!payload) return { kind: 'failed' };
            if (payload.declaration) return { kind: 'saved', version: payload.declaration.version, problems: payload.problems };
            if (payload.current && payload.userErrors.some((e) => e.code === 'VERSION_CONFLICT')) {
              return { kind: 'conflict', current: { version: payload.current.version, data: payload.current.data as FormValues, updatedAt: payload.current.updatedAt } };
            }
            return { kind: 'refused', message: payload.userErrors.map((e) => e.message).join(' ') };
          },
          backup: {
            write: (baseVersion, data) => writeBackup(accountId, declarationId, { baseVersion, data, writtenAt: Date.now() }),
            clear: () => clearBackup(accountId, declarationId),
          },
          report: setState,
          onSaved: setProblems,
          onConflict: setConflict,
        },
        { version: initial.version, saved: initial.saved, data: initial.data, blocked: initial.conflict !== null },
      ),
  );
  useEffect(() => {
    saver.attach();
    return () => saver.dispose();
  }, [saver]);
  // A restored backup goes to the server like any edit.
  useEffect(() => {
    if (!initial.conflict && saver.isDirty()) saver.edit(saver.current());
  }, [saver, initial.conflict]);

  return {
    saver,
    state,
    problems,
    conflict,
    /** 载入最新内容: returns the data the form now shows. */
    takeCurrent: (): FormValues | null => {
      if (!conflict) return null;
      saver.takeCurrent(conflict);
      setConflict(null);
      return conflict.data;
    },
    /** 用本页内容覆盖. */
    overwrite: async () => {
      if (!conflict) return;
      const current = conflict;
      setConflict(null);
      await saver.overwrite(current);
    },
  };
}
