import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { AttachedFile } from '../uploads/uploads.service';

export enum ManualVerificationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * 人工核验: someone who no longer has the bound phone asks to bind a new one, with documents
 * an administrator checks. The result goes to the new phone by SMS.
 */
@Entity({ tableName: 'manual_verification' })
export class ManualVerificationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20 })
  loginMethod!: string;

  @Property({ type: 'string', length: 64 })
  identifier!: string;

  /** The account the identifier named when the request was made; null when none did (the administrator sees that). */
  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  @Property({ type: 'string', length: 200 })
  enterpriseName!: string;

  @Property({ type: 'string', length: 50 })
  contactName!: string;

  @Property({ type: 'string', length: 20 })
  newPhone!: string;

  @Property({ type: 'json' })
  documents!: AttachedFile[];

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @Enum({ items: () => ManualVerificationStatus, nativeEnumName: 'manual_verification_status' })
  status: ManualVerificationStatus = ManualVerificationStatus.PENDING;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  decisionReason?: string | null;
}
