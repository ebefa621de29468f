import { serveSubgraph } from '@zjtx/subgraph-kit';
import { identity } from './module';

void serveSubgraph(identity);
