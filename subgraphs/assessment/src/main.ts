import { serveSubgraph } from '@zjtx/subgraph-kit';
import { assessment } from './module';

void serveSubgraph(assessment);
