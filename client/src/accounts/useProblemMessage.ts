import { useTranslation } from 'react-i18next';
import type { Problem } from './validation';

/** Turns a client-side validation problem into a sentence that says what to do. */
export function useProblemMessage(): (problem: Problem) => string {
  const { t } = useTranslation();
  return (problem) => t(`validation.${problem}`);
}
