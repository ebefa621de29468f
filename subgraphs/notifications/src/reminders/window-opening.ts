import type { EntityManager } from '@mikro-orm/postgresql';
import { regionLevelOf, regionPrefix } from '@zjtx/domain';
import { EnterpriseDirectoryEntity } from '@zjtx/subgraph-kit';
import { MessageCategory, type MessageEntity } from '../message/message.entity';
import { storeMessage } from '../message/message.service';
import type { DeclarationWindowNoticeEntity } from './declaration-window.entity';
import { claimReminder } from './reminder-keys';
import { RecognitionTermEntity } from './recognition-term.entity';
import { tierName } from '@zjtx/domain';

/** Tiers that make a window pointless: holding the tier itself or a higher one. */
const HIGHER_OR_SAME: Record<string, string[]> = { INNOVATIVE: ['INNOVATIVE', 'SRDI', 'LITTLE_GIANT'], SRDI: ['SRDI', 'LITTLE_GIANT'], LITTLE_GIANT: ['LITTLE_GIANT'] };

const beijing = (date: Date) => new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 申报提醒 when a window opens, to the enterprises of its region that may apply: SMEs (by the
 * profile's size class) not already holding the tier or a higher one, and for 小巨人 only holders
 * of a valid 专精特新 recognition. Each enterprise is reminded once per window.
 */
export async function sendWindowOpeningReminders(em: EntityManager, window: DeclarationWindowNoticeEntity, today: string): Promise<MessageEntity[]> {
  const level = regionLevelOf(window.regionCode);
  const prefix = level === 'NATIONAL' ? '' : regionPrefix(window.regionCode, level);
  const enterprises = (await em.find(EnterpriseDirectoryEntity, { regionCode: { $like: `${prefix}%` } })).filter((e) => e.sizeClass !== 'LARGE');
  const valid = await em.find(RecognitionTermEntity, { enterpriseId: { $in: enterprises.map((e) => e.enterpriseId) }, revoked: false, validUntil: { $gte: today } });
  const holds = (enterpriseId: string, tiers: string[]) => valid.some((r) => r.enterpriseId === enterpriseId && tiers.includes(r.tier));
  const mayApply = enterprises.filter((e) => !holds(e.enterpriseId, HIGHER_OR_SAME[window.tier] ?? []) && (window.tier !== 'LITTLE_GIANT' || holds(e.enterpriseId, ['SRDI'])));
  const sent: MessageEntity[] = [];
  for (const enterprise of mayApply) {
    if (!(await claimReminder(em, `window-open:${window.windowId}:${enterprise.enterpriseId}`))) continue;
    sent.push(
      storeMessage(em, {
        enterpriseId: enterprise.enterpriseId,
        category: MessageCategory.DECLARATION_REMINDER,
        title: `${window.name}已开始申报`,
        body:
          `申报时间：${beijing(window.opensAt)} 至 ${beijing(window.closesAt)}（北京时间）。符合条件的企业请在“企业申报”中选择“${tierName(window.tier)}”提交申报。` +
          (window.tier === 'INNOVATIVE' ? '申报前请先完善企业基本情况。' : '申报前请先完善企业基本情况并完成数字化水平评测。'),
        link: '/declarations',
      }),
    );
  }
  await em.flush();
  return sent;
}
