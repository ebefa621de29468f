import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A partner system allowed to call the API with client credentials. The secret is stored as an argon2id hash. */
@Entity({ tableName: 'partner_client' })
export class PartnerClientEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  clientId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  secretHash!: string;

  @Property({ type: 'string[]' })
  scopes!: string[];

  /** Limits the partner's data to a region subtree (a province's systems see that province). */
  @Property({ type: 'string', length: 6, nullable: true })
  regionCode?: string | null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;
}
