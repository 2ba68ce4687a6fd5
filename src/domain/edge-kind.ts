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

/**
 * How a traversal ranks co-occurrence edges (mirrors the GraphQL `RankBy` enum): by how many
 * sentences name both entities, or by how much more often they share articles than their own
 * frequencies predict (see graph/association.ts). Relations always rank by evidence.
 */
export const RANK_BYS = ["COUNT", "ASSOCIATION"] as const;
export type RankBy = (typeof RANK_BYS)[number];
