import { collect, graphql, login, wsClient } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { deliverTestMessages } from './testing/deliver-messages';
import { startTestPlatform, type TestPlatform } from './testing/test-platform';

/** 我的消息: reading, marking read, and the live unread badge. */
let t: TestPlatform;
let token: string;
const [demo, ningbo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  t = await startTestPlatform();
  token = await login(t.url, demo.loginName, DEMO_PASSWORD);
}, 90_000);

afterAll(() => t?.stop());

const INBOX = '{ viewer { unreadMessageCount enterprise { messages(first: 20) { nodes { id read category } } } } }';
const MARK = 'mutation ($input: MarkMessagesReadInput!) { markMessagesRead(input: $input) { unreadCount userErrors { code } } }';

it('marks one message read, then all, and the badge follows', async () => {
  const inbox = (await graphql(t.url, INBOX, { token })).data?.viewer;
  const unread = (inbox.enterprise.messages.nodes as { id: string; read: boolean }[]).filter((m) => !m.read);
  expect(inbox.unreadMessageCount).toBe(unread.length);
  expect(unread.length).toBeGreaterThan(0);

  const one = await graphql(t.url, MARK, { token, variables: { input: { ids: [unread[0]!.id] } } });
  expect(one.data?.markMessagesRead).toEqual({ unreadCount: unread.length - 1, userErrors: [] });
  const again = await graphql(t.url, MARK, { token, variables: { input: { ids: [unread[0]!.id] } } });
  expect(again.data?.markMessagesRead.unreadCount).toBe(unread.length - 1); // idempotent

  const all = await graphql(t.url, MARK, { token, variables: { input: { all: true } } });
  expect(all.data?.markMessagesRead).toEqual({ unreadCount: 0, userErrors: [] });
  expect((await graphql(t.url, INBOX, { token })).data?.viewer.unreadMessageCount).toBe(0);
});

it('reads one message of its own, never another enterprise\'s, and cannot mark others\' messages', async () => {
  const mine = (await graphql(t.url, INBOX, { token })).data?.viewer.enterprise.messages.nodes[0].id as string;
  expect((await graphql(t.url, 'query ($id: ID!) { message(id: $id) { id title } }', { token, variables: { id: mine } })).data?.message.id).toBe(mine);
  const other = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
  expect((await graphql(t.url, 'query ($id: ID!) { message(id: $id) { id } }', { token: other, variables: { id: mine } })).data?.message).toBeNull();
  const before = (await t.sql(`select count(*)::int as n from notifications.message where id = '${mine}' and read_at is not null`)) as { n: number }[];
  await t.sql(`update notifications.message set read_at = null where id = '${mine}'`);
  await graphql(t.url, MARK, { token: other, variables: { input: { ids: [mine] } } });
  const after = (await t.sql(`select count(*)::int as n from notifications.message where id = '${mine}' and read_at is not null`)) as { n: number }[];
  expect(before[0]!.n).toBe(1);
  expect(after[0]!.n).toBe(0);
});

it('sends the unread count at once, then live when a message arrives and when messages are read', async () => {
  await graphql(t.url, MARK, { token, variables: { input: { all: true } } });
  const client = wsClient(t.url, token);
  const counts = collect<{ unreadMessageCount: number }>(client, 'subscription { unreadMessageCount }');
  try {
    // The current count comes at once: a subscriber never waits for a change to learn it.
    expect((await counts.next(5_000)).data?.unreadMessageCount).toBe(0);
    const first = await deliverTestMessages(t.url, demo.id, () => counts.next(1_000));
    expect(first.data?.unreadMessageCount).toBeGreaterThanOrEqual(1);
    await graphql(t.url, MARK, { token, variables: { input: { all: true } } });
    let latest = await counts.next(5_000);
    while (latest.data?.unreadMessageCount !== 0) latest = await counts.next(5_000);
    expect(latest.data?.unreadMessageCount).toBe(0);
  } finally {
    counts.dispose();
    await client.dispose();
  }
});

it('filters unread messages and counts them per category', async () => {
  await deliverTestMessages(t.url, demo.id, async () => true);
  const read = await graphql(t.url, '{ viewer { enterprise { unreadMessageCounts { category count } messages(unreadOnly: true, first: 50) { totalCount nodes { read category } } } } }', { token });
  const enterprise = read.data?.viewer.enterprise;
  expect(enterprise.messages.nodes.every((m: { read: boolean }) => !m.read)).toBe(true);
  const perCategory = enterprise.unreadMessageCounts as { category: string; count: number }[];
  expect(perCategory.reduce((sum, c) => sum + c.count, 0)).toBe(enterprise.messages.totalCount);
  expect(perCategory.find((c) => c.category === 'SYSTEM')?.count).toBeGreaterThanOrEqual(1);
});
