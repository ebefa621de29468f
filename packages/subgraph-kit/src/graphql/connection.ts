import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ApiError, ErrorCode } from '../errors';
import { PageInfo } from './page-info';

export interface ConnectionShape<TNode> {
  edges: { cursor: string; node: TNode }[];
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the Relay connection and edge types for one node type, e.g.
 * `class AnnouncementConnection extends Connection(Announcement, 'Announcement') {}`.
 */
export function Connection<TNode extends object>(NodeClass: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => NodeClass)
    node!: TNode;
  }

  @ObjectType()
  abstract class ConnectionBase implements ConnectionShape<TNode> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [NodeClass], { description: 'The items of this page, without cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionBase;
}

export const MAX_PAGE_SIZE = 100;

/** Offset cursors are opaque to callers; they only pass back what they received. */
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new ApiError(ErrorCode.BAD_USER_INPUT, 'The `after` cursor is not one this API issued.');
  return Number(match[1]);
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** Turns `first/after` into `limit/offset`, refusing sizes outside 0..MAX_PAGE_SIZE. */
export function pageWindow({ first, after }: PageRequest, defaultSize = 20): { limit: number; offset: number } {
  const limit = first ?? defaultSize;
  if (limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new ApiError(ErrorCode.BAD_USER_INPUT, `\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return { limit, offset: after ? decodeCursor(after) + 1 : 0 };
}

/** Shapes one fetched page into a connection. */
export function toConnection<TNode>(items: TNode[], totalCount: number, window: { offset: number }): ConnectionShape<TNode> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: window.offset + items.length < totalCount,
    hasPreviousPage: window.offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return { edges, nodes: items, pageInfo, totalCount };
}
