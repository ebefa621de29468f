/**
 * The claims of an access token as identity signs them and every subgraph reads them.
 * Kept in one place so issuer and readers cannot drift apart.
 */
export const ACCESS_TOKEN_ISSUER = 'zjtx-identity';
export const ACCESS_TOKEN_AUDIENCE = 'zjtx-api';

export interface AccessTokenClaims {
  sub: string;
  roles: string[];
  /** The enterprise a legal-person account acts for. */
  ent?: string;
  /** Office level, GB/T 2260 region code and display name (e.g. 杭州市经济和信息化局) of an office account. */
  office?: { level: string; regionCode: string; name?: string };
  /** Partner API clients: the scopes granted (see `Scope`). */
  scp?: string[];
  /** Partner API clients: the region their data access is limited to, if any. */
  region?: string;
}

/** The httpOnly cookie carrying the refresh token: identity sets it, the gateway passes it on. */
export const SESSION_COOKIE = 'zjtx_rt';
