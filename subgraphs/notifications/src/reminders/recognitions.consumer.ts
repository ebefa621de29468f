import { consume } from '@zjtx/subgraph-kit';
import { MessageCategory } from '../message/message.entity';
import { announceMessage, storeMessage } from '../message/message.service';
import { RecognitionTermEntity } from './recognition-term.entity';
import { tierName } from '@zjtx/domain';

/**
 * Keeps each enterprise's recognitions (for the expiry and annual-update reminders) and tells
 * the enterprise of a new one (认定通知). The event carries the whole state, so a late older
 * event is recognised by `changedAt` and ignored.
 */
export const recognitionsConsumer = consume('declarations.recognitions-changed', async (payload, { em, pubSub, afterCommit }) => {
  if (!payload.recognitions || !payload.changedAt) return; // recorded before the event carried the list
  const asOf = new Date(payload.changedAt);
  const known = await em.find(RecognitionTermEntity, { enterpriseId: payload.enterpriseId });
  if (known.some((row) => row.asOf > asOf)) return;
  const knownIds = new Set(known.map((row) => row.recognitionId));
  for (const recognition of payload.recognitions) {
    const fields = { enterpriseId: payload.enterpriseId, tier: recognition.tier, validFrom: recognition.validFrom, validUntil: recognition.validUntil, revoked: recognition.revoked, asOf };
    const row = known.find((r) => r.recognitionId === recognition.id);
    if (row) Object.assign(row, fields);
    else em.persist(em.create(RecognitionTermEntity, { recognitionId: recognition.id, ...fields }));
  }
  const granted = payload.recognitions.filter((r) => !knownIds.has(r.id) && !r.revoked);
  const messages = granted.map((r) =>
    storeMessage(em, {
      enterpriseId: payload.enterpriseId,
      category: MessageCategory.RECOGNITION_NOTICE,
      title: `贵企业已被认定为${tierName(r.tier)}`,
      body: `经审核，贵企业被认定为${tierName(r.tier)}，有效期 ${r.validFrom} 至 ${r.validUntil}。认定有效期内每年须按时完成年度信息更新；企业发生重大变化的，应在三个月内报告。`,
      link: '/enterprise',
    }),
  );
  await em.flush();
  afterCommit(() => messages.forEach((m) => announceMessage(pubSub, m)));
});
