import { groupedLoader, keyedLoader } from './loaders';

describe('batched loaders', () => {
  it('fetch all keys of a tick in one call and answer each key in order, null when missing', async () => {
    const calls: (readonly string[])[] = [];
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        calls.push(keys);
        return keys.filter((k) => k !== 'missing').reverse().map((id) => ({ id }));
      },
      (row) => row.id,
    );
    const results = await Promise.all(['x', 'missing', 'y'].map((k) => loader.load(k)));
    expect(calls).toEqual([['x', 'missing', 'y']]);
    expect(results).toEqual([{ id: 'x' }, null, { id: 'y' }]);
  });

  it('group rows by key for one-to-many fields', async () => {
    const loader = groupedLoader(
      async () => [
        { owner: 'a', n: 1 },
        { owner: 'b', n: 2 },
        { owner: 'a', n: 3 },
      ],
      (row) => row.owner,
    );
    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('c')])).toEqual([
      [{ owner: 'a', n: 1 }, { owner: 'a', n: 3 }],
      [{ owner: 'b', n: 2 }],
      [],
    ]);
  });
});
