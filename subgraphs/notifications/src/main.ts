import { serveSubgraph } from '@zjtx/subgraph-kit';
import { notifications } from './module';

void serveSubgraph(notifications);
