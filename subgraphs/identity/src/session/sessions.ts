import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenEntity } from './refresh-token.entity';

/** A refresh token unused for this long expires; an active session ends after FAMILY_MAX_DAYS regardless. */
const IDLE_DAYS = 7;
const FAMILY_MAX_DAYS = 30;
/**
 * Two tabs refreshing at the same moment present the same token twice. Within this window a
 * second use is a race, not a theft: it gets a new access token but no new refresh token (the
 * browser already holds the one the first refresh set).
 */
const REUSE_GRACE_MS = 30_000;

const DAY_MS = 24 * 60 * 60 * 1000;
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export type RotationResult =
  | { kind: 'rotated'; accountId: string; token: string; expiresAt: Date }
  | { kind: 'raced'; accountId: string }
  | { kind: 'reused'; accountId: string }
  | { kind: 'invalid' };

/** Starts a session (a new token family) for a sign-in. */
export function startSession(em: EntityManager, accountId: string, clientIp: string | null): { token: string; expiresAt: Date } {
  const now = Date.now();
  return issue(em, accountId, randomUUID(), new Date(now + FAMILY_MAX_DAYS * DAY_MS), clientIp);
}

/** Exchanges a refresh token for its successor; a replayed token revokes its whole session. */
export async function rotateSession(em: EntityManager, presented: string, clientIp: string | null): Promise<RotationResult> {
  const current = await em.findOne(RefreshTokenEntity, { tokenHash: hashToken(presented) });
  const now = new Date();
  if (!current || current.revokedAt || current.expiresAt <= now || current.familyExpiresAt <= now) return { kind: 'invalid' };
  if (current.usedAt) {
    if (now.getTime() - current.usedAt.getTime() <= REUSE_GRACE_MS) return { kind: 'raced', accountId: current.accountId };
    await revokeFamily(em, current.familyId);
    return { kind: 'reused', accountId: current.accountId };
  }
  // Claimed atomically: of two requests presenting the same token at once, one rotates and the
  // other is the race the grace window allows (reading `usedAt` above cannot decide that alone).
  const claimed = await em.nativeUpdate(RefreshTokenEntity, { id: current.id, usedAt: null }, { usedAt: now });
  if (claimed === 0) return { kind: 'raced', accountId: current.accountId };
  const next = issue(em, current.accountId, current.familyId, current.familyExpiresAt, clientIp);
  return { kind: 'rotated', accountId: current.accountId, ...next };
}

/** Ends the session the token belongs to (sign-out). Unknown tokens are ignored. */
export async function endSession(em: EntityManager, presented: string): Promise<string | null> {
  const current = await em.findOne(RefreshTokenEntity, { tokenHash: hashToken(presented) });
  if (!current) return null;
  await revokeFamily(em, current.familyId);
  return current.accountId;
}

/** Ends every session of an account (password reset, phone change by an administrator). */
export async function endAllSessions(em: EntityManager, accountId: string): Promise<void> {
  await em.nativeUpdate(RefreshTokenEntity, { accountId, revokedAt: null }, { revokedAt: new Date() });
}

async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
  await em.nativeUpdate(RefreshTokenEntity, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

function issue(em: EntityManager, accountId: string, familyId: string, familyExpiresAt: Date, clientIp: string | null): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const idleExpiry = new Date(Date.now() + IDLE_DAYS * DAY_MS);
  const expiresAt = idleExpiry < familyExpiresAt ? idleExpiry : familyExpiresAt;
  em.persist(em.create(RefreshTokenEntity, { accountId, familyId, tokenHash: hashToken(token), expiresAt, familyExpiresAt, clientIp, createdAt: new Date() }));
  return { token, expiresAt };
}
