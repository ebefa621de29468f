import { SESSION_COOKIE } from '@zjtx/subgraph-kit';
import { serialize } from 'cookie';

export { SESSION_COOKIE };

/** The refresh cookie: httpOnly (scripts cannot read it), SameSite=Strict (no cross-site sends), only on /graphql. */
const PATH = '/graphql';

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: PATH, expires: expiresAt, secure });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: PATH, expires: new Date(0), secure });
}
