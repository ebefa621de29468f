import { deliverMessage, MessageCategory, notifications } from '@zjtx/notifications';
import { createLogger, createOrm, createPubSub } from '@zjtx/subgraph-kit';

/**
 * Delivers messages to an enterprise as another notifications instance would (own ORM, own
 * pub/sub connection), until `received` resolves: the first deliveries may go out before
 * the gateway's upstream subscription is listening.
 */
export async function deliverTestMessages<T>(databaseUrl: string, enterpriseId: string, received: () => Promise<T>, attempts = 10): Promise<T> {
  const orm = await createOrm({ schema: 'notifications', databaseUrl, entities: notifications.entities, migrations: notifications.migrations, poolMax: 1 });
  const { pubSub, close } = await createPubSub({ channel: 'zjtx_notifications', databaseUrl, log: createLogger('test', 'silent') });
  try {
    for (let attempt = 1; ; attempt += 1) {
      await deliverMessage(orm.em.fork(), pubSub, { enterpriseId, category: MessageCategory.SYSTEM, title: `测试消息 ${attempt}`, body: '订阅测试' });
      try {
        return await received();
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  } finally {
    await close();
    await orm.close();
  }
}
