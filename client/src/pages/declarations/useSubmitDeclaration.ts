import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSubmitDeclarationMutation } from '../../__generated__/graphql';
import { paths } from '../../paths';
import type { DraftSaver } from './draftSaver';
import type { SubmitProblem } from './SubmitProblems';

/** Navigation state of the detail page right after submitting. */
export interface SubmittedState {
  submittedVersion: number;
}

export const isSubmittedState = (state: unknown): state is SubmittedState =>
  typeof state === 'object' && state !== null && typeof (state as Partial<SubmittedState>).submittedVersion === 'number';

/**
 * 提交: saves what is typed first, then asks to confirm (route, truthfulness declaration), then
 * submits the saved version. A second click while it is under way does nothing (the server is
 * idempotent for the same version too). Everything missing comes back listed.
 */
export function useSubmitDeclaration(declarationId: string, saver: DraftSaver, clearBackup: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [mutate] = useSubmitDeclarationMutation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly SubmitProblem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  const underway = useRef(false);

  const open = async () => {
    setProblems([]);
    setProblem(null);
    setNotSaved(false);
    // The server judges what is saved: everything typed goes first.
    if (await saver.saveNow()) setOpened(true);
    else setNotSaved(true);
  };

  const confirm = async (accepted: boolean) => {
    if (underway.current) return;
    underway.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await mutate({ variables: { input: { declarationId, expectedVersion: saver.baseVersion(), truthfulnessDeclarationAccepted: accepted } } });
      const payload = data?.submitDeclaration;
      const errors = payload?.userErrors ?? [];
      if (payload?.declaration && errors.length === 0) {
        clearBackup();
        const state: SubmittedState = { submittedVersion: payload.versionNumber ?? 1 };
        await navigate(paths.declaration(declarationId), { state });
        return;
      }
      if (errors.some((e) => e.code === 'DECLARATION_NOT_ACCEPTED')) {
        setProblem(errors.map((e) => e.message).join(' '));
        return;
      }
      setOpened(false);
      setProblems(errors.length > 0 ? errors : [{ field: null, code: 'UNKNOWN', message: t('declaration.submit.failed') }]);
      window.requestAnimationFrame(() => document.getElementById('submit-problems')?.scrollIntoView({ block: 'center' }));
    } catch {
      setProblem(t('declaration.networkError'));
    } finally {
      underway.current = false;
      setBusy(false);
    }
  };

  return { opened, busy, problems, problem, notSaved, open, confirm, close: () => setOpened(false) };
}
