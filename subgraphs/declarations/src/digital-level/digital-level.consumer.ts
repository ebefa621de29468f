import { consume } from '@zjtx/subgraph-kit';
import { EnterpriseDigitalLevelEntity } from './digital-level.entity';

/** Keeps the latest complete attempt; an older completion arriving late changes nothing. */
export const digitalLevelConsumer = consume('assessment.completed', async (payload, { em }) => {
  const completedAt = new Date(payload.completedAt);
  const known = await em.findOne(EnterpriseDigitalLevelEntity, { enterpriseId: payload.enterpriseId });
  if (known && known.completedAt >= completedAt) return;
  const fields = {
    assessmentId: payload.assessmentId,
    questionnaireVersion: payload.questionnaireVersion,
    category: payload.category,
    score: payload.score.toFixed(3),
    level: payload.level,
    completedAt,
  };
  if (known) Object.assign(known, fields);
  else em.persist(em.create(EnterpriseDigitalLevelEntity, { enterpriseId: payload.enterpriseId, ...fields }));
  await em.flush();
});
