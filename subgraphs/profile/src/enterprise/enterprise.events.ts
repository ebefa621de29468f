import { consume, recordEvent } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnterpriseEntity } from './enterprise.entity';
import { Enterprise } from './enterprise.type';
import { sizeClassificationOf } from './size-class.type';

/** 企业规模 as the profile shows it, or null while the industry or a needed figure is missing. */
function sizeClassOf(entity: EnterpriseEntity): string | null {
  const enterprise = Enterprise.from(entity);
  return sizeClassificationOf(enterprise.industryCode, { employees: enterprise.employees, revenue: enterprise.revenueLastYear, totalAssets: enterprise.totalAssetsLastYear })?.sizeClass ?? null;
}

/** Tells other subgraphs what they keep of an enterprise (region, industry, name), in the same unit of work. */
export function recordEnterpriseChanged(em: EntityManager, enterprise: EnterpriseEntity): void {
  recordEvent(em, 'profile.enterprise-changed', {
    enterpriseId: enterprise.id,
    uscc: enterprise.uscc,
    name: enterprise.name,
    regionCode: enterprise.regionCode,
    industryCode: enterprise.industryCode ?? null,
    sizeClass: sizeClassOf(enterprise),
    contactMobile: enterprise.contactMobile ?? null,
    email: enterprise.email ?? null,
    version: enterprise.version,
  });
}

/** A legal person registered: its enterprise starts here, registered in the county its USCC names. */
export const createEnterpriseOnRegistration = consume('identity.legal-person-registered', async (payload, { em }) => {
  if (await em.findOne(EnterpriseEntity, { id: payload.enterpriseId })) return;
  const enterprise = em.create(EnterpriseEntity, {
    id: payload.enterpriseId,
    uscc: payload.uscc,
    name: payload.enterpriseName,
    accountId: payload.accountId,
    regionCode: payload.regionCode,
    industryCode: null,
    // What was typed at registration is not asked for again in the profile form.
    legalRepresentative: payload.legalRepresentative,
    contactName: payload.contactName,
    contactMobile: payload.contactMobile,
    createdAt: new Date(),
    updatedAt: new Date(),
    version: 1,
  });
  em.persist(enterprise);
  recordEnterpriseChanged(em, enterprise);
  await em.flush();
});

/** Declarations says how many recognitions hold: while any does, 编辑 is closed (the annual update applies). */
export const lockOnRecognition = consume('declarations.recognitions-changed', async (payload, { em }) => {
  const enterprise = await em.findOne(EnterpriseEntity, { id: payload.enterpriseId });
  if (!enterprise) throw new TypeError(`enterprise ${payload.enterpriseId} not in profile yet; retrying later`);
  // A plain column update: the lock is not a profile edit, so the version (of the enterprise's own data) stays.
  await em.nativeUpdate(EnterpriseEntity, { id: enterprise.id }, { activeRecognitions: payload.activeRecognitions });
});

/** 实名信息同步: the verified name replaces the name typed at registration. */
export const renameOnRealNameSync = consume('identity.real-name-synced', async (payload, { em, log }) => {
  const enterprise = await em.findOne(EnterpriseEntity, { id: payload.enterpriseId });
  if (!enterprise) {
    // The registration event has not been processed yet: fail, and the bus retries later.
    throw new TypeError(`enterprise ${payload.enterpriseId} not in profile yet; retrying real-name sync later`);
  }
  if (enterprise.name === payload.enterpriseName) return;
  log.info({ enterpriseId: enterprise.id }, 'enterprise renamed by real-name sync');
  enterprise.name = payload.enterpriseName;
  await em.flush();
  recordEnterpriseChanged(em, enterprise);
  await em.flush();
});
