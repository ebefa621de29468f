import { writeSdl } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { declarations } from './module';

void writeSdl(declarations, join(__dirname, '..'));
