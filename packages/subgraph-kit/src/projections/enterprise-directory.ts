import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnterpriseScope } from '../auth/access';
import { consume } from '../events/consumer';
import { keyedLoader } from '../loaders';

/**
 * What a subgraph other than profile keeps of each enterprise, fed by profile's
 * `profile.enterprise-changed` events: enough to decide access (region) and, later, rules
 * (industry). Never written by anything but the consumer below; rebuilt by replaying events.
 */
@Entity({ tableName: 'enterprise_directory' })
export class EnterpriseDirectoryEntity {
  @PrimaryKey({ type: 'uuid' })
  enterpriseId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Property({ type: 'string', length: 5, nullable: true })
  industryCode?: string | null;

  /** 企业规模 as profile computed it (LARGE / MEDIUM / SMALL / MICRO). */
  @Property({ type: 'string', length: 10, nullable: true })
  sizeClass?: string | null;

  /** Profile's row version of the last event applied; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}

export function enterpriseDirectorySql(schema: string): string {
  return `
    create table "${schema}"."enterprise_directory" (
      "enterprise_id" uuid primary key,
      "uscc" varchar(18) not null,
      "name" varchar(200) not null,
      "region_code" varchar(6) not null,
      "industry_code" varchar(5),
      "version" integer not null,
      "updated_at" timestamptz not null default now()
    );
  `;
}

/** Second step of the projection's table (a migration once applied is never edited): the size class. */
export function enterpriseDirectorySizeClassSql(schema: string): string {
  return `alter table "${schema}"."enterprise_directory" add column "size_class" varchar(10);`;
}

/** Applies a profile change unless a newer one was applied already (events may arrive out of order). */
export const enterpriseDirectoryConsumer = consume('profile.enterprise-changed', async (payload, { em }) => {
  const known = await em.findOne(EnterpriseDirectoryEntity, { enterpriseId: payload.enterpriseId });
  if (known && known.version >= payload.version) return;
  const fields = {
    uscc: payload.uscc,
    name: payload.name,
    regionCode: payload.regionCode,
    industryCode: payload.industryCode,
    // Events recorded before sizes were published carry none.
    sizeClass: payload.sizeClass ?? null,
    version: payload.version,
    updatedAt: new Date(),
  };
  if (known) Object.assign(known, fields);
  else em.persist(em.create(EnterpriseDirectoryEntity, { enterpriseId: payload.enterpriseId, ...fields }));
  await em.flush();
});

/** Batched lookups of the enterprises' scopes for access checks. */
export function enterpriseScopeLoader(em: EntityManager) {
  const loader = keyedLoader(
    (ids: readonly string[]) => em.find(EnterpriseDirectoryEntity, { enterpriseId: { $in: [...ids] } }),
    (row: EnterpriseDirectoryEntity) => row.enterpriseId,
  );
  return {
    /** The enterprise with its registered region; region null while profile's event has not arrived. */
    load: async (id: string): Promise<EnterpriseScope> => ({ id, regionCode: (await loader.load(id))?.regionCode ?? null }),
  };
}
export type EnterpriseScopeLoader = ReturnType<typeof enterpriseScopeLoader>;
