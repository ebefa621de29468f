import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type AuditAction =
  | 'REGISTERED'
  | 'SIGNED_IN'
  | 'SIGN_IN_FAILED'
  | 'LOCKED_OUT'
  | 'SIGNED_OUT'
  | 'SESSION_REUSE_DETECTED'
  | 'PASSWORD_RESET'
  | 'PHONE_CHANGED'
  | 'MANUAL_VERIFICATION_REQUESTED'
  | 'MANUAL_VERIFICATION_DECIDED'
  | 'REAL_NAME_VERIFIED'
  | 'REAL_NAME_SYNCED'
  | 'PARTNER_CLIENT_CREATED'
  | 'PARTNER_CLIENT_REVOKED'
  | 'PARTNER_TOKEN_ISSUED';

/** Who did what to which account, when and from where. Append-only. */
@Entity({ tableName: 'audit_event' })
export class AuditEventEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'Date' })
  at: Date = new Date();

  @Property({ type: 'string', length: 40 })
  action!: AuditAction;

  /** The account concerned, when one is known (a failed sign-in for an unknown name has none). */
  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  /** Who acted when it was not the account itself (an administrator). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  clientIp?: string | null;

  @Property({ type: 'json' })
  detail: Record<string, unknown> = {};
}
