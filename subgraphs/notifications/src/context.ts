import type { SubgraphContext } from '@zjtx/subgraph-kit';
import type { MessageLoaders } from './message/message.loaders';

export type NotificationsContext = SubgraphContext<MessageLoaders>;
