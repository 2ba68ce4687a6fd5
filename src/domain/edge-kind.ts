/** The two kinds of graph edge: typed relations and sentence co-occurrence. */

/** Which edges a traversal or export follows (mirrors the GraphQL `EdgeKind` enum). */
export const EDGE_KINDS = ["RELATIONS", "COOCCURRENCE"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The edge type name co-occurrence edges carry. */
export const COOCCURRENCE_TYPE = "CO_OCCURS";

const EDGE_KIND_BY_OPTION: Readonly<Record<string, EdgeKind>> = {
  relations: "RELATIONS",
  cooccurrence: "COOCCURRENCE",
};

/** Reads the lower-case option the CLI and HTTP exports take ("relations", "cooccurrence"). */
export function parseEdgeKindOption(option: string): EdgeKind | undefined {
  return Object.hasOwn(EDGE_KIND_BY_OPTION, option) ? EDGE_KIND_BY_OPTION[option] : undefined;
}
