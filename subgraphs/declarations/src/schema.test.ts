import { printSdl } from '@zjtx/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarations } from './module';

it('the committed schema.graphql is what the code emits (run `npm run codegen` after changing the schema)', async () => {
  expect(await printSdl(declarations)).toBe(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
});
