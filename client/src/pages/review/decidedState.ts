import type { ReviewLevel } from '../../__generated__/graphql';
import { paths } from '../../paths';

/** What the detail page tells the queue after a decision (navigation state, said once). */
export interface DecidedState {
  decided: {
    outcome: 'forwarded' | 'publicity' | 'returned' | 'rejected';
    enterpriseName: string;
    /** Forwarded: the level holding it now. */
    level: ReviewLevel | null;
    publicityEndsOn: string | null;
    /** The same decision had been taken already (a second click, another tab). */
    repeated: boolean;
  };
}

export function isDecidedState(state: unknown): state is DecidedState {
  const decided = (state as Partial<DecidedState> | null)?.decided;
  return typeof decided === 'object' && decided !== null && typeof decided.enterpriseName === 'string';
}

/** The queue's address the declaration was opened from (its tab and filters), for the way back. */
export interface FromQueueState {
  queueSearch: string;
}

/** Where 返回审核队列 and a decision lead: the queue as it was left, or its first tab. */
export function queueAddress(state: unknown): { pathname: string; search: string } {
  const search = (state as Partial<FromQueueState> | null)?.queueSearch;
  return { pathname: paths.reviews, search: typeof search === 'string' ? search : '' };
}
