import { composeServices } from '@apollo/composition';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'graphql';
import { SUBGRAPHS, type SubgraphName } from './config';

const repoRoot = join(__dirname, '..', '..');

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`supergraph composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The committed SDL of each subgraph (subgraphs/<name>/schema.graphql). */
export async function readSubgraphSdls(): Promise<Record<SubgraphName, string>> {
  const entries = await Promise.all(
    (Object.keys(SUBGRAPHS) as SubgraphName[]).map(async (name) => [name, await readFile(join(repoRoot, 'subgraphs', name, 'schema.graphql'), 'utf8')] as const),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, string>;
}

/**
 * Composes the supergraph at build time with @apollo/composition (no downloaded binary).
 * The routing URLs are the local defaults; deployments override them per subgraph.
 */
export function composeSupergraph(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    (Object.keys(sdls) as SubgraphName[]).map((name) => ({
      name,
      url: `http://127.0.0.1:${SUBGRAPHS[name]}/graphql`,
      typeDefs: parse(sdls[name]),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return `${result.supergraphSdl.trim()}\n`;
}
