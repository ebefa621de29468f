import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Keys identity signs access tokens with; the public halves are published as JWKS. */
@Entity({ tableName: 'signing_key' })
export class SigningKeyEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  kid!: string;

  @Property({ type: 'json', hidden: true, lazy: true })
  privateJwk!: Record<string, unknown>;

  @Property({ type: 'json' })
  publicJwk!: Record<string, unknown>;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
