import { AccountReference, Role, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { MessageCategory } from '../message/message.entity';
import { DEFAULT_CHANNEL_CATEGORIES, DeliveryChannel } from './channel';
import { EnterpriseContactEntity } from './enterprise-contact.entity';
import { NotificationPreferenceEntity } from './preference.entity';

@ObjectType({ description: 'How one category of messages reaches the account.' })
class ChannelPreference {
  @Field(() => MessageCategory) category!: MessageCategory;
  @Field(() => Boolean, { description: 'Always true: every message is in 我的消息.' }) inApp!: boolean;
  @Field(() => Boolean) sms!: boolean;
  @Field(() => Boolean) email!: boolean;
}

@ObjectType({ description: "Which messages also go out by SMS and e-mail, and where (the contact's mobile and e-mail of 企业基本情况)." })
class NotificationPreferences {
  @Field(() => [ChannelPreference], { description: 'One entry per message category.' }) channels!: ChannelPreference[];
  @Field(() => Boolean, { description: 'False until the account saves its own choice (the defaults apply).' }) customised!: boolean;
  @Field(() => String, { nullable: true, description: 'The mobile SMS go to, masked (138****0001); null when the profile has none.' }) smsDestination!: string | null;
  @Field(() => String, { nullable: true, description: 'The e-mail address copies go to; null when the profile has none.' }) emailDestination!: string | null;
}

@InputType()
class ChannelPreferenceInput {
  @Field(() => MessageCategory) category!: MessageCategory;
  @Field(() => Boolean) sms!: boolean;
  @Field(() => Boolean) email!: boolean;
}

@InputType()
class UpdateNotificationPreferencesInput {
  @Field(() => [ChannelPreferenceInput], { description: 'Categories left out keep their current setting.' }) channels!: ChannelPreferenceInput[];
}

@ObjectType()
class UpdateNotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true }) preferences!: NotificationPreferences | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const mask = (mobile: string) => (mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile);

async function preferencesOf(ctx: NotificationsContext, accountId: string, enterpriseId: string): Promise<NotificationPreferences> {
  const [saved, contact] = await Promise.all([ctx.em.findOne(NotificationPreferenceEntity, { accountId }), ctx.em.findOne(EnterpriseContactEntity, { enterpriseId })]);
  const sms: readonly string[] = saved?.smsCategories ?? DEFAULT_CHANNEL_CATEGORIES[DeliveryChannel.SMS];
  const email: readonly string[] = saved?.emailCategories ?? DEFAULT_CHANNEL_CATEGORIES[DeliveryChannel.EMAIL];
  return Object.assign(new NotificationPreferences(), {
    channels: Object.values(MessageCategory).map((category) => Object.assign(new ChannelPreference(), { category, inApp: true, sms: sms.includes(category), email: email.includes(category) })),
    customised: !!saved,
    smsDestination: contact?.contactMobile ? mask(contact.contactMobile) : null,
    emailDestination: contact?.email ?? null,
  });
}

/** 消息接收设置: SMS and e-mail copies per message category, for legal-person accounts. */
@Resolver(() => AccountReference)
export class NotificationPreferencesResolver {
  @FieldResolver(() => NotificationPreferences, { nullable: true, description: 'The signed-in enterprise account\'s own choice; null for anyone else.' })
  async notificationPreferences(@Root() account: AccountReference, @Ctx() ctx: NotificationsContext): Promise<NotificationPreferences | null> {
    const { caller } = ctx;
    if (caller.kind !== 'account' || caller.accountId !== account.id || !caller.enterpriseId) return null;
    return preferencesOf(ctx, caller.accountId, caller.enterpriseId);
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => UpdateNotificationPreferencesPayload, { description: 'Chooses which message categories also go out by SMS and e-mail.' })
  async updateNotificationPreferences(@Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput, @Ctx() ctx: NotificationsContext): Promise<UpdateNotificationPreferencesPayload> {
    const { caller } = ctx;
    if (caller.kind !== 'account' || !caller.enterpriseId) {
      return Object.assign(new UpdateNotificationPreferencesPayload(), { preferences: null, userErrors: [userError('NOT_AN_ENTERPRISE', { zh: '只有企业账号可以设置消息接收方式。', en: 'Only enterprise accounts choose message channels.' })] });
    }
    const current = await preferencesOf(ctx, caller.accountId, caller.enterpriseId);
    const choice = new Map(current.channels.map((c) => [c.category, { sms: c.sms, email: c.email }]));
    for (const entry of input.channels) choice.set(entry.category, { sms: entry.sms, email: entry.email });
    const pick = (channel: 'sms' | 'email') => [...choice].filter(([, c]) => c[channel]).map(([category]) => category);
    await ctx.em.upsert(NotificationPreferenceEntity, { accountId: caller.accountId, enterpriseId: caller.enterpriseId, smsCategories: pick('sms'), emailCategories: pick('email'), updatedAt: new Date() });
    return Object.assign(new UpdateNotificationPreferencesPayload(), { preferences: await preferencesOf(ctx, caller.accountId, caller.enterpriseId), userErrors: [] });
  }
}
