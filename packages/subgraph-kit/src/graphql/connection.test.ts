import { GraphQLError } from 'graphql';
import { pageWindow, toConnection } from './connection';

describe('Relay pagination', () => {
  it('walks a list page by page with opaque cursors', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const first = pageWindow({ first: 2 });
    const page1 = toConnection(all.slice(first.offset, first.offset + first.limit), all.length, first);
    expect(page1.nodes).toEqual(['a', 'b']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = pageWindow({ first: 2, after: page1.pageInfo.endCursor });
    expect(second).toEqual({ limit: 2, offset: 2 });
    const page3Window = pageWindow({ first: 2, after: toConnection(['c', 'd'], 5, second).pageInfo.endCursor });
    const page3 = toConnection(all.slice(page3Window.offset, page3Window.offset + 2), all.length, page3Window);
    expect(page3.nodes).toEqual(['e']);
    expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses page sizes above the maximum and cursors it did not issue', () => {
    expect(() => pageWindow({ first: 101 })).toThrow(GraphQLError);
    expect(() => pageWindow({ first: -1 })).toThrow(/between 0 and 100/);
    expect(() => pageWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(/cursor/);
  });

  it('an empty list has no cursors', () => {
    expect(toConnection([], 0, { offset: 0 }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
