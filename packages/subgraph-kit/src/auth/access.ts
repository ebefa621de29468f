import { Extensions, type AuthChecker } from 'type-graphql';
import { jurisdictionCovers, NATIONAL_REGION_CODE } from '@zjtx/domain';
import type { Caller } from '../caller';
import { ApiError, ErrorCode } from '../errors';
import type { SubgraphContext } from '../context';

/** Roles carried in access tokens. */
export const Role = {
  ENTERPRISE: 'ENTERPRISE',
  NATURAL_PERSON: 'NATURAL_PERSON',
  OFFICE: 'OFFICE',
  ADMIN: 'ADMIN',
  /** A partner system calling with a client-credentials token; what it may do is its scopes. */
  PARTNER: 'PARTNER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** What a partner client may be granted. A field open to partners names the scope it needs. */
export const Scope = {
  READ_ENTERPRISES: 'enterprises:read',
  READ_DECLARATIONS: 'declarations:read',
  READ_ANNOUNCEMENTS: 'announcements:read',
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

/** The `@Authorized(...)` entry that admits partners holding `scope`, e.g. `@Authorized(Role.ADMIN, scope(Scope.READ_ENTERPRISES))`. */
export const scope = (granted: Scope): string => `scope:${granted}`;

/**
 * Marks a root field as callable by anyone, signed in or not. Every root field carries
 * either this or `@Authorized(...)`; a schema test enforces it.
 */
export const Public = () => Extensions({ access: 'public' });

/** `@Authorized()` = any signed-in account; `@Authorized('OFFICE')` = one of the roles. */
export const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  const { caller } = context;
  // Not signed in at all: say so (UNAUTHENTICATED), so clients know to sign in rather than give up.
  if (caller.kind === 'anonymous') throw new ApiError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this: send `Authorization: Bearer <access token>`.');
  if (caller.kind === 'partner') return roles.some((role) => role.startsWith('scope:') && caller.scopes.includes(role.slice('scope:'.length)));
  if (caller.kind !== 'account') return false;
  return roles.length === 0 || roles.some((role) => caller.roles.includes(role));
};

/** What an access decision needs to know of an enterprise: which it is and where it is registered. */
export interface EnterpriseScope {
  id: string;
  /** GB/T 2260 code of its registered county; null when not known here yet (then only the enterprise itself and administrators qualify). */
  regionCode: string | null;
}

/**
 * Whether the caller may read an enterprise's records: the enterprise itself, an
 * administrator, an office whose region subtree contains the enterprise's registered
 * region, or a partner holding the enterprises:read scope for that region.
 */
export function canReadEnterprise(caller: Caller, enterprise: EnterpriseScope): boolean {
  if (caller.kind === 'anonymous') return false;
  if (caller.kind === 'partner') {
    return caller.scopes.includes(Scope.READ_ENTERPRISES) && enterprise.regionCode !== null && jurisdictionCovers({ regionCode: caller.regionCode ?? NATIONAL_REGION_CODE }, enterprise.regionCode);
  }
  if (caller.enterpriseId === enterprise.id || caller.roles.includes(Role.ADMIN)) return true;
  return !!caller.office && caller.roles.includes(Role.OFFICE) && enterprise.regionCode !== null && jurisdictionCovers(caller.office, enterprise.regionCode);
}

/** Records private to the enterprise (its messages): the enterprise itself and administrators only. */
export function isEnterpriseOrAdmin(caller: Caller, enterpriseId: string): boolean {
  return caller.kind === 'account' && (caller.enterpriseId === enterpriseId || caller.roles.includes(Role.ADMIN));
}
