import { AssessmentEntity, AssessmentStatus, QuestionnaireCategory, questionnaireOf, stage1Result, stage2Result } from '@zjtx/assessment';
import { DeclarationEntity, DeclarationStatus, DeclarationWindowEntity, Tier } from '@zjtx/declarations';
import { AccountEntity, AccountType, hashPassword, PartnerClientEntity, RealNameStatus, type OfficeLevel } from '@zjtx/identity';
import { AnnouncementEntity, type AnnouncementLevel, MessageCategory, MessageEntity } from '@zjtx/notifications';
import { EnterpriseEntity, recordEnterpriseChanged } from '@zjtx/profile';
import { createOrm, recordEvent, type SubgraphModule } from '@zjtx/subgraph-kit';
import type { EntityData, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SUBGRAPH_MODULES } from '../modules';
import { DEMO_ANNOUNCEMENTS } from './announcements';
import { DEMO_ASSESSMENT_ANSWERS, DEMO_SCENE_LEVELS } from './assessment';
import { DEMO_ADMIN, DEMO_ENTERPRISES, DEMO_OFFICES, DEMO_PARTNER, DEMO_PASSWORD } from './demo-data';
import { demoWindows } from './windows';

type Seeder = (em: EntityManager) => Promise<void>;

/** Inserts a demo row unless it exists: what a user changed in the demo survives a restart. */
function insertMissing<T extends object>(em: EntityManager, entity: EntityName<T>, data: EntityData<T>): Promise<T> {
  return em.upsert(entity, data, { onConflictAction: 'ignore' });
}

