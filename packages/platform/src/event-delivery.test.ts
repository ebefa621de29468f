import { graphql } from '@zjtx/test-kit';
import { registerLegalPerson, testUscc } from './testing/accounts';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/**
 * Nothing a user should be told is lost (DESIGN §3): events wait in the bus while their
 * consumer is down, and a redelivered event never doubles its effect.
 */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
}, 90_000);

afterAll(() => t?.stop());

const WELCOME = '欢迎使用优质中小企业梯度培育平台';

async function welcomeCount(enterpriseId: string): Promise<number> {
  const rows = (await t.sql(`select count(*)::int as n from notifications.message where enterprise_id = '${enterpriseId}' and title = '${WELCOME}'`)) as { n: number }[];
  return rows[0]!.n;
}

async function enterpriseOf(token: string): Promise<string> {
  return eventually(async () => (await graphql(t.url, '{ viewer { enterprise { id } } }', { token })).data?.viewer?.enterprise?.id as string | undefined);
}

it('turns a registration into one welcome message in the new enterprise\'s inbox', async () => {
  const registered = await registerLegalPerson(t.url, 'welcome1', '13933330001', testUscc('6A7B8C9'));
  const token = registered.data?.register.accessToken as string;
  const enterpriseId = await enterpriseOf(token);
  const inbox = await eventually(async () => {
    const result = await graphql(t.url, '{ viewer { enterprise { messages(first: 5) { totalCount nodes { title category } } } } }', { token });
    const messages = result.data?.viewer?.enterprise?.messages;
    return messages?.totalCount ? messages : null;
  });
  expect(inbox).toEqual({ totalCount: 1, nodes: [{ title: WELCOME, category: 'SYSTEM' }] });
  expect(await welcomeCount(enterpriseId)).toBe(1);
});

it('delivers every message exactly once when notifications was down while the events happened', async () => {
  await t.platform.stopSubgraph('notifications');
  const ids: string[] = [];
  for (const [i, serial] of ['7D8E9F1', '8G9H1J2', '9K1L2M3'].entries()) {
    const registered = await registerLegalPerson(t.url, `offline${i}`, `1393333001${i}`, testUscc(serial));
    expect(registered.data?.register.userErrors).toEqual([]);
    ids.push(await enterpriseOf(registered.data?.register.accessToken as string));
  }
  // Recorded and relayed, but nobody has consumed them yet.
  for (const id of ids) expect(await welcomeCount(id)).toBe(0);

  await t.platform.startSubgraph('notifications');
  for (const id of ids) expect(await eventually(async () => ((await welcomeCount(id)) > 0 ? welcomeCount(id) : null))).toBe(1);

  // Every event relayed again (as after a relay crash between publishing and marking): no doubles.
  await t.sql(`update identity.outbox_event set dispatched_at = null`);
  await eventually(async () => ((await t.sql(`select 1 from identity.outbox_event where dispatched_at is null`)).length === 0 ? true : null));
  // Wait until notifications has handled all eight deliveries (four events, each twice).
  const handled = async () => ((await t.sql(`select count(*)::int as n from pgboss.job where name = 'notifications.identity.legal-person-registered' and state = 'completed'`)) as { n: number }[])[0]!.n;
  expect(await eventually(async () => ((await handled()) >= 8 ? handled() : null))).toBe(8);
  for (const id of ids) expect(await welcomeCount(id)).toBe(1);
  const processed = (await t.sql(`select count(*)::int as n from notifications.processed_event where consumer = 'notifications.identity.legal-person-registered'`)) as { n: number }[];
  expect(processed[0]!.n).toBe(4);
}, 120_000);
