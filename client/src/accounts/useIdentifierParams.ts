import { useSearchParams } from 'react-router';
import type { LoginMethod } from '../__generated__/graphql';
import { isLoginMethod } from './LoginMethodSwitch';

/** `?method=USCC&identifier=…`, as the recovery links of 注册 pass them on. */
export function useIdentifierParams(): { method: LoginMethod; identifier: string } {
  const [searchParams] = useSearchParams();
  const method = searchParams.get('method') ?? '';
  return { method: isLoginMethod(method) ? method : 'LOGIN_NAME', identifier: searchParams.get('identifier') ?? '' };
}
