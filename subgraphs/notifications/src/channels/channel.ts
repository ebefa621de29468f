import { MessageCategory } from '../message/message.entity';

/** Where a copy of a message can go besides the in-app inbox (which always gets it). */
export enum DeliveryChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

/**
 * What an enterprise gets by SMS and e-mail until it chooses: the messages it must not miss
 * (expiry, recognition, cancellation, review outcomes) by SMS and every category by e-mail.
 */
export const DEFAULT_CHANNEL_CATEGORIES: Readonly<Record<DeliveryChannel, readonly MessageCategory[]>> = {
  [DeliveryChannel.SMS]: [MessageCategory.RECOGNITION_EXPIRY, MessageCategory.RECOGNITION_NOTICE, MessageCategory.RECOGNITION_CANCELLED, MessageCategory.REVIEW_RESULT],
  [DeliveryChannel.EMAIL]: Object.values(MessageCategory),
};
