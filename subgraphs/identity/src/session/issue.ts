import type { EntityManager } from '@mikro-orm/postgresql';
import type { HttpExchange } from '@zjtx/subgraph-kit';
import type { AccountEntity } from '../account/account.entity';
import { claimsFor } from '../auth/claims';
import type { IdentityServices } from '../services';
import { sessionCookie } from './cookie';
import { startSession } from './sessions';

export interface IssuedAccess {
  accessToken: string;
  expiresAt: Date;
}

/**
 * Signs the account in: a new session whose refresh token goes into the httpOnly cookie,
 * and a short-lived access token for the Authorization header. Call inside the unit of work
 * that flushes; the cookie is set only once the flush succeeded (see `commitAndSetCookie`).
 */
export async function signIn(em: EntityManager, services: IdentityServices, http: HttpExchange, account: AccountEntity): Promise<IssuedAccess> {
  const session = startSession(em, account.id, http.clientIp);
  await em.flush();
  http.setCookie(sessionCookie(session.token, session.expiresAt, services.config.cookieSecure));
  const { token, expiresAt } = await services.keys.sign(claimsFor(account));
  return { accessToken: token, expiresAt };
}
