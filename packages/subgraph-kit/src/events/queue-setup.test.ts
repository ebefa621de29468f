import { createTestDatabase, type TestDatabase } from '@zjtx/test-kit';
import PgBoss from 'pg-boss';
import { ensureQueues, scheduleQueue } from './queue-setup';
import { scheduled } from './scheduled';
import { EVENT_SUBSCRIBERS, queueName } from './subscriptions';

/**
 * All services start together on a new database and set up their queues at once. pg-boss's
 * queue creation deadlocks when two sessions run it concurrently (four at once failed three
 * times in four here), which once stopped a service from starting in CI.
 */
let db: TestDatabase;
const bosses: PgBoss[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
  await db?.drop();
});

it('sets up every queue when four services start at the same moment', async () => {
  const services = ['identity', 'profile', 'declarations', 'notifications'];
  bosses.push(...services.map(() => new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 2 })));
  for (const boss of bosses) await boss.start();
  const nothing = async () => undefined;
  const schedulesOf = (service: string) => [scheduled('nightly', '0 2 * * *', nothing), scheduled(`${service}-hourly`, '0 * * * *', nothing)];

  const results = await Promise.allSettled(services.map((service, i) => ensureQueues(bosses[i]!, db.url, service, schedulesOf(service))));
  expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(services.map(() => 'ok'));

  const expected = [
    ...Object.entries(EVENT_SUBSCRIBERS).flatMap(([topic, subscribers]) => subscribers.map((subscriber) => queueName(subscriber, topic as keyof typeof EVENT_SUBSCRIBERS))),
    ...services.flatMap((service) => schedulesOf(service).map((job) => scheduleQueue(service, job))),
  ];
  // pg-boss keeps queues of its own, named __pgboss__….
  const queues = (await bosses[0]!.getQueues()).map((queue) => queue.name).filter((name) => !name.startsWith('__pgboss__'));
  expect(queues.sort()).toEqual([...new Set(expected)].sort());
});
