import { Role, subscribeFrom, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { MessageCategory } from './message.entity';
import { MESSAGE_RECEIVED, type MessageReceivedEvent } from './message.service';
import { Message } from './message.type';
import { markRead, UNREAD_CHANGED, unreadCount, type UnreadChangedEvent } from './inbox.service';

@InputType({ description: 'Which messages to mark read: `ids`, or `all` (optionally of one `category`).' })
class MarkMessagesReadInput {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Every unread message (of `category`, if given).' }) all?: boolean | null;
  @Field(() => MessageCategory, { nullable: true }) category?: MessageCategory | null;
}

@ObjectType()
class MarkMessagesReadPayload {
  @Field(() => Int, { description: 'Unread messages left.' }) unreadCount!: number;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const enterpriseOf = (ctx: NotificationsContext): string | null => (ctx.caller.kind === 'account' ? (ctx.caller.enterpriseId ?? null) : null);

/** 我的消息: reading one message, marking read, and the live unread badge. */
@Resolver()
export class InboxResolver {
  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @Query(() => Message, { nullable: true, description: 'One message of the signed-in enterprise (消息详情); null for others\' messages.' })
  async message(@Arg('id', () => ID) id: string, @Ctx() ctx: NotificationsContext): Promise<Message | null> {
    const entity = await ctx.loaders.messageById.load(id);
    const mine = entity && (entity.enterpriseId === enterpriseOf(ctx) || (ctx.caller.kind === 'account' && ctx.caller.roles.includes(Role.ADMIN)));
    return mine ? Message.from(entity) : null;
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => MarkMessagesReadPayload, { description: 'Mark messages of the signed-in enterprise read (one, several, a category, or all).' })
  async markMessagesRead(
    @Arg('input', () => MarkMessagesReadInput) input: MarkMessagesReadInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<MarkMessagesReadPayload> {
    const enterpriseId = enterpriseOf(ctx);
    if (!enterpriseId) return Object.assign(new MarkMessagesReadPayload(), { unreadCount: 0, userErrors: [userError('NO_ENTERPRISE', { zh: '此账号没有企业收件箱。', en: 'This account has no enterprise inbox.' })] });
    if (!input.all && !(input.ids?.length ?? 0)) {
      return Object.assign(new MarkMessagesReadPayload(), { unreadCount: await unreadCount(ctx.em, enterpriseId), userErrors: [userError('NOTHING_SELECTED', { zh: '请选择要标记为已读的消息。', en: 'Choose the messages to mark read.' }, ['input', 'ids'])] });
    }
    return Object.assign(new MarkMessagesReadPayload(), { unreadCount: await markRead(ctx.em, ctx.pubSub, enterpriseId, input), userErrors: [] });
  }

  @Authorized(Role.ENTERPRISE)
  @Subscription(() => Int, {
    description: 'The unread count of the signed-in enterprise: at once when subscribing, then whenever a message arrives or messages are read.',
    subscribe: ({ context }: { context: NotificationsContext }) => {
      const enterpriseId = enterpriseOf(context);
      return subscribeFrom<MessageReceivedEvent | UnreadChangedEvent>(context.pubSub, [MESSAGE_RECEIVED, UNREAD_CHANGED], { enterpriseId } as UnreadChangedEvent, (event) => event.enterpriseId !== null && event.enterpriseId === enterpriseId);
    },
  })
  async unreadMessageCount(@Root() event: UnreadChangedEvent, @Ctx() ctx: NotificationsContext): Promise<number> {
    // A subscription's context lives long: count through a fresh fork each time.
    return unreadCount(ctx.em.fork(), event.enterpriseId);
  }
}
