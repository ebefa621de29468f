import type { AttachedFile } from '@zjtx/subgraph-kit';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum AnnouncementLevel {
  MINISTRY = 'MINISTRY',
  PROVINCE = 'PROVINCE',
}

/** An announcement (公告) published by the ministry or a provincial office. */
@Entity({ tableName: 'announcement' })
@Index({ properties: ['level', 'publishedAt'] })
export class AnnouncementEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => AnnouncementLevel, nativeEnumName: 'announcement_level' })
  level!: AnnouncementLevel;

  /** GB/T 2260 province code (2 digits + 0000) for provincial announcements. */
  @Property({ type: 'string', length: 6, nullable: true })
  provinceCode?: string | null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** 文号, e.g. 工信厅企业函〔2022〕133号. */
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'Date' })
  publishedAt!: Date;

  /** Files published with it (PDF, Word, Excel, zip …), in the order given. */
  @Property({ type: 'json' })
  attachments: AttachedFile[] = [];
}
