import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One refresh token of a session. Each refresh replaces the token with a new one of the same
 * family; presenting a token that was already used means it was copied, and the whole family
 * (the session) is revoked. Only a SHA-256 of the token is stored.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  accountId!: string;

  /** The session: every rotation of one sign-in shares it. */
  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  /** A session ends at this time however often it is refreshed. */
  @Property({ type: 'Date' })
  familyExpiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  clientIp?: string | null;
}
