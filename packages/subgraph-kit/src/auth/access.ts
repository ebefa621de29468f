import { Extensions, type AuthChecker } from 'type-graphql';
import type { Caller } from '../caller';
import type { SubgraphContext } from '../context';

/** Roles carried in access tokens. */
export const Role = {
  ENTERPRISE: 'ENTERPRISE',
  NATURAL_PERSON: 'NATURAL_PERSON',
  OFFICE: 'OFFICE',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/**
 * Marks a root field as callable by anyone, signed in or not. Every root field carries
 * either this or `@Authorized(...)`; a schema test enforces it.
 */
export const Public = () => Extensions({ access: 'public' });

/** `@Authorized()` = any signed-in account; `@Authorized('OFFICE')` = one of the roles. */
export const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  const { caller } = context;
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
