import { beijingToday, plusDays } from '@zjtx/domain';
import { collect, graphql, login, wsClient } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** Office notices, 认定通知 on recognition, and the daily reminders on pg-boss's schedule. */
let t: TestPlatform;
const [demo, ningbo] = DEMO_ENTERPRISES;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  for (const name of [demo.loginName, ningbo.loginName, 'county330106', 'province33', 'admin']) tokens[name] = await login(t.url, name, DEMO_PASSWORD);
  // Notices reach enterprises notifications knows the regions of (from profile's events).
  await eventually(async () => ((await t.sql('select count(*)::int as n from notifications.enterprise_directory'))[0] as { n: number }).n >= 2 || null);
}, 90_000);

afterAll(() => t?.stop());

const SEND = /* GraphQL */ `
  mutation ($input: SendEnterpriseNoticeInput!) { sendEnterpriseNotice(input: $input) { repeated notice { id title senderName recipientCount } userErrors { field code message } } }
`;
const INBOX = /* GraphQL */ `
  query ($category: MessageCategory) { viewer { enterprise { messages(first: 50, category: $category) { totalCount nodes { title body category senderName link } } } } }
`;
const RUN = 'mutation ($input: RunDailyRemindersInput!) { runDailyReminders(input: $input) { sent userErrors { code } } }';

const send = async (input: Record<string, unknown>, as = tokens.county330106) => (await graphql(t.url, SEND, { token: as, variables: { input } })).data?.sendEnterpriseNotice;
const inbox = async (as: string, category?: string) => (await graphql(t.url, INBOX, { token: as, variables: { category } })).data?.viewer.enterprise.messages;
const run = async (date: string) => (await graphql(t.url, RUN, { token: tokens.admin, variables: { input: { date } } })).data?.runDailyReminders.sent as number;
const notice = { category: 'DECLARATION_REMINDER', title: '2026年创新型中小企业评价申报提醒', body: '西湖区2026年第二批创新型中小企业评价申报将于12月1日开始，请符合条件的企业做好准备。', link: '/declarations' };

describe('office notices', () => {
  it('a county office reaches the enterprises of its county, live, with its name as sender; once per idempotency key', async () => {
    const client = wsClient(t.url, tokens.demo!);
    const live = collect<{ messageReceived: { title: string; senderName: string } }>(client, 'subscription { messageReceived { title senderName } }');
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // the subscription is listening
      const sent = await send({ ...notice, idempotencyKey: 'xihu-2026-2' });
      expect(sent.userErrors).toEqual([]);
      expect(sent).toMatchObject({ repeated: false, notice: { senderName: '杭州市西湖区经济和信息化局', recipientCount: 1 } });
      expect((await live.next(5_000)).data?.messageReceived).toEqual({ title: notice.title, senderName: '杭州市西湖区经济和信息化局' });
      const again = await send({ ...notice, idempotencyKey: 'xihu-2026-2' });
      expect(again).toMatchObject({ repeated: true, notice: { id: sent.notice.id } });
    } finally {
      live.dispose();
      await client.dispose();
    }
    expect((await inbox(tokens.demo!, 'DECLARATION_REMINDER')).nodes.filter((m: { title: string }) => m.title === notice.title)).toHaveLength(1);
    expect((await inbox(tokens.demo3302!, 'DECLARATION_REMINDER')).nodes.filter((m: { title: string }) => m.title === notice.title)).toHaveLength(0);
  });

  it('refuses recipients outside the jurisdiction, process categories and links off the portal, sending nothing', async () => {
    const refused = await send({ ...notice, title: '不应发出', enterpriseIds: [demo.id, ningbo.id], category: 'REVIEW_RESULT', link: 'https://example.com' });
    expect(refused.userErrors.map((e: { code: string }) => e.code)).toEqual(['CATEGORY_NOT_ALLOWED', 'INVALID_LINK']);
    const outside = await send({ ...notice, title: '不应发出', enterpriseIds: [demo.id, ningbo.id] });
    expect(outside.userErrors).toEqual([{ field: ['input', 'enterpriseIds', '1'], code: 'ENTERPRISE_NOT_IN_JURISDICTION', message: '该企业不在本辖区内或不存在，未发送任何通知。' }]);
    expect((await send({ ...notice, title: '不应发出', regionCode: '330212' })).userErrors[0].code).toBe('REGION_NOT_IN_JURISDICTION');
    expect((await inbox(tokens.demo!)).nodes.filter((m: { title: string }) => m.title === '不应发出')).toHaveLength(0);
  });

  it('a provincial office reaches a city of its province', async () => {
    const sent = await send({ ...notice, category: 'INFO_UPDATE', title: '宁波市年度信息更新提醒', regionCode: '330200' }, tokens.province33);
    expect(sent).toMatchObject({ notice: { recipientCount: 1, senderName: '浙江省经济和信息化厅' }, userErrors: [] });
    expect((await inbox(tokens.demo3302!, 'INFO_UPDATE')).nodes.map((m: { title: string }) => m.title)).toContain('宁波市年度信息更新提醒');
  });

  it('reaches subscribers on another instance: pub/sub spans notifications instances', async () => {
    const second = await t.platform.addInstance('notifications');
    const client = wsClient(t.url, tokens.demo!); // through the gateway, to the first instance
    const live = collect<{ messageReceived: { title: string } }>(client, 'subscription { messageReceived { title } }');
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Sent to the second instance directly, as a load balancer might route it.
      const sent = await graphql(second, SEND, { token: tokens.county330106, variables: { input: { ...notice, title: '经第二个实例发送' } } });
      expect(sent.data?.sendEnterpriseNotice.userErrors).toEqual([]);
      expect((await live.next(5_000)).data?.messageReceived.title).toBe('经第二个实例发送');
    } finally {
      live.dispose();
      await client.dispose();
    }
  });
});

