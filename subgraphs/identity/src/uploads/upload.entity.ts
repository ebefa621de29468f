import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An upload link identity issued: which file id, for what, to whom. A file is attached only
 * if identity issued its id for the same purpose and it was not attached before.
 */
@Entity({ tableName: 'upload' })
export class UploadEntity {
  @PrimaryKey({ type: 'uuid' })
  fileId!: string;

  @Property({ type: 'string', length: 40 })
  purpose!: string;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'string', length: 64, nullable: true })
  clientIp?: string | null;

  @Property({ type: 'Date', nullable: true })
  attachedAt?: Date | null;
}
