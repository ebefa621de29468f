import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { anonymous, type Caller } from '../caller';
import { ApiError, ErrorCode } from '../errors';
import { Role } from './access';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from './access-token';

export type Authenticate = (credentials: { authorization?: string }) => Promise<Caller>;

/**
 * Verifies `Authorization: Bearer <jwt>` against identity's published JWKS (keys cached,
 * refetched on an unknown key id). No header: anonymous. A bad or expired token is an
 * error, not anonymous, so that clients know to refresh rather than silently see less.
 */
export function jwtAuthenticator(keys: JWTVerifyGetKey | URL): Authenticate {
  const getKey = keys instanceof URL ? createRemoteJWKSet(keys, { cooldownDuration: 5_000 }) : keys;
  return async ({ authorization }) => {
    if (!authorization) return anonymous;
    const token = /^Bearer (.+)$/i.exec(authorization)?.[1];
    // 401 for the whole request: no part of it ran (GitHub and Shopify answer bad credentials the same way).
    if (!token) throw new ApiError(ErrorCode.UNAUTHENTICATED, 'Authorization header must be "Bearer <access token>".', 401);
    try {
      const { payload } = await jwtVerify<AccessTokenClaims>(token, getKey, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      });
      if (payload.roles?.includes(Role.PARTNER)) {
        return { kind: 'partner', clientId: payload.sub.replace(/^partner:/, ''), scopes: payload.scp ?? [], regionCode: payload.region };
      }
      return {
        kind: 'account',
        accountId: payload.sub,
        roles: payload.roles ?? [],
        enterpriseId: payload.ent,
        office: payload.office,
      };
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new ApiError(ErrorCode.UNAUTHENTICATED, expired ? 'Access token expired; refresh it and retry.' : 'Access token is not valid; sign in again.', 401);
    }
  };
}
