import type { RecoveryOption } from '../../__generated__/graphql';
import { changePhonePath, paths, signInPath } from '../../paths';

/** Where each recovery step leads, with the USCC filled in on arrival. */
export function recoveryPath(option: RecoveryOption, uscc: string): string {
  const carry = new URLSearchParams({ method: 'USCC', identifier: uscc }).toString();
  switch (option) {
    case 'SIGN_IN_WITH_USCC':
      return `${signInPath(undefined, 'USCC')}&identifier=${encodeURIComponent(uscc)}`;
    case 'RESET_PASSWORD':
      return `${paths.forgotPassword}?${carry}`;
    case 'CHANGE_PHONE_MANUAL':
      return `${changePhonePath('manual')}&${carry}`;
  }
}