describe('recognitions and reminders', () => {
  const validFrom = plusDays(beijingToday(), -(3 * 365 - 89)); // ends about 89 days from today
  let validUntil: string;

  it('a recognition becomes one 认定通知', async () => {
    await t.grantRecognition(ningbo.id, 'SRDI', validFrom);
    const notices = await eventually(async () => {
      const found = (await inbox(tokens.demo3302!, 'RECOGNITION_NOTICE')).nodes;
      return found.length ? found : null;
    });
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe('贵企业已被认定为专精特新中小企业');
    validUntil = notices[0].body.match(/至 (\d{4}-\d{2}-\d{2})/)[1];
    await eventually(async () => (await t.sql(`select 1 from notifications.recognition_term where enterprise_id = '${ningbo.id}'`))[0]);
  });

  it('reminds 90, 60 and 30 days before expiry, each once, however often the job runs', async () => {
    const daysLeft = (days: number) => plusDays(validUntil, -days);
    expect(await run(daysLeft(95))).toBe(0);
    expect(await run(daysLeft(89))).toBe(1);
    expect(await run(daysLeft(89))).toBe(0);
    expect(await run(daysLeft(75))).toBe(0);
    expect(await run(daysLeft(60))).toBe(1);
    expect(await run(daysLeft(12))).toBe(1);
    expect(await run(daysLeft(1))).toBe(0);
    expect(await run(plusDays(validUntil, 1))).toBe(0);
    const reminders = (await inbox(tokens.demo3302!, 'RECOGNITION_EXPIRY')).nodes;
    expect(reminders.map((m: { body: string }) => m.body.match(/还有 (\d+) 天/)![1])).toEqual(['12', '60', '89']);
    expect(reminders[0].title).toBe(`专精特新中小企业认定将于 ${validUntil} 到期`);
  });

  it('after an outage sends only the latest expiry reminder due', async () => {
    await t.grantRecognition(ningbo.id, 'INNOVATIVE', plusDays(beijingToday(), -(3 * 365 - 200)));
    const innovative = await eventually(async () => {
      const rows = (await t.sql(`select valid_until::text from notifications.recognition_term where enterprise_id = '${ningbo.id}' and tier = 'INNOVATIVE'`)) as { valid_until: string }[];
      return rows[0]?.valid_until;
    });
    expect(await run(plusDays(innovative, -55))).toBeGreaterThanOrEqual(1);
    const bodies = (await inbox(tokens.demo3302!, 'RECOGNITION_EXPIRY')).nodes.filter((m: { title: string }) => m.title.startsWith('创新型'));
    expect(bodies.map((m: { body: string }) => m.body.match(/还有 (\d+) 天/)![1])).toEqual(['55']);
  });

  it('announces the annual information update to enterprises recognised before the year, then that it closes soon', async () => {
    const year = Number(validFrom.slice(0, 4)) + 1;
    const window = year >= 2026 ? { opens: `${year}-04-01`, closes: `${year}-05-31` } : { opens: `${year}-03-01`, closes: `${year}-04-30` };
    const before = (await inbox(tokens.demo3302!, 'INFO_UPDATE')).totalCount;
    expect(await run(plusDays(window.opens, -1))).toBe(0);
    await run(window.opens);
    await run(plusDays(window.opens, 3));
    await run(plusDays(window.closes, -10));
    await run(plusDays(window.closes, -9));
    const updates = (await inbox(tokens.demo3302!, 'INFO_UPDATE')).nodes.slice(0, (await inbox(tokens.demo3302!, 'INFO_UPDATE')).totalCount - before);
    expect(updates.map((m: { title: string }) => m.title)).toEqual([`${year} 年度信息更新将于 ${window.closes} 截止`, `${year} 年度信息更新已开始`]);
  });

  it('the daily run is a durable pg-boss schedule at 09:00 Beijing time, and only administrators run it by hand', async () => {
    expect(await t.sql("select cron, options->>'tz' as tz from pgboss.schedule where name = 'notifications.daily-reminders'")).toEqual([{ cron: '0 9 * * *', tz: 'Asia/Shanghai' }]);
    const office = await graphql(t.url, RUN, { token: tokens.county330106, variables: { input: {} } });
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('SMS and e-mail copies', () => {
  const PREFERENCES = '{ viewer { notificationPreferences { customised smsDestination emailDestination channels { category inApp sms email } } } }';
  const UPDATE = 'mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { customised channels { category sms email } } userErrors { code } } }';
  const outbound = async (marker: string) => (await t.sql(`select channel, destination, subject, text from notifications.dev_outbound where subject like '%${marker}%' order by channel`)) as { channel: string; destination: string; subject: string; text: string }[];

  it('by default: e-mail for every category, SMS for what must not be missed, to the profile\'s contact', async () => {
    const preferences = (await graphql(t.url, PREFERENCES, { token: tokens.demo3302 })).data?.viewer.notificationPreferences;
    expect(preferences).toMatchObject({ customised: false, smsDestination: '138****0002', emailDestination: 'linxiaoyan@example.com' });
    expect(preferences.channels.find((c: { category: string }) => c.category === 'RECOGNITION_EXPIRY')).toEqual({ category: 'RECOGNITION_EXPIRY', inApp: true, sms: true, email: true });
    expect(preferences.channels.find((c: { category: string }) => c.category === 'INFO_UPDATE')).toEqual({ category: 'INFO_UPDATE', inApp: true, sms: false, email: true });

    await send({ ...notice, category: 'INFO_UPDATE', title: '渠道测试一', regionCode: '330200' }, tokens.province33);
    await t.deliverMessageCopies();
    expect(await outbound('渠道测试一')).toEqual([
      { channel: 'EMAIL', destination: 'linxiaoyan@example.com', subject: '【优质中小企业梯度培育平台】渠道测试一', text: expect.stringContaining('浙江省经济和信息化厅') },
    ]);
    expect(await t.deliverMessageCopies()).toBe(0); // each copy once
  });

  it('follows the enterprise\'s choice: SMS instead of e-mail for 信息更新', async () => {
    const updated = await graphql(t.url, UPDATE, { token: tokens.demo3302, variables: { input: { channels: [{ category: 'INFO_UPDATE', sms: true, email: false }] } } });
    expect(updated.data?.updateNotificationPreferences.userErrors).toEqual([]);
    expect(updated.data?.updateNotificationPreferences.preferences.customised).toBe(true);
    await send({ ...notice, category: 'INFO_UPDATE', title: '渠道测试二', regionCode: '330200' }, tokens.province33);
    await t.deliverMessageCopies();
    expect(await outbound('渠道测试二')).toEqual([
      { channel: 'SMS', destination: '13800000002', subject: '渠道测试二', text: expect.stringMatching(/^【优质中小企业梯度培育平台】渠道测试二：/) },
    ]);
  });

  it('is the enterprise\'s own setting: nobody else reads or changes it', async () => {
    const viewer = (await graphql(t.url, '{ viewer { notificationPreferences { customised } } }', { token: tokens.county330106 })).data?.viewer;
    expect(viewer.notificationPreferences).toBeNull();
    const office = await graphql(t.url, UPDATE, { token: tokens.county330106, variables: { input: { channels: [] } } });
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs every minute on pg-boss', async () => {
    expect(await t.sql("select cron from pgboss.schedule where name = 'notifications.channel-deliveries'")).toEqual([{ cron: '* * * * *' }]);
  });
});
