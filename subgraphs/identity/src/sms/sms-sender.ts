import type { EntityManager } from '@mikro-orm/postgresql';
import { DevSmsEntity } from './dev-sms.entity';

/**
 * Sends a text message. The development adapter stores it for the demo UI and tests; an
 * adapter for a real SMS gateway implements the same interface (and is chosen by
 * SMS_ADAPTER in config.ts). Sending happens in the caller's unit of work where the adapter
 * allows it, so a rolled-back change sends nothing.
 */
export interface SmsSender {
  readonly kind: string;
  send(em: EntityManager, phone: string, text: string): Promise<void>;
}

export const devOutboxSms: SmsSender = {
  kind: 'dev-outbox',
  send: async (em, phone, text) => {
    em.persist(em.create(DevSmsEntity, { phone, text, sentAt: new Date() }));
  },
};

/** Every message starts with the platform's signature, as the national gateway requires. */
export const SMS_SIGNATURE = '【优质中小企业梯度培育平台】';
