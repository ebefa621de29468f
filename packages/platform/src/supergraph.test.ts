import { collect, createTestDatabase, graphql, login, wsClient, type TestDatabase } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { seedDemo } from './demo/seed';
import { migrateAll } from './migrate';
import { startProcesses, type RunningPlatform } from './processes';
import { deliverTestMessages } from './testing/deliver-messages';

let db: TestDatabase;
let platform: RunningPlatform;
let url: string;
const [demo, ningbo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateAll(db.url);
  await seedDemo(db.url);
  // Each service in its own process, from the built dist/, exactly as `npm start` runs them.
  platform = await startProcesses({ databaseUrl: db.url, host: '127.0.0.1', gatewayPort: 0, subgraphPortBase: 0, logLevel: 'warn', nodeEnv: 'test', watch: false });
  url = `${platform.gatewayUrl}graphql`;
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

const VIEWER_ACROSS_FIVE_SUBGRAPHS = /* GraphQL */ `
  query ViewerEverywhere {
    viewer {
      loginName
      accountType
      unreadMessageCount
      enterprise {
        name
        uscc
        latestAssessment { score level }
        declarations { tier status enterprise { name } }
        messages(first: 5) { totalCount nodes { title enterprise { name } } }
      }
    }
  }
`;

describe('the supergraph through the real gateway', () => {
  it('answers one query with data from all five subgraphs', async () => {
    const token = await login(url, demo.loginName, DEMO_PASSWORD);
    const result = await graphql(url, VIEWER_ACROSS_FIVE_SUBGRAPHS, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      viewer: {
        loginName: 'demo', // identity
        accountType: 'LEGAL_PERSON',
        unreadMessageCount: 2, // notifications
        enterprise: {
          name: demo.name, // profile
          uscc: demo.uscc,
          latestAssessment: { score: 56.95, level: 2 }, // assessment
          declarations: [{ tier: 'INNOVATIVE', status: 'DRAFT', enterprise: { name: demo.name } }], // declarations → profile
          messages: {
            totalCount: 2,
            nodes: [
              { title: '浙江省2026年创新型中小企业评价申报已开始', enterprise: { name: demo.name } },
              { title: '欢迎使用优质中小企业梯度培育平台', enterprise: { name: demo.name } },
            ],
          },
        },
      },
    });
  });

  it('serves public data to anonymous callers and nothing private', async () => {
    const result = await graphql(url, '{ viewer { id } announcements(first: 3) { totalCount nodes { title } } }');
    expect(result.data?.viewer).toBeNull();
    expect(result.data?.announcements.totalCount).toBe(5);
    expect(result.data?.announcements.nodes).toHaveLength(3);

    const denied = await graphql(url, 'query ($id: ID!) { enterprise(id: $id) { name } }', { variables: { id: demo.id } });
    expect(denied.data?.enterprise ?? null).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an enterprise cannot read another enterprise, in any subgraph', async () => {
    const token = await login(url, ningbo.loginName, DEMO_PASSWORD);
    const result = await graphql(url, 'query ($id: ID!) { enterprise(id: $id) { name } }', { variables: { id: demo.id }, token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.enterprise).toBeNull();
  });

  it('refuses a forged token with a stable code and no internals', async () => {
    const result = await graphql(url, '{ viewer { id } }', { token: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/127\.0\.0\.1|stacktrace|serviceName|at .*\.ts/);
  });

  it('answers null, not an error, for ids that cannot exist', async () => {
    const result = await graphql(url, '{ announcement(id: "not-a-uuid") { id } }');
    expect(result).toMatchObject({ status: 200, data: { announcement: null } });
    expect(result.errors).toBeUndefined();
  });

  it('signs in with a generic message on a wrong password', async () => {
    const result = await graphql(url, 'mutation { login(input: { identifier: "demo", password: "wrong" }) { accessToken userErrors { code message field } } }');
    expect(result.data?.login).toEqual({
      accessToken: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS', message: '登录名或密码不正确，请检查后重试（再错 4 次账号将被临时锁定）。忘记密码可点击【忘记密码】。', field: ['password'] }],
    });
  });
});

describe('federated subscriptions through the gateway', () => {
  const MESSAGE_RECEIVED = /* GraphQL */ `
    subscription { messageReceived { title category enterprise { name uscc } } }
  `;

  it('delivers a new message carrying fields from the profile subgraph, only to its recipient', async () => {
    const demoClient = wsClient(url, await login(url, demo.loginName, DEMO_PASSWORD));
    const ningboClient = wsClient(url, await login(url, ningbo.loginName, DEMO_PASSWORD));
    const demoEvents = collect(demoClient, MESSAGE_RECEIVED);
    const ningboEvents = collect(ningboClient, MESSAGE_RECEIVED);
    try {
      const first = await deliverTestMessages(url, demo.id, () => demoEvents.next(1_000));
      expect(first.errors).toBeUndefined();
      expect(first.data).toEqual({
        messageReceived: { title: expect.stringMatching(/^测试消息 \d+$/), category: 'SYSTEM', enterprise: { name: demo.name, uscc: demo.uscc } },
      });
      expect(ningboEvents.received()).toBe(0);
    } finally {
      demoEvents.dispose();
      ningboEvents.dispose();
      await Promise.all([demoClient.dispose(), ningboClient.dispose()]);
    }
  });

  it('refuses queries over WebSocket and points to HTTP', async () => {
    const client = wsClient(url);
    const events = collect(client, '{ announcements(first: 1) { totalCount } }');
    try {
      const result = await events.next();
      expect(result.errors?.[0]?.message).toMatch(/POST \/graphql/);
    } finally {
      events.dispose();
      await client.dispose();
    }
  });
});
