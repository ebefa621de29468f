import { Connection, type AttachedFile } from '@zjtx/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AnnouncementLevel, type AnnouncementEntity } from './announcement.entity';
import { provinceName } from '@zjtx/subgraph-kit';

registerEnumType(AnnouncementLevel, { name: 'AnnouncementLevel', description: '部级 (MINISTRY) or 省级 (PROVINCE) announcement.' });

@ObjectType({ description: 'An announcement (公告) of the ministry or a provincial office.' })
export class Announcement {
  @Field(() => ID)
  id!: string;

  @Field(() => AnnouncementLevel)
  level!: AnnouncementLevel;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Document number (文号), e.g. 工信厅企业函〔2022〕133号.' })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 code of the publishing province, for provincial announcements.' })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the publishing province, e.g. 浙江省.' })
  provinceName!: string | null;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => String, { description: 'Full text, paragraphs separated by blank lines.' })
  body!: string;

  /** The stored attachments; `attachments` adds fresh download links. */
  files!: AttachedFile[];

  static from(entity: AnnouncementEntity): Announcement {
    return Object.assign(new Announcement(), {
      id: entity.id,
      level: entity.level,
      title: entity.title,
      documentNumber: entity.documentNumber ?? null,
      provinceCode: entity.provinceCode ?? null,
      provinceName: entity.provinceCode ? provinceName(entity.provinceCode) : null,
      publishedAt: entity.publishedAt,
      body: entity.body,
      files: entity.attachments ?? [],
    });
  }
}

@ObjectType({ description: 'A page of announcements, newest first.' })
export class AnnouncementConnection extends Connection(Announcement, 'Announcement') {}
