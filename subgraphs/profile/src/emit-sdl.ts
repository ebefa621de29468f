import { writeSdl } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { profile } from './module';

void writeSdl(profile, join(__dirname, '..'));
