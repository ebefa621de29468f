import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeSupergraph, readSubgraphSdls } from './compose';

/** `npm run codegen` in gateway/: recompose supergraph.graphql from the committed subgraph SDLs. */
async function main(): Promise<void> {
  const supergraph = composeSupergraph(await readSubgraphSdls());
  await writeFile(join(__dirname, '..', 'supergraph.graphql'), supergraph);
  process.stdout.write('gateway/supergraph.graphql written\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
