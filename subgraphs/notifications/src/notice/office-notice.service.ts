import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { jurisdictionCovers, NATIONAL_REGION_CODE, regionLevelOf, regionPrefix } from '@zjtx/domain';
import { EnterpriseDirectoryEntity, isUuid, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { MessageCategory, MessageEntity } from '../message/message.entity';
import { OfficeNoticeEntity } from './office-notice.entity';

/** What offices may send themselves; the other categories follow from the processes (review, recognition, reminders). */
export const OFFICE_NOTICE_CATEGORIES = [MessageCategory.DECLARATION_REMINDER, MessageCategory.INFO_UPDATE, MessageCategory.SYSTEM] as const;
export const MAX_LISTED_RECIPIENTS = 1000;

export interface OfficeNoticeInput {
  category: MessageCategory;
  title: string;
  body: string;
  link?: string | null;
  /** Particular enterprises; without them, every enterprise registered in `regionCode`. */
  enterpriseIds?: string[] | null;
  /** A region inside the office's jurisdiction; the whole jurisdiction when omitted. */
  regionCode?: string | null;
  idempotencyKey?: string | null;
}

export type OfficeNoticeResult = { ok: true; notice: OfficeNoticeEntity; messages: MessageEntity[]; repeated: boolean } | { ok: false; userErrors: UserError[] };

const field = (...path: (string | number)[]) => ['input', ...path.map(String)];

/**
 * An office sends a notice (申报提醒, 信息更新 or 通知) to enterprises of its jurisdiction: all
 * of them, those of one region in it, or a list. Nothing is sent when any recipient is outside
 * the jurisdiction. With an idempotency key, a repeated request sends nothing and returns the
 * first send.
 */
export async function sendOfficeNotice(em: EntityManager, caller: Caller, input: OfficeNoticeInput): Promise<OfficeNoticeResult> {
  const office = caller.kind === 'account' ? caller.office : undefined;
  if (caller.kind !== 'account' || !office) return { ok: false, userErrors: [userError('NOT_AN_OFFICE', { zh: '只有主管部门账号可以发送通知。', en: 'Only office accounts send notices.' })] };
  const errors: UserError[] = [];
  if (!(OFFICE_NOTICE_CATEGORIES as readonly string[]).includes(input.category)) {
    errors.push(userError('CATEGORY_NOT_ALLOWED', { zh: '主管部门可发送申报提醒、信息更新和系统通知；审核结果、认定通知等由业务流程自动发送。', en: 'Offices send declaration reminders, information-update notices and system notices; review results and recognitions are sent by the processes.' }, field('category')));
  }
  const title = input.title.trim();
  if (!title || title.length > 200) errors.push(userError('INVALID_TITLE', { zh: '请填写标题（200 字以内）。', en: 'Enter a title (at most 200 characters).' }, field('title')));
  const body = input.body.trim();
  if (!body || body.length > 5000) errors.push(userError('INVALID_BODY', { zh: '请填写正文（5000 字以内）。', en: 'Enter the text (at most 5000 characters).' }, field('body')));
  const link = input.link?.trim() || null;
  if (link && (!/^\/(?!\/)[\w\-./?=&%#]*$/.test(link) || link.length > 500)) {
    errors.push(userError('INVALID_LINK', { zh: '链接应为本平台内的页面路径，以“/”开头，例如 /declarations。', en: 'The link must be a path in this portal starting with "/", e.g. /declarations.' }, field('link')));
  }
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 100) errors.push(userError('INVALID_IDEMPOTENCY_KEY', { zh: '幂等键不能超过 100 个字符。', en: 'idempotencyKey is at most 100 characters.' }, field('idempotencyKey')));
  const regionCode = input.regionCode?.trim() || office.regionCode;
  if (!/^\d{6}$/.test(regionCode) || (regionCode !== office.regionCode && (regionCode === NATIONAL_REGION_CODE || !jurisdictionCovers(office, regionCode)))) {
    errors.push(userError('REGION_NOT_IN_JURISDICTION', { zh: '只能向本辖区内的企业发送通知。', en: 'Notices go to enterprises of your own jurisdiction only.' }, field('regionCode')));
  }
  if ((input.enterpriseIds?.length ?? 0) > MAX_LISTED_RECIPIENTS) {
    errors.push(userError('TOO_MANY_RECIPIENTS', { zh: `指定企业一次最多 ${MAX_LISTED_RECIPIENTS} 家；更多企业请按区划发送。`, en: `At most ${MAX_LISTED_RECIPIENTS} listed enterprises; send to a region for more.` }, field('enterpriseIds')));
  }
  if (errors.length) return { ok: false, userErrors: errors };

  if (key) {
    const earlier = await em.findOne(OfficeNoticeEntity, { senderAccountId: caller.accountId, idempotencyKey: key });
    if (earlier) return { ok: true, notice: earlier, messages: [], repeated: true };
  }

  const recipients = input.enterpriseIds ? await listedRecipients(em, office, input.enterpriseIds) : await regionRecipients(em, regionCode);
  if (!recipients.ok) return recipients;
  if (recipients.ids.length === 0) return { ok: false, userErrors: [userError('NO_RECIPIENTS', { zh: '该区划内暂无已注册的企业，未发送。', en: 'No enterprise is registered in that region; nothing was sent.' }, field('regionCode'))] };

  try {
    return await em.transactional(async (tx) => {
      const senderName = office.name ?? null;
      const notice = tx.create(OfficeNoticeEntity, { senderAccountId: caller.accountId, senderName, idempotencyKey: key, category: input.category, title, body, link, recipientCount: recipients.ids.length, createdAt: new Date() });
      const createdAt = new Date();
      const messages = recipients.ids.map((enterpriseId) => tx.create(MessageEntity, { enterpriseId, category: input.category, title, body, link, senderName, createdAt }));
      tx.persist([notice, ...messages]);
      await tx.flush();
      return { ok: true as const, notice, messages, repeated: false };
    });
  } catch (error) {
    // The same key sent twice at once: the other request sent it.
    if (!(error instanceof UniqueConstraintViolationException) || !key) throw error;
    const earlier = await em.fork().findOneOrFail(OfficeNoticeEntity, { senderAccountId: caller.accountId, idempotencyKey: key });
    return { ok: true, notice: earlier, messages: [], repeated: true };
  }
}

type Recipients = { ok: true; ids: string[] } | { ok: false; userErrors: UserError[] };

async function listedRecipients(em: EntityManager, office: { level: string; regionCode: string }, ids: string[]): Promise<Recipients> {
  const unique = [...new Set(ids)];
  const known = await em.find(EnterpriseDirectoryEntity, { enterpriseId: { $in: unique.filter(isUuid) } });
  const allowed = new Set(known.filter((row) => jurisdictionCovers(office, row.regionCode)).map((row) => row.enterpriseId));
  const refused = ids.flatMap((id, index) => (allowed.has(id) ? [] : [index]));
  if (refused.length) {
    return { ok: false, userErrors: refused.map((index) => userError('ENTERPRISE_NOT_IN_JURISDICTION', { zh: '该企业不在本辖区内或不存在，未发送任何通知。', en: 'This enterprise is not in your jurisdiction or does not exist; nothing was sent.' }, field('enterpriseIds', index))) };
  }
  return { ok: true, ids: unique };
}

async function regionRecipients(em: EntityManager, regionCode: string): Promise<Recipients> {
  const level = regionLevelOf(regionCode);
  const prefix = level === 'NATIONAL' ? '' : regionPrefix(regionCode, level);
  const rows = await em.find(EnterpriseDirectoryEntity, { regionCode: { $like: `${prefix}%` } }, { fields: ['enterpriseId'] });
  return { ok: true, ids: rows.map((row) => row.enterpriseId) };
}
