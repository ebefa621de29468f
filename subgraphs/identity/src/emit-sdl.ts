import { writeSdl } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { identity } from './module';

void writeSdl(identity, join(__dirname, '..'));
