import type { LoginMethod } from '../__generated__/graphql';
import type { Check } from './validation';
import { loginName, uscc } from './validation';

/** The check for an identifier entered as a login name or as a USCC. */
export const identifierCheck = (method: LoginMethod): Check => (method === 'USCC' ? uscc : loginName);

/** A USCC is sent upper-case and trimmed, as the server stores it; a login name trimmed. */
export const normaliseIdentifier = (method: LoginMethod, value: string): string =>
  method === 'USCC' ? value.trim().toUpperCase() : value.trim();
