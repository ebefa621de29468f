import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A declaration window as declarations announced it, for the 申报提醒 when it opens. */
@Entity({ tableName: 'declaration_window' })
export class DeclarationWindowNoticeEntity {
  @PrimaryKey({ type: 'uuid' })
  windowId!: string;

  @Property({ type: 'string', length: 20 })
  tier!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Property({ type: 'Date' })
  opensAt!: Date;

  @Property({ type: 'Date' })
  closesAt!: Date;
}
