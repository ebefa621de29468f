import { Connection, EnterpriseReference } from '@zjtx/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MessageCategory, type MessageEntity } from './message.entity';

registerEnumType(MessageCategory, {
  name: 'MessageCategory',
  description: 'Category of a message: 认定到期, 信息更新, 认定通知, 取消认定, 申报提醒, 审核结果, 重大变更结果, 系统通知.',
});

@ObjectType({ description: 'A message (消息) in an enterprise\'s or account\'s inbox.' })
export class Message {
  @Field(() => ID)
  id!: string;

  @Field(() => MessageCategory)
  category!: MessageCategory;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: 'Portal path of the thing the message is about.' })
  link!: string | null;

  @Field(() => String, { nullable: true, description: 'The office that sent it (e.g. 杭州市经济和信息化局); null for the platform\'s own messages.' })
  senderName!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'Whether the recipient has read it.' })
  read!: boolean;

  @Field(() => EnterpriseReference, { nullable: true, description: 'The enterprise whose inbox holds it, if any.' })
  enterprise!: EnterpriseReference | null;

  static from(entity: MessageEntity): Message {
    return Object.assign(new Message(), {
      id: entity.id,
      category: entity.category,
      title: entity.title,
      body: entity.body,
      link: entity.link ?? null,
      senderName: entity.senderName ?? null,
      createdAt: entity.createdAt,
      read: entity.readAt != null,
      enterprise: entity.enterpriseId ? EnterpriseReference.of(entity.enterpriseId) : null,
    });
  }
}

@ObjectType({ description: 'A page of messages, newest first.' })
export class MessageConnection extends Connection(Message, 'Message') {}
