import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An upload link a subgraph issued: which file id, for what, to whom. A file is attached only
 * if this subgraph issued its id for the same purpose and it was not attached before.
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

/** The table of `UploadEntity` in a subgraph's schema, for its migrations. */
export function uploadTableSql(schema: string): string {
  return `
    create table "${schema}"."upload" (
      "file_id" uuid primary key,
      "purpose" varchar(40) not null,
      "file_name" varchar(255) not null,
      "created_at" timestamptz not null,
      "client_ip" varchar(64),
      "attached_at" timestamptz
    );
  `;
}
