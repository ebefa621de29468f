import { writeSdl } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { assessment } from './module';

void writeSdl(assessment, join(__dirname, '..'));
