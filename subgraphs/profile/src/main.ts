import { serveSubgraph } from '@zjtx/subgraph-kit';
import { profile } from './module';

void serveSubgraph(profile);
