import { consume } from '@zjtx/subgraph-kit';
import { tierName } from '../reminders/tiers';
import { MessageCategory } from './message.entity';
import { announceMessage, storeMessage } from './message.service';

const LEVEL_NAMES: Record<string, string> = { COUNTY: '县（区）级', CITY: '市级', PROVINCE: '省级', MINISTRY: '工业和信息化部' };

/**
 * A declaration's status changed: the enterprise gets a message. Submission is confirmed here;
 * review outcomes (退回, 审核通过, 未通过) arrive on the same event from the review work.
 */
export const declarationStatusConsumer = consume('declarations.status-changed', async (payload, { em, pubSub, afterCommit }) => {
  if (payload.status !== 'SUBMITTED') return;
  const message = storeMessage(em, {
    enterpriseId: payload.enterpriseId,
    category: MessageCategory.SYSTEM,
    title: `${tierName(payload.tier)}申报已提交`,
    body: `贵企业的${tierName(payload.tier)}申报（第 ${payload.versionNumber} 版）已提交，现由${LEVEL_NAMES[payload.level ?? ''] ?? ''}中小企业主管部门审核。审核进度可在“企业申报信息”中查看，审核结果将通过消息通知。`,
    link: '/enterprise/declarations',
  });
  await em.flush();
  afterCommit(() => announceMessage(pubSub, message));
});
