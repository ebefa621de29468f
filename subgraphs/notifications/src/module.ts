import { AccountReference, buildFederatedSchema, EnterpriseDirectoryEntity, EnterpriseReference, UploadEntity, UserErrorResolver, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AnnouncementEntity } from './announcement/announcement.entity';
import { AnnouncementResolver } from './announcement/announcement.resolver';
import { AnnouncementAttachmentsResolver } from './announcement/attachments.resolver';
import { PublishAnnouncementResolver } from './announcement/publish.resolver';
import { MessageEntity } from './message/message.entity';
import { welcomeOnRegistration } from './message/message.events';
import { createMessageLoaders, type MessageLoaders } from './message/message.loaders';
import { AccountMessagesResolver, EnterpriseMessagesResolver, MessageSubscriptionResolver } from './message/message.resolver';
import { InboxResolver } from './message/inbox.resolver';
import { channelDeliveries } from './channels/channel-deliveries.job';
import { DevOutboundEntity } from './channels/dev-outbound.entity';
import { EnterpriseContactEntity } from './channels/enterprise-contact.entity';
import { enterpriseChangedConsumer } from './channels/enterprise-changed.consumer';
import { OutboundDeliveryEntity } from './channels/outbound-delivery.entity';
import { NotificationPreferenceEntity } from './channels/preference.entity';
import { NotificationPreferencesResolver } from './channels/preferences.resolver';
import { notificationsConfig } from './config';
import { declarationStatusConsumer } from './message/declaration-status.consumer';
import { migrations } from './migrations';
import { OfficeNoticeEntity } from './notice/office-notice.entity';
import { OfficeNoticeResolver } from './notice/office-notice.resolver';
import { dailyReminders } from './reminders/daily-reminders.job';
import { RecognitionTermEntity } from './reminders/recognition-term.entity';
import { recognitionsConsumer } from './reminders/recognitions.consumer';
import { DeclarationWindowNoticeEntity } from './reminders/declaration-window.entity';
import { windowOpenedConsumer } from './reminders/window-opened.consumer';

export const notifications: SubgraphModule<MessageLoaders> = {
  name: 'notifications',
  defaultPort: 4105,
  entities: [MessageEntity, AnnouncementEntity, EnterpriseDirectoryEntity, RecognitionTermEntity, OfficeNoticeEntity, EnterpriseContactEntity, NotificationPreferenceEntity, OutboundDeliveryEntity, DevOutboundEntity, UploadEntity, DeclarationWindowNoticeEntity],
  migrations,
  createLoaders: createMessageLoaders,
  consumers: [welcomeOnRegistration, enterpriseChangedConsumer, recognitionsConsumer, windowOpenedConsumer, declarationStatusConsumer],
  schedules: [dailyReminders, channelDeliveries],
  // A wrong channel setting stops the service at start.
  prepare: async () => void notificationsConfig(),
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [AnnouncementResolver, AnnouncementAttachmentsResolver, EnterpriseMessagesResolver, AccountMessagesResolver, MessageSubscriptionResolver, InboxResolver, PublishAnnouncementResolver, OfficeNoticeResolver, NotificationPreferencesResolver, UserErrorResolver],
      orphanedTypes: [EnterpriseReference, AccountReference],
      pubSub,
    }),
};
