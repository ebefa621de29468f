import { usePasswordPolicyQuery } from '../__generated__/graphql';
import type { PasswordRules } from './validation';

/** The server's password policy (undefined while loading or if it could not be loaded). */
export function usePasswordPolicy(): PasswordRules | undefined {
  const { data } = usePasswordPolicyQuery();
  return data?.passwordPolicy;
}
