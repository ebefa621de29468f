import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, readSubgraphSdls } from './compose';

describe('supergraph composition', () => {
  it('composes the five committed subgraph SDLs without errors', async () => {
    expect(() => composeSupergraph(sdls)).not.toThrow();
  });

  it('the committed supergraph.graphql is the composition of the committed SDLs (run `npm run codegen` after a schema change)', () => {
    expect(composeSupergraph(sdls)).toBe(readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8'));
  });

  it('fails with the composition errors when subgraphs disagree', () => {
    const broken = { ...sdls, assessment: sdls.assessment.replace('latestAssessment: Assessment', 'latestAssessment: Assessment\n  name: Int!') };
    expect(() => composeSupergraph(broken)).toThrow(/composition failed[\s\S]*name/);
  });

  let sdls: Awaited<ReturnType<typeof readSubgraphSdls>>;
  beforeAll(async () => {
    sdls = await readSubgraphSdls();
  });
});
