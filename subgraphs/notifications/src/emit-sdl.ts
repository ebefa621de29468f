import { writeSdl } from '@zjtx/subgraph-kit';
import { join } from 'node:path';
import { notifications } from './module';

void writeSdl(notifications, join(__dirname, '..'));
