import type { EntityManager } from '@mikro-orm/postgresql';
import { notificationsConfig } from '../config';
import { DeliveryChannel } from './channel';
import { DevOutboundEntity } from './dev-outbound.entity';

export interface Outbound {
  destination: string;
  subject: string;
  text: string;
}

/**
 * Sends one copy of a message on one channel. The development adapter stores it; a real SMS
 * gateway or SMTP adapter implements the same interface and is chosen in config.ts.
 */
export interface ChannelSender {
  readonly kind: string;
  send(em: EntityManager, outbound: Outbound): Promise<void>;
}

const devOutbox = (channel: DeliveryChannel): ChannelSender => ({
  kind: 'dev-outbox',
  send: async (em, { destination, subject, text }) => {
    em.persist(em.create(DevOutboundEntity, { channel, destination, subject, text, sentAt: new Date() }));
  },
});

/** The development adapters of both channels. */
export const DEV_OUTBOX_SENDERS: Readonly<Record<DeliveryChannel, ChannelSender>> = {
  [DeliveryChannel.SMS]: devOutbox(DeliveryChannel.SMS),
  [DeliveryChannel.EMAIL]: devOutbox(DeliveryChannel.EMAIL),
};

/** The sender configured for each channel; a channel switched off has none. */
export function configuredSenders(): Partial<Record<DeliveryChannel, ChannelSender>> {
  const config = notificationsConfig();
  return {
    ...(config.smsAdapter === 'dev-outbox' ? { [DeliveryChannel.SMS]: DEV_OUTBOX_SENDERS[DeliveryChannel.SMS] } : {}),
    ...(config.emailAdapter === 'dev-outbox' ? { [DeliveryChannel.EMAIL]: DEV_OUTBOX_SENDERS[DeliveryChannel.EMAIL] } : {}),
  };
}

/** Text messages carry the platform's signature first, as SMS gateways in China require. */
export const SMS_SIGNATURE = '【优质中小企业梯度培育平台】';
