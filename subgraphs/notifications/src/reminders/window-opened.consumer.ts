import { beijingToday } from '@zjtx/domain';
import { consume } from '@zjtx/subgraph-kit';
import { announceMessage } from '../message/message.service';
import { DeclarationWindowNoticeEntity } from './declaration-window.entity';
import { sendWindowOpeningReminders } from './window-opening';

/** Keeps the window; if it is open already, the 申报提醒 go out now, otherwise the daily run sends them on its opening day. */
export const windowOpenedConsumer = consume('declarations.window-opened', async (payload, { em, pubSub, afterCommit }) => {
  const window = await em.upsert(DeclarationWindowNoticeEntity, { windowId: payload.windowId, tier: payload.tier, name: payload.name, regionCode: payload.regionCode, opensAt: new Date(payload.opensAt), closesAt: new Date(payload.closesAt) });
  const now = new Date();
  if (window.opensAt > now || window.closesAt <= now) return;
  const sent = await sendWindowOpeningReminders(em, window, beijingToday(now));
  afterCommit(() => sent.forEach((message) => announceMessage(pubSub, message)));
});
