import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { MessageEntity } from '../message/message.entity';
import { DEFAULT_CHANNEL_CATEGORIES, DeliveryChannel } from './channel';
import { EnterpriseContactEntity } from './enterprise-contact.entity';
import { OutboundDeliveryEntity } from './outbound-delivery.entity';
import { NotificationPreferenceEntity } from './preference.entity';
import { SMS_SIGNATURE, type ChannelSender } from './senders';

/** Copies of messages older than this are not sent: a backlog after a long outage is not replayed as texts. */
export const CHANNEL_MAX_AGE_MS = 3 * 24 * 3600_000;
const SMS_BODY_LIMIT = 120;

/**
 * Sends the SMS and e-mail copies of new enterprise messages, as each enterprise chose (or the
 * defaults), to the contact mobile and e-mail of its profile. Messages are claimed with SKIP
 * LOCKED, so instances share the work; each copy is recorded with the message's mark in one
 * transaction (at most one copy per message and channel). Returns how many copies went out.
 */
export async function deliverToChannels(em: EntityManager, senders: Partial<Record<DeliveryChannel, ChannelSender>>, now = new Date(), limit = 200): Promise<number> {
  const pending = await em.find(MessageEntity, { channelsDoneAt: null }, { orderBy: { createdAt: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
  if (pending.length === 0) return 0;
  const enterpriseIds = [...new Set(pending.map((m) => m.enterpriseId).filter((id): id is string => !!id))];
  const [preferences, contacts] = await Promise.all([
    em.find(NotificationPreferenceEntity, { enterpriseId: { $in: enterpriseIds } }),
    em.find(EnterpriseContactEntity, { enterpriseId: { $in: enterpriseIds } }),
  ]);
  let sent = 0;
  for (const message of pending) {
    message.channelsDoneAt = now;
    if (!message.enterpriseId || now.getTime() - message.createdAt.getTime() > CHANNEL_MAX_AGE_MS) continue;
    const chosen = preferences.find((p) => p.enterpriseId === message.enterpriseId);
    const contact = contacts.find((c) => c.enterpriseId === message.enterpriseId);
    const wanted = (channel: DeliveryChannel) =>
      (chosen ? (channel === DeliveryChannel.SMS ? chosen.smsCategories : chosen.emailCategories) : DEFAULT_CHANNEL_CATEGORIES[channel]).includes(message.category);
    const destinations: [DeliveryChannel, string | null | undefined][] = [
      [DeliveryChannel.SMS, contact?.contactMobile],
      [DeliveryChannel.EMAIL, contact?.email],
    ];
    for (const [channel, destination] of destinations) {
      const sender = senders[channel];
      if (!sender || !destination || !wanted(channel)) continue;
      em.persist(em.create(OutboundDeliveryEntity, { messageId: message.id, channel, destination, sentAt: now }));
      await sender.send(em, channel === DeliveryChannel.SMS ? smsOf(message, destination) : emailOf(message, destination));
      sent += 1;
    }
  }
  await em.flush();
  return sent;
}

function smsOf(message: MessageEntity, destination: string) {
  const body = message.body.length > SMS_BODY_LIMIT ? `${message.body.slice(0, SMS_BODY_LIMIT)}…` : message.body;
  return { destination, subject: message.title, text: `${SMS_SIGNATURE}${message.title}：${body}详情请登录平台查看“我的消息”。` };
}

function emailOf(message: MessageEntity, destination: string) {
  const sender = message.senderName ? `\n\n${message.senderName}` : '';
  return { destination, subject: `【优质中小企业梯度培育平台】${message.title}`, text: `${message.body}${sender}\n\n详情请登录优质中小企业梯度培育平台，在“我的消息”中查看。本邮件由系统发送，请勿回复。` };
}
