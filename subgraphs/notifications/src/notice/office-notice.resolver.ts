import { beijingToday, isCalendarDate } from '@zjtx/domain';
import { Role, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { MessageCategory } from '../message/message.entity';
import { announceMessage } from '../message/message.service';
import { sendDueReminders } from '../reminders/daily-reminders';
import type { OfficeNoticeEntity } from './office-notice.entity';
import { sendOfficeNotice } from './office-notice.service';

@InputType({ description: 'A notice from an office to enterprises of its jurisdiction.' })
class SendEnterpriseNoticeInput {
  @Field(() => MessageCategory, { description: 'DECLARATION_REMINDER (申报提醒), INFO_UPDATE (信息更新) or SYSTEM (通知).' }) category!: MessageCategory;
  @Field(() => String, { description: 'At most 200 characters.' }) title!: string;
  @Field(() => String, { description: 'At most 5000 characters.' }) body!: string;
  @Field(() => String, { nullable: true, description: 'A portal path the message links to, e.g. `/declarations`.' }) link?: string | null;
  @Field(() => [ID], { nullable: true, description: `Particular enterprises (at most 1000), all in the office's jurisdiction; omit to send to a region.` }) enterpriseIds?: string[] | null;
  @Field(() => String, { nullable: true, description: "A GB/T 2260 region inside the office's jurisdiction; the whole jurisdiction when omitted." }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Any string of the client (≤ 100): sending again with the same key sends nothing and returns the first send.' }) idempotencyKey?: string | null;
}

@ObjectType({ description: 'A notice an office sent.' })
class OfficeNotice {
  @Field(() => ID) id!: string;
  @Field(() => MessageCategory) category!: MessageCategory;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) senderName!: string | null;
  @Field(() => Int, { description: 'How many enterprises received it.' }) recipientCount!: number;
  @Field(() => Date) createdAt!: Date;

  static from(entity: OfficeNoticeEntity): OfficeNotice {
    return Object.assign(new OfficeNotice(), { ...entity, category: entity.category as MessageCategory, senderName: entity.senderName ?? null });
  }
}

@ObjectType()
class SendEnterpriseNoticePayload {
  @Field(() => OfficeNotice, { nullable: true }) notice!: OfficeNotice | null;
  @Field(() => Boolean, { description: 'True when this idempotency key was sent before: nothing new went out.' }) repeated!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
class RunDailyRemindersInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Beijing); today when omitted. Reminders already sent are not sent again.' }) date?: string | null;
}

@ObjectType()
class RunDailyRemindersPayload {
  @Field(() => Int, { description: 'Reminders sent by this run.' }) sent!: number;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class OfficeNoticeResolver {
  @Authorized(Role.OFFICE)
  @Mutation(() => SendEnterpriseNoticePayload, { description: "Offices: send a notice to the inboxes of enterprises in their jurisdiction (it arrives live in open portals)." })
  async sendEnterpriseNotice(@Arg('input', () => SendEnterpriseNoticeInput) input: SendEnterpriseNoticeInput, @Ctx() ctx: NotificationsContext): Promise<SendEnterpriseNoticePayload> {
    const result = await sendOfficeNotice(ctx.em, ctx.caller, input);
    if (!result.ok) return Object.assign(new SendEnterpriseNoticePayload(), { notice: null, repeated: false, userErrors: result.userErrors });
    for (const message of result.messages) announceMessage(ctx.pubSub, message);
    return Object.assign(new SendEnterpriseNoticePayload(), { notice: OfficeNotice.from(result.notice), repeated: result.repeated, userErrors: [] });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RunDailyRemindersPayload, {
    description: 'Administrators: run the daily reminders now (they run by themselves at 09:00 Beijing time), e.g. after an outage. Idempotent: each reminder is sent once.',
  })
  async runDailyReminders(@Arg('input', () => RunDailyRemindersInput) input: RunDailyRemindersInput, @Ctx() ctx: NotificationsContext): Promise<RunDailyRemindersPayload> {
    const date = input.date ?? beijingToday();
    if (!isCalendarDate(date)) {
      return Object.assign(new RunDailyRemindersPayload(), { sent: 0, userErrors: [userError('INVALID_DATE', { zh: '日期格式应为 YYYY-MM-DD。', en: 'date must be YYYY-MM-DD.' }, ['input', 'date'])] });
    }
    const sent = await ctx.em.transactional((tx) => sendDueReminders(tx, date));
    for (const message of sent) announceMessage(ctx.pubSub, message);
    return Object.assign(new RunDailyRemindersPayload(), { sent: sent.length, userErrors: [] });
  }
}
