import { Role, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { AnnouncementEntity, AnnouncementLevel } from './announcement.entity';
import { Announcement } from './announcement.type';

@InputType({ description: 'A 公告 to publish at the office\'s own level: the ministry publishes 部级, a provincial office 省级 for its province.' })
class PublishAnnouncementInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: '文号, e.g. 浙经信企业〔2026〕12号.' }) documentNumber?: string | null;
  @Field(() => String, { description: 'The text (paragraphs separated by blank lines).' }) body!: string;
  @Field(() => Date, { nullable: true, description: 'When it becomes public; now when omitted. A later time schedules it.' }) publishAt?: Date | null;
}

@ObjectType()
class PublishAnnouncementPayload {
  @Field(() => Announcement, { nullable: true }) announcement!: Announcement | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class PublishAnnouncementResolver {
  @Authorized(Role.OFFICE)
  @Mutation(() => PublishAnnouncementPayload, { description: 'Offices: publish an announcement at their level (ministry: 部级; provincial office: 省级 of its province).' })
  async publishAnnouncement(@Arg('input', () => PublishAnnouncementInput) input: PublishAnnouncementInput, @Ctx() ctx: NotificationsContext): Promise<PublishAnnouncementPayload> {
    const office = ctx.caller.kind === 'account' ? ctx.caller.office : undefined;
    const level = office?.level === 'MINISTRY' ? AnnouncementLevel.MINISTRY : office?.level === 'PROVINCE' ? AnnouncementLevel.PROVINCE : null;
    const fail = (errors: UserError[]) => Object.assign(new PublishAnnouncementPayload(), { announcement: null, userErrors: errors });
    if (!office || !level) {
      return fail([userError('LEVEL_NOT_ALLOWED', { zh: '公告由工业和信息化部或省级中小企业主管部门发布；市、县部门请联系省级部门发布。', en: 'Announcements are published by the ministry or a provincial office; city and county offices ask their province.' })]);
    }
    const errors: UserError[] = [];
    const title = input.title.trim();
    if (!title || title.length > 300) errors.push(userError('INVALID_TITLE', { zh: '请填写标题（300 字以内）。', en: 'Enter a title (at most 300 characters).' }, ['input', 'title']));
    const documentNumber = input.documentNumber?.trim() || null;
    if (documentNumber && documentNumber.length > 100) errors.push(userError('TOO_LONG', { zh: '文号不能超过 100 字。', en: 'The document number may have at most 100 characters.' }, ['input', 'documentNumber']));
    const body = input.body.trim();
    if (!body || body.length > 50_000) errors.push(userError('INVALID_BODY', { zh: '请填写正文（5 万字以内）。', en: 'Enter the text (at most 50 000 characters).' }, ['input', 'body']));
    if (errors.length > 0) return fail(errors);

    const announcement = ctx.em.create(AnnouncementEntity, {
      level,
      provinceCode: level === AnnouncementLevel.PROVINCE ? `${office.regionCode.slice(0, 2)}0000` : null,
      title,
      documentNumber,
      body,
      publishedAt: input.publishAt ?? new Date(),
    });
    await ctx.em.persistAndFlush(announcement);
    return Object.assign(new PublishAnnouncementPayload(), { announcement: Announcement.from(announcement), userErrors: [] });
  }
}
