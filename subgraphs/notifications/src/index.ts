export { notifications } from './module';
export { MessageEntity, MessageCategory } from './message/message.entity';
export { AnnouncementEntity, AnnouncementLevel } from './announcement/announcement.entity';
export { deliverMessage, MESSAGE_RECEIVED, type NewMessage, type MessageReceivedEvent } from './message/message.service';
export { deliverToChannels } from './channels/deliver';
export { DEV_OUTBOX_SENDERS } from './channels/senders';
