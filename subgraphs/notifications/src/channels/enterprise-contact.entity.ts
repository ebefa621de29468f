import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Where an enterprise's SMS and e-mail copies go: the contact's mobile and the e-mail of 企业基本情况. */
@Entity({ tableName: 'enterprise_contact' })
export class EnterpriseContactEntity {
  @PrimaryKey({ type: 'uuid' })
  enterpriseId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  contactMobile?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  /** Profile's row version of the last event applied. */
  @Property({ type: 'integer' })
  version!: number;
}
