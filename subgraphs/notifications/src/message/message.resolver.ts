import { AccountReference, EnterpriseReference, isEnterpriseOrAdmin, pageWindow, toConnection } from '@zjtx/subgraph-kit';
import { raw } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { MessageCategory, MessageEntity } from './message.entity';
import { MESSAGE_RECEIVED, type MessageReceivedEvent } from './message.service';
import { Message, MessageConnection } from './message.type';

const EMPTY_PAGE = toConnection<Message>([], 0, { offset: 0 });

@ObjectType({ description: 'How many unread messages one category holds.' })
class UnreadCount {
  @Field(() => MessageCategory) category!: MessageCategory;
  @Field(() => Int) count!: number;
}

/** Adds the inbox to `Enterprise`. */
@Resolver(() => EnterpriseReference)
export class EnterpriseMessagesResolver {
  @FieldResolver(() => MessageConnection, { description: 'The enterprise\'s messages (我的消息), newest first.' })
  async messages(
    @Root() enterprise: EnterpriseReference,
    @Ctx() ctx: NotificationsContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('category', () => MessageCategory, { nullable: true, description: 'Only this category (one tab of 我的消息).' }) category?: MessageCategory,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only messages not read yet (仅看未读).' }) unreadOnly?: boolean,
  ): Promise<MessageConnection> {
    // Messages are the enterprise's own mail: offices and partners do not read them.
    if (!isEnterpriseOrAdmin(ctx.caller, enterprise.id)) return EMPTY_PAGE as MessageConnection;
    const window = pageWindow({ first, after });
    const where = { enterpriseId: enterprise.id, ...(category ? { category } : {}), ...(unreadOnly ? { readAt: null } : {}) };
    const [rows, total] = await ctx.em.findAndCount(MessageEntity, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toConnection(rows.map(Message.from), total, window) as MessageConnection;
  }

  @FieldResolver(() => [UnreadCount], { description: 'Unread messages per category (badges on the tabs of 我的消息); categories without any are left out.' })
  async unreadMessageCounts(@Root() enterprise: EnterpriseReference, @Ctx() ctx: NotificationsContext): Promise<UnreadCount[]> {
    if (!isEnterpriseOrAdmin(ctx.caller, enterprise.id)) return [];
    const rows = await ctx.em
      .createQueryBuilder(MessageEntity, 'm')
      .select(['m.category', raw('count(*) as count')])
      .where({ enterpriseId: enterprise.id, readAt: null })
      .groupBy('m.category')
      .execute<{ category: MessageCategory; count: string }[]>('all');
    return Object.values(MessageCategory).flatMap((category) => {
      const count = Number(rows.find((r) => r.category === category)?.count ?? 0);
      return count ? [Object.assign(new UnreadCount(), { category, count })] : [];
    });
  }
}


/** Adds the unread badge to `Account`. */
@Resolver(() => AccountReference)
export class AccountMessagesResolver {
  @FieldResolver(() => Int, { description: 'Unread messages of the enterprise this account acts for (the badge count).' })
  async unreadMessageCount(@Root() account: AccountReference, @Ctx() ctx: NotificationsContext): Promise<number> {
    const { caller } = ctx;
    if (caller.kind !== 'account' || caller.accountId !== account.id || !caller.enterpriseId) return 0;
    return ctx.loaders.unreadByEnterprise.load(caller.enterpriseId);
  }
}

@Resolver(() => Message)
export class MessageSubscriptionResolver {
  @Authorized()
  @Subscription(() => Message, {
    topics: MESSAGE_RECEIVED,
    description: 'Each new message for the signed-in account or its enterprise, as it arrives.',
    filter: ({ payload, context }: { payload: MessageReceivedEvent; context: NotificationsContext }) => {
      const { caller } = context;
      if (caller.kind !== 'account') return false;
      return payload.accountId === caller.accountId || (payload.enterpriseId !== null && payload.enterpriseId === caller.enterpriseId);
    },
  })
  async messageReceived(@Root() event: MessageReceivedEvent, @Ctx() ctx: NotificationsContext): Promise<Message> {
    // A subscription's context lives as long as the subscription: read through a fresh fork, not a cached loader.
    const entity = await ctx.em.fork().findOneOrFail(MessageEntity, { id: event.id });
    return Message.from(entity);
  }
}
