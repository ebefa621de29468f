import { beijingToday } from '@zjtx/domain';
import { scheduled } from '@zjtx/subgraph-kit';
import { announceMessage } from '../message/message.service';
import { sendDueReminders } from './daily-reminders';

/** Every morning at 09:00 Beijing time, the reminders due that day. */
export const dailyReminders = scheduled('daily-reminders', '0 9 * * *', async ({ em, now, pubSub, afterCommit, log }) => {
  const sent = await sendDueReminders(em, beijingToday(now));
  log.info({ reminders: sent.length }, 'daily reminders sent');
  afterCommit(() => sent.forEach((message) => announceMessage(pubSub, message)));
});
