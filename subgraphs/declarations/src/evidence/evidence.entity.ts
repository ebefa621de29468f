import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Where a file stands with the virus scanner: usable when CLEAN or, without a scanner, NOT_SCANNED. */
export enum ScanStatus {
  PENDING = 'PENDING',
  CLEAN = 'CLEAN',
  INFECTED = 'INFECTED',
  NOT_SCANNED = 'NOT_SCANNED',
}

export const isUsable = (status: ScanStatus) => status === ScanStatus.CLEAN || status === ScanStatus.NOT_SCANNED;

/** A file attached to a declaration as evidence (佐证材料) for one item of the form. */
@Entity({ tableName: 'declaration_evidence' })
export class EvidenceEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  declarationId!: string;

  /** An EVIDENCE_ITEMS key. */
  @Property({ type: 'string', length: 40 })
  item!: string;

  @Property({ type: 'uuid', unique: true })
  fileId!: string;

  /** As the uploader named it: any script, spaces, punctuation, emoji. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** Detected from the content. */
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Enum({ items: () => ScanStatus, type: 'string', length: 20 })
  scanStatus!: ScanStatus;

  /** What the scanner found, when INFECTED. */
  @Property({ type: 'string', length: 200, nullable: true })
  scanSignature?: string | null;

  @Property({ type: 'Date', nullable: true })
  scannedAt?: Date | null;

  /** The entries of a zip archive, as checked at upload. */
  @Property({ type: 'json', nullable: true })
  archiveEntries?: string[] | null;

  @Property({ type: 'Date' })
  attachedAt!: Date;
}
