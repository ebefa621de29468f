import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What an account chose to receive by SMS and e-mail, by message category. No row: the defaults. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  /** The enterprise the account acts for: its messages follow this account's choice. */
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  @Property({ type: 'text[]' })
  smsCategories: string[] = [];

  @Property({ type: 'text[]' })
  emailCategories: string[] = [];

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
