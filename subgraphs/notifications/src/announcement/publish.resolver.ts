import { claimUploads, issueUpload, Role, UploadLink, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { notificationsConfig } from '../config';
import { ANNOUNCEMENT_ATTACHMENT_PURPOSE, ANNOUNCEMENT_ATTACHMENT_RULES, MAX_ANNOUNCEMENT_ATTACHMENTS } from './attachments';
import type { NotificationsContext } from '../context';
import { AnnouncementEntity, AnnouncementLevel } from './announcement.entity';
import { Announcement } from './announcement.type';

@InputType({ description: 'A 公告 to publish at the office\'s own level: the ministry publishes 部级, a provincial office 省级 for its province.' })
class PublishAnnouncementInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: '文号, e.g. 浙经信企业〔2026〕12号.' }) documentNumber?: string | null;
  @Field(() => String, { description: 'The text (paragraphs separated by blank lines).' }) body!: string;
  @Field(() => Date, { nullable: true, description: 'When it becomes public; now when omitted. A later time schedules it.' }) publishAt?: Date | null;
  @Field(() => [ID], { nullable: true, description: `Files uploaded through \`createAnnouncementUpload\`, in the order to list them (at most ${MAX_ANNOUNCEMENT_ATTACHMENTS}).` }) attachmentFileIds?: string[] | null;
}

@InputType({ description: 'A file an office is about to attach to an announcement.' })
class CreateAnnouncementUploadInput {
  @Field(() => String, { description: 'Any name (Chinese, spaces, punctuation…); kept as metadata.' }) fileName!: string;
  @Field(() => String, { description: 'MIME type: PDF, Word, Excel, JPEG or PNG.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes, at most 20 MB.' }) size!: number;
}

@ObjectType()
class CreateAnnouncementUploadPayload {
  @Field(() => UploadLink, { nullable: true }) upload!: UploadLink | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const LEVEL_NOT_ALLOWED = {
  zh: '公告由工业和信息化部或省级中小企业主管部门发布；市、县部门请联系省级部门发布。',
  en: 'Announcements are published by the ministry or a provincial office; city and county offices ask their province.',
};

/** The level an office publishes at: the ministry 部级, a provincial office 省级; others none. */
function publishingLevel(ctx: NotificationsContext): AnnouncementLevel | null {
  const office = ctx.caller.kind === 'account' ? ctx.caller.office : undefined;
  return office?.level === 'MINISTRY' ? AnnouncementLevel.MINISTRY : office?.level === 'PROVINCE' ? AnnouncementLevel.PROVINCE : null;
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
    const level = publishingLevel(ctx);
    const fail = (errors: UserError[]) => Object.assign(new PublishAnnouncementPayload(), { announcement: null, userErrors: errors });
    if (!office || !level) return fail([userError('LEVEL_NOT_ALLOWED', LEVEL_NOT_ALLOWED)]);
    const errors: UserError[] = [];
    const title = input.title.trim();
    if (!title || title.length > 300) errors.push(userError('INVALID_TITLE', { zh: '请填写标题（300 字以内）。', en: 'Enter a title (at most 300 characters).' }, ['input', 'title']));
    const documentNumber = input.documentNumber?.trim() || null;
    if (documentNumber && documentNumber.length > 100) errors.push(userError('TOO_LONG', { zh: '文号不能超过 100 字。', en: 'The document number may have at most 100 characters.' }, ['input', 'documentNumber']));
    const body = input.body.trim();
    if (!body || body.length > 50_000) errors.push(userError('INVALID_BODY', { zh: '请填写正文（5 万字以内）。', en: 'Enter the text (at most 50 000 characters).' }, ['input', 'body']));
    // A few minutes of clock difference aside, an announcement is not backdated.
    if (input.publishAt && input.publishAt.getTime() < Date.now() - 5 * 60_000) {
      errors.push(userError('PUBLISH_TIME_IN_PAST', { zh: '发布时间不能早于当前时间；立即发布请留空。', en: 'The publishing time cannot be in the past; leave it empty to publish now.' }, ['input', 'publishAt']));
    }
    const fileIds = input.attachmentFileIds ?? [];
    if (fileIds.length > MAX_ANNOUNCEMENT_ATTACHMENTS) errors.push(userError('TOO_MANY_ATTACHMENTS', { zh: `附件最多 ${MAX_ANNOUNCEMENT_ATTACHMENTS} 个；更多文件请打包成 PDF 合并后上传。`, en: `At most ${MAX_ANNOUNCEMENT_ATTACHMENTS} attachments.` }, ['input', 'attachmentFileIds']));
    if (errors.length > 0) return fail(errors);
    const attached = await claimUploads(ctx.em, notificationsConfig().files.store, ANNOUNCEMENT_ATTACHMENT_PURPOSE, ANNOUNCEMENT_ATTACHMENT_RULES, fileIds, ['input', 'attachmentFileIds']);
    if (!attached.ok) return fail(attached.userErrors);

    const announcement = ctx.em.create(AnnouncementEntity, {
      level,
      provinceCode: level === AnnouncementLevel.PROVINCE ? `${office.regionCode.slice(0, 2)}0000` : null,
      title,
      documentNumber,
      body,
      publishedAt: input.publishAt ?? new Date(),
      attachments: attached.files,
    });
    await ctx.em.persistAndFlush(announcement);
    return Object.assign(new PublishAnnouncementPayload(), { announcement: Announcement.from(announcement), userErrors: [] });
  }

  @Authorized(Role.OFFICE)
  @Mutation(() => CreateAnnouncementUploadPayload, { description: 'Offices that publish (ministry, provinces): a signed link to upload one attachment. Bytes never pass through GraphQL.' })
  async createAnnouncementUpload(@Arg('input', () => CreateAnnouncementUploadInput) input: CreateAnnouncementUploadInput, @Ctx() ctx: NotificationsContext): Promise<CreateAnnouncementUploadPayload> {
    if (!publishingLevel(ctx)) return Object.assign(new CreateAnnouncementUploadPayload(), { upload: null, userErrors: [userError('LEVEL_NOT_ALLOWED', LEVEL_NOT_ALLOWED)] });
    const result = await issueUpload(ctx.em, notificationsConfig().files.links, ANNOUNCEMENT_ATTACHMENT_RULES, { ...input, purpose: ANNOUNCEMENT_ATTACHMENT_PURPOSE, clientIp: ctx.http.clientIp });
    return Object.assign(new CreateAnnouncementUploadPayload(), result.ok ? { upload: UploadLink.from(result.grant), userErrors: [] } : { upload: null, userErrors: result.userErrors });
  }
}