const seeders: Record<string, Seeder> = {
  identity: async (em) => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const e of DEMO_ENTERPRISES) {
      await insertMissing(em, AccountEntity, {
        id: e.accountId,
        loginName: e.loginName,
        accountType: AccountType.LEGAL_PERSON,
        displayName: e.contactName,
        phone: e.phone,
        passwordHash,
        enterpriseId: e.id,
        uscc: e.uscc,
        legalRepresentative: e.legalRepresentative,
        realNameStatus: RealNameStatus.VERIFIED,
        realName: e.name,
        realNameVerifiedAt: new Date('2026-01-05T10:00:00+08:00'),
        createdAt: new Date(),
      });
    }
    for (const o of DEMO_OFFICES) {
      await insertMissing(em, AccountEntity, { id: o.id, loginName: o.loginName, accountType: AccountType.OFFICE, displayName: o.displayName, passwordHash, officeLevel: o.level as OfficeLevel, regionCode: o.regionCode, createdAt: new Date() });
    }
    await insertMissing(em, AccountEntity, { ...DEMO_ADMIN, accountType: AccountType.ADMIN, passwordHash, createdAt: new Date() });
    const { clientSecret, scopes, ...partner } = DEMO_PARTNER;
    await insertMissing(em, PartnerClientEntity, { ...partner, scopes: [...scopes], secretHash: await hashPassword(clientSecret), createdAt: new Date() });
  },
  profile: async (em) => {
    for (const e of DEMO_ENTERPRISES) {
      if (await em.findOne(EnterpriseEntity, { id: e.id })) continue;
      // As registration leaves it (legal representative and contact known), or a complete profile.
      const profile = 'profile' in e ? e.profile : { legalRepresentative: e.legalRepresentative, contactName: e.contactName, contactMobile: e.phone };
      const enterprise = em.create(EnterpriseEntity, { id: e.id, uscc: e.uscc, name: e.name, accountId: e.accountId, regionCode: e.regionCode, industryCode: e.industryCode, ...profile, createdAt: new Date(), updatedAt: new Date(), version: 1 });
      em.persist(enterprise);
      // Through the outbox, as any profile change: the other subgraphs' projections learn of it when they start.
      recordEnterpriseChanged(em, enterprise);
    }
  },
  assessment: async (em) => {
    const [demo] = DEMO_ENTERPRISES;
    // Scored by the same functions as any attempt, so the demo result is what the questionnaire gives.
    const questionnaire = questionnaireOf('2024', QuestionnaireCategory.MANUFACTURING);
    const stage1 = stage1Result(questionnaire, DEMO_ASSESSMENT_ANSWERS);
    const stage2 = stage2Result(questionnaire, stage1, DEMO_SCENE_LEVELS);
    const id = 'c0000000-0000-4000-8000-000000000001';
    if (await em.findOne(AssessmentEntity, { id })) return;
    const attempt = em.create(AssessmentEntity, {
      id,
      enterpriseId: demo.id,
      questionnaireVersion: '2024',
      category: QuestionnaireCategory.MANUFACTURING,
      status: AssessmentStatus.COMPLETE,
      answers: DEMO_ASSESSMENT_ANSWERS,
      sceneLevels: DEMO_SCENE_LEVELS,
      score: stage1.score.toFixed(3),
      level: stage2.level,
      result: stage2.result,
      startedAt: new Date('2026-03-02T09:12:00+08:00'),
      stage1CompletedAt: new Date('2026-03-02T09:48:00+08:00'),
      completedAt: new Date('2026-03-02T10:05:00+08:00'),
      updatedAt: new Date('2026-03-02T10:05:00+08:00'),
    });
    em.persist(attempt);
    // Through the outbox, as any completion: declarations learns the demo's digital level.
    recordEvent(em, 'assessment.completed', {
      enterpriseId: demo.id,
      assessmentId: id,
      questionnaireVersion: '2024',
      category: QuestionnaireCategory.MANUFACTURING,
      score: stage1.score,
      level: stage2.level,
      completedAt: attempt.completedAt!.toISOString(),
    });
  },
  declarations: async (em) => {
    const [demo] = DEMO_ENTERPRISES;
    for (const window of demoWindows(new Date())) await insertMissing(em, DeclarationWindowEntity, window);
    await insertMissing(em, DeclarationEntity, {
      id: 'd0000000-0000-4000-8000-000000000001',
      enterpriseId: demo.id,
      tier: Tier.INNOVATIVE,
      status: DeclarationStatus.DRAFT,
      windowId: 'f0000000-0000-4000-8000-000000000001',
      ruleVersion: 'RULESET_2026_2',
      createdAt: new Date('2026-04-10T14:00:00+08:00'),
      updatedAt: new Date('2026-04-10T14:00:00+08:00'),
      version: 1,
    });
  },
  notifications: async (em) => {
    const [demo] = DEMO_ENTERPRISES;
    await insertMissing(em, MessageEntity, {
      id: 'e0000000-0000-4000-8000-000000000001',
      enterpriseId: demo.id,
      category: MessageCategory.DECLARATION_REMINDER,
      title: '浙江省2026年创新型中小企业评价申报已开始',
      body: '浙江省2026年第一批创新型中小企业评价申报已开放，截止时间为2026年5月31日。请在"企业申报"中提交。',
      link: '/declarations',
      createdAt: new Date('2026-04-08T10:00:00+08:00'),
    });
    await insertMissing(em, MessageEntity, {
      id: 'e0000000-0000-4000-8000-000000000002',
      enterpriseId: demo.id,
      category: MessageCategory.SYSTEM,
      title: '欢迎使用优质中小企业梯度培育平台',
      body: '请先完善企业信息，再进行数字化水平评测和申报。',
      link: '/enterprise',
      createdAt: new Date('2026-03-01T09:00:00+08:00'),
    });
    for (const a of DEMO_ANNOUNCEMENTS) {
      await insertMissing(em, AnnouncementEntity, { ...a, level: a.level as AnnouncementLevel, publishedAt: new Date(a.publishedAt) });
    }
  },
};

/** Loads the demo world into every subgraph; running it again changes nothing. */
export async function seedDemo(databaseUrl: string, modules: readonly SubgraphModule[] = SUBGRAPH_MODULES): Promise<void> {
  for (const module of modules) {
    const seed = seeders[module.name];
    if (!seed) continue;
    const orm = await createOrm({ schema: module.name, databaseUrl, entities: module.entities, migrations: module.migrations, poolMax: 1 });
    try {
      await orm.em.fork().transactional((em) => seed(em));
    } finally {
      await orm.close();
    }
  }
}
