import { scheduled } from '@zjtx/subgraph-kit';
import { deliverToChannels } from './deliver';
import { configuredSenders } from './senders';

/** Every minute (pg-boss's finest cron), the SMS and e-mail copies of the messages since. */
export const channelDeliveries = scheduled('channel-deliveries', '* * * * *', async ({ em, log }) => {
  const sent = await deliverToChannels(em, configuredSenders());
  if (sent > 0) log.info({ sent }, 'message copies sent by SMS and e-mail');
});
