import type { EntityManager } from '@mikro-orm/postgresql';
import { daysBetween, plusDays } from '@zjtx/domain';
import { MessageCategory, type MessageEntity } from '../message/message.entity';
import { storeMessage, type NewMessage } from '../message/message.service';
import { annualUpdateWindow, CLOSING_REMINDER_DAYS } from './annual-update-window';
import { DeclarationWindowNoticeEntity } from './declaration-window.entity';
import { RecognitionTermEntity } from './recognition-term.entity';
import { claimReminder } from './reminder-keys';
import { sendWindowOpeningReminders } from './window-opening';
import { tierName } from '@zjtx/domain';

/** 认定到期 reminders go out this many days before a recognition's last valid day. */
export const EXPIRY_REMINDER_DAYS = [90, 60, 30] as const;

/**
 * The reminders due on `today` (Beijing date), each sent once: a reminder's key is recorded
 * in `reminder_sent` in the same transaction as its message, so reruns, retries and other
 * instances send nothing twice. A reminder missed while the platform was down is sent late,
 * but only the most recent one (after an outage from 95 to 55 days before expiry, the
 * 60-day reminder, not also the 90-day one).
 */
export async function sendDueReminders(em: EntityManager, today: string): Promise<MessageEntity[]> {
  const due = [...(await expiryReminders(em, today)), ...(await annualUpdateReminders(em, today))];
  const sent: MessageEntity[] = [];
  for (const reminder of due) {
    if (await claimReminder(em, reminder.key, reminder.alsoCovers)) sent.push(storeMessage(em, reminder.message));
  }
  await em.flush();
  // Windows open by the end of that day, or by now when that is earlier (never announced before they open).
  const cutoff = new Date(Math.min(Date.now(), Date.parse(`${plusDays(today, 1)}T00:00:00+08:00`)));
  for (const window of await em.find(DeclarationWindowNoticeEntity, { opensAt: { $lte: cutoff }, closesAt: { $gt: cutoff } })) {
    sent.push(...(await sendWindowOpeningReminders(em, window, today)));
  }
  return sent;
}

interface DueReminder {
  key: string;
  /** Earlier reminders of the same series this one replaces when they were missed. */
  alsoCovers: string[];
  message: NewMessage;
}


async function expiryReminders(em: EntityManager, today: string): Promise<DueReminder[]> {
  const horizon = plusDays(today, Math.max(...EXPIRY_REMINDER_DAYS));
  const expiring = await em.find(RecognitionTermEntity, { revoked: false, validUntil: { $gte: today, $lte: horizon } });
  return expiring.map((term) => {
    const daysLeft = daysBetween(today, term.validUntil);
    // The nearest threshold reached; the larger ones are covered by it.
    const threshold = [...EXPIRY_REMINDER_DAYS].sort((a, b) => a - b).find((days) => daysLeft <= days)!;
    const key = (days: number) => `recognition-expiry:${term.recognitionId}:${days}`;
    return {
      key: key(threshold),
      alsoCovers: EXPIRY_REMINDER_DAYS.filter((days) => days > threshold).map(key),
      message: {
        enterpriseId: term.enterpriseId,
        category: MessageCategory.RECOGNITION_EXPIRY,
        title: `${tierName(term.tier)}认定将于 ${term.validUntil} 到期`,
        body:
          `贵企业的${tierName(term.tier)}认定有效期至 ${term.validUntil}（还有 ${daysLeft} 天）。` +
          '请关注所在省份发布的复核通知并按时申请复核；复核通过的，有效期延长三年，逾期未复核的认定到期失效。',
        link: '/enterprise',
      },
    };
  });
}

/**
 * 年度信息更新: when the window opens and two weeks before it closes, to every enterprise holding
 * a recognition granted before this year (enterprises recognised this year skip the update).
 */
async function annualUpdateReminders(em: EntityManager, today: string): Promise<DueReminder[]> {
  const year = Number(today.slice(0, 4));
  const { opensOn, closesOn } = annualUpdateWindow(year);
  if (today < opensOn || today > closesOn) return [];
  const closing = daysBetween(today, closesOn) <= CLOSING_REMINDER_DAYS;
  const holders = await em.find(RecognitionTermEntity, { revoked: false, validFrom: { $lt: `${year}-01-01` }, validUntil: { $gte: today } });
  const enterpriseIds = [...new Set(holders.map((h) => h.enterpriseId))];
  return enterpriseIds.map((enterpriseId) => {
    const key = (stage: string) => `annual-update:${enterpriseId}:${year}:${stage}`;
    return {
      key: key(closing ? 'CLOSING' : 'OPEN'),
      alsoCovers: closing ? [key('OPEN')] : [],
      message: {
        enterpriseId,
        category: MessageCategory.INFO_UPDATE,
        title: closing ? `${year} 年度信息更新将于 ${closesOn} 截止` : `${year} 年度信息更新已开始`,
        body:
          `请于 ${closesOn} 前在【企业信息管理】完成 ${year} 年度信息更新（填报上一年度数据），并对信息的真实性、准确性负责。` +
          '未按时完成年度信息更新的，将失去复核资格；所在省份另有通知的，以省级通知为准。',
        link: '/enterprise',
      },
    };
  });
}
