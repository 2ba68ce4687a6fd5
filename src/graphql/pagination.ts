/** Keyset pagination shared by every connection: opaque cursors over row ids. */
import { userError } from "./errors.js";

/** The largest page any connection returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Forward pagination arguments as the schema declares them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A validated page: how many rows to show and which id to start after. */
export interface Page {
  first: number;
  afterId?: number;
}

const CURSOR_PREFIX = "cursor:";

/** Encodes a row id as an opaque cursor. */
export function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString("base64url");
}

/** Checks `first` (1..100) and decodes `after`; bad values are BAD_USER_INPUT errors. */
export function parsePage(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userError(
      "BAD_USER_INPUT",
      `first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`,
      {
        argument: "first",
      },
    );
  }
  if (args.after == null) return { first };
  const decoded = Buffer.from(args.after, "base64url").toString();
  const id = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(id) || id < 0) {
    throw userError("BAD_USER_INPUT", "after is not a cursor this API returned", {
      argument: "after",
    });
  }
  return { first, afterId: id };
}

/** A connection page built from up to `first + 1` rows (the extra row says there is a next page). */
export interface ConnectionPage<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => number | Promise<number>;
}

/** An edge whose cursor is encoded only when a client asks for it (most ask for nodes only). */
class Edge<T extends { id: number }> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor(this.node.id);
  }
}

/** Builds a connection from rows fetched with limit `first + 1`. */
export function buildConnection<T extends { id: number }>(
  rows: T[],
  page: Page,
  totalCount: () => number | Promise<number>,
): ConnectionPage<T> {
  const shown = rows.slice(0, page.first);
  const edges = shown.map((node) => new Edge(node));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
