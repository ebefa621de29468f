import { useEffect, useState } from 'react';
import { useSaveAssessmentAnswersMutation } from '../../__generated__/graphql';
import type { SaveState } from './autosaveQueue';
import { AutosaveQueue } from './autosaveQueue';

export type { SaveState } from './autosaveQueue';

/** How long typing in a figure waits before it is saved; choices are saved at once. */
export const FIGURE_DEBOUNCE_MS = 600;

/** Autosave of one attempt (see AutosaveQueue) with its state for 保存中… / 已保存 / 保存失败. */
export function useAutosave(assessmentId: string) {
  const [save] = useSaveAssessmentAnswersMutation();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [queue] = useState(() => new AutosaveQueue(setState));
  useEffect(() => {
    queue.setSender(async (batch) => {
      const { data } = await save({ variables: { input: { assessmentId, ...batch } } });
      const errors = data?.saveAssessmentAnswers.userErrors ?? [];
      if (data?.saveAssessmentAnswers.assessment && errors.length === 0) return { ok: true };
      return { ok: false, message: errors.map((e) => e.message).join(' ') || null };
    });
  }, [assessmentId, save, queue]);
  useEffect(() => () => queue.dispose(), [queue]);

  return {
    state,
    choose: (questionKey: string, optionKeys: string[], position?: string) => queue.choose(questionKey, optionKeys, position, 0),
    setFigure: (questionKey: string, inputKey: string, value: number | null, position?: string) =>
      queue.setFigure(questionKey, inputKey, value, position, FIGURE_DEBOUNCE_MS),
    judge: (sceneKey: string, level: number, position?: string) => queue.judge(sceneKey, level, position, 0),
    moveTo: (position: string) => queue.moveTo(position),
    retry: () => queue.retry(),
    flush: () => queue.flush(),
  };
}
