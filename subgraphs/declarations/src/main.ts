import { serveSubgraph } from '@zjtx/subgraph-kit';
import { declarations } from './module';

void serveSubgraph(declarations);
