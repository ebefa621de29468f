import { Extensions, type AuthChecker } from 'type-graphql';
import type { Caller } from '../caller';
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
  if (caller.kind === 'partner') return roles.some((role) => role.startsWith('scope:') && caller.scopes.includes(role.slice('scope:'.length)));
  if (caller.kind !== 'account') return false;
  return roles.length === 0 || roles.some((role) => caller.roles.includes(role));
};

/**
 * Whether the caller may read an enterprise's own records: the enterprise itself or an
 * administrator. Offices get their region-scoped access with the region projection.
 */
export function canReadEnterprise(caller: Caller, enterpriseId: string): boolean {
  if (caller.kind !== 'account') return false;
  return caller.enterpriseId === enterpriseId || caller.roles.includes(Role.ADMIN);
}
