import type { DeclarationStatusChangedSubscription } from '../../__generated__/graphql';
import { useDeclarationStatusChangedSubscription } from '../../__generated__/graphql';

export type StatusChange = DeclarationStatusChangedSubscription['declarationStatusChanged'];

/**
 * Follows the status changes of the enterprise's declarations as they happen (an office's
 * decision, a submission from another tab), for pages that show them to react at once.
 */
export function useStatusChanges(onChange: (change: StatusChange) => void): void {
  useDeclarationStatusChangedSubscription({
    ignoreResults: true,
    onData: ({ data: event }) => {
      const change = event.data?.declarationStatusChanged;
      if (change) onChange(change);
    },
  });
}
