import type { FieldPolicy, Reference } from '@apollo/client';

/** What list queries select of a connection: `nodes` (not edges), `pageInfo` and `totalCount`. */
interface StoredConnection {
  nodes?: readonly Reference[];
  [field: string]: unknown;
}

/**
 * 加载更多 for the API's connections: a page fetched with `after` is appended to what is cached
 * under the same key arguments, a first page replaces it. The API's cursors are offsets, so when
 * new items arrived at the top since the last page (messages do, live) the next page repeats a few
 * already shown: those are dropped by id rather than listed twice.
 */
export function connectionPagination(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      // A first page replaces the list; fields other queries selected on it (pageInfo) are kept.
      if (!existing || !args?.['after']) return { ...existing, ...incoming };
      const shown = new Set((existing.nodes ?? []).map((node) => readField<string>('id', node)));
      const added = (incoming.nodes ?? []).filter((node) => !shown.has(readField<string>('id', node)));
      return { ...incoming, nodes: [...(existing.nodes ?? []), ...added] };
    },
  };
}
