import { consume, type EventCatalogue } from '@zjtx/subgraph-kit';
import { tierName } from '@zjtx/domain';
import { MessageCategory } from './message.entity';
import { announceMessage, storeMessage } from './message.service';

const LEVEL_NAMES: Record<string, string> = { COUNTY: '县（区）级', CITY: '市级', PROVINCE: '省级', MINISTRY: '工业和信息化部' };
const levelName = (level: string | null | undefined) => LEVEL_NAMES[level ?? ''] ?? '';
type StatusChanged = EventCatalogue['declarations.status-changed'];

/** The message for a status change, or null where another message says it (认定通知 comes with the recognition). */
function messageOf(payload: StatusChanged): { category: MessageCategory; title: string; body: string; link: string } | null {
  const tier = tierName(payload.tier);
  const detail = `/declarations/${payload.declarationId}`;
  if (!payload.action) {
    // A submission (events without an action are the enterprise's own).
    return {
      category: MessageCategory.SYSTEM,
      title: `${tier}申报已提交`,
      body: `贵企业的${tier}申报（第 ${payload.versionNumber} 版）已提交，现由${levelName(payload.level)}中小企业主管部门审核。审核进度可在“企业申报信息”中查看，审核结果将通过消息通知。`,
      link: '/enterprise/declarations',
    };
  }
  switch (payload.action) {
    case 'APPROVED':
      return payload.status === 'APPROVED'
        ? {
            category: MessageCategory.REVIEW_RESULT,
            title: `${tier}申报审核通过，进入公示`,
            body: `贵企业的${tier}申报已通过${levelName(payload.actingLevel)}审核，现予公示，公示期至 ${payload.publicityEndsOn ?? ''}。公示期满无异议的，将予以认定。`,
            link: detail,
          }
        : {
            category: MessageCategory.REVIEW_RESULT,
            title: `${tier}申报已通过${levelName(payload.actingLevel)}审核`,
            body: `贵企业的${tier}申报（第 ${payload.versionNumber} 版）已通过${levelName(payload.actingLevel)}审核，已报送${levelName(payload.level)}中小企业主管部门。`,
            link: detail,
          };
    case 'RETURNED':
      return {
        category: MessageCategory.REVIEW_RESULT,
        title: `${tier}申报被退回，请修改后重新提交`,
        body: `贵企业的${tier}申报（第 ${payload.versionNumber} 版）被${levelName(payload.actingLevel)}中小企业主管部门退回。退回原因：${payload.reason ?? ''}。请按要求修改后重新提交（申报表中已标出需修改的内容）。`,
        link: `/declarations/${payload.declarationId}/edit`,
      };
    case 'REJECTED':
      return {
        category: MessageCategory.REVIEW_RESULT,
        title: `${tier}申报未通过`,
        body: `贵企业的${tier}申报未通过${levelName(payload.actingLevel)}审核。理由：${payload.reason ?? ''}。`,
        link: detail,
      };
    default:
      return null;
  }
}

/** A declaration's status changed: the enterprise gets a message (submission, each office's decision). */
export const declarationStatusConsumer = consume('declarations.status-changed', async (payload, { em, pubSub, afterCommit }) => {
  const content = messageOf(payload);
  if (!content) return;
  const message = storeMessage(em, { enterpriseId: payload.enterpriseId, ...content });
  await em.flush();
  afterCommit(() => announceMessage(pubSub, message));
});
