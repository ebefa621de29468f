import { AccountReference, buildFederatedSchema, EnterpriseReference, UserErrorResolver, type SubgraphModule } from '@zjtx/subgraph-kit';
import { AnnouncementEntity } from './announcement/announcement.entity';
import { AnnouncementResolver } from './announcement/announcement.resolver';
import { PublishAnnouncementResolver } from './announcement/publish.resolver';
import { MessageEntity } from './message/message.entity';
import { welcomeOnRegistration } from './message/message.events';
import { createMessageLoaders, type MessageLoaders } from './message/message.loaders';
import { AccountMessagesResolver, EnterpriseMessagesResolver, MessageSubscriptionResolver } from './message/message.resolver';
import { InboxResolver } from './message/inbox.resolver';
import { migrations } from './migrations';

export const notifications: SubgraphModule<MessageLoaders> = {
  name: 'notifications',
  defaultPort: 4105,
  entities: [MessageEntity, AnnouncementEntity],
  migrations,
  createLoaders: createMessageLoaders,
  consumers: [welcomeOnRegistration],
  buildSchema: ({ pubSub }) =>
    buildFederatedSchema({
      resolvers: [AnnouncementResolver, EnterpriseMessagesResolver, AccountMessagesResolver, MessageSubscriptionResolver, InboxResolver, PublishAnnouncementResolver, UserErrorResolver],
      orphanedTypes: [EnterpriseReference, AccountReference],
      pubSub,
    }),
};
