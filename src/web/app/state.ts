/** The view's state, kept in the URL's query string so a link reopens the same view. */
import type { GraphFilters } from "./api.js";

/** What the page shows: seeds, filters, selection, path. */
export interface ViewState {
  /** Entities whose one-hop neighbourhoods are drawn (search pick, then each expansion). */
  seeds: string[];
  /** Entity types to keep; empty means all. */
  entityTypes: string[];
  /** Relation types to keep; empty means all. */
  relationTypes: string[];
  since: string;
  until: string;
  minWeight: number;
  edgeKind: GraphFilters["edgeKind"];
  limit: number;
  /** What node colour says: the entity type, or the community found in the drawn graph. */
  colorBy: "type" | "community";
  /** Selected node or edge id, shown in the side panel. */
  selected: { kind: "node" | "edge"; id: string } | undefined;
  /** Path mode's two ends, when a path is shown. */
  path: [string, string] | undefined;
}

/** Nodes drawn unless the user asks for more: the strongest 40 stay readable. */
export const DEFAULT_LIMIT = 40;

/** How many nodes "Show more" adds. */
export const LIMIT_STEP = 40;

/** The API's cap on a subgraph's nodes (MAX_SUBGRAPH_NODES in src/graphql/limits.ts). */
export const MAX_LIMIT = 500;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(",").filter((item) => item.length > 0) : [];
}

/** Reads the state from a query string such as `?seeds=…&types=PERSON,COUNTRY`. */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const minWeight = Number(params.get("minWeight") ?? "0");
  const limit = Number(params.get("limit") ?? DEFAULT_LIMIT);
  const selected = params.get("node")
    ? { kind: "node" as const, id: params.get("node") as string }
    : params.get("edge")
      ? { kind: "edge" as const, id: params.get("edge") as string }
      : undefined;
  const path = list(params.get("path"));
  const since = params.get("since") ?? "";
  const until = params.get("until") ?? "";
  return {
    seeds: list(params.get("seeds")),
    entityTypes: list(params.get("types")),
    relationTypes: list(params.get("rels")),
    since: DATE.test(since) ? since : "",
    until: DATE.test(until) ? until : "",
    minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
    edgeKind: params.get("edges") === "cooccurrence" ? "COOCCURRENCE" : "RELATIONS",
    limit: Number.isInteger(limit) && limit > 0 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT,
    colorBy: params.get("color") === "community" ? "community" : "type",
    selected,
    path: path.length === 2 ? [path[0] as string, path[1] as string] : undefined,
  };
}

/** Writes the state as a query string, leaving defaults out so links stay short. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.seeds.length > 0) params.set("seeds", state.seeds.join(","));
  if (state.entityTypes.length > 0) params.set("types", state.entityTypes.join(","));
  if (state.relationTypes.length > 0) params.set("rels", state.relationTypes.join(","));
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.minWeight > 0) params.set("minWeight", String(state.minWeight));
  if (state.edgeKind === "COOCCURRENCE") params.set("edges", "cooccurrence");
  if (state.limit !== DEFAULT_LIMIT) params.set("limit", String(state.limit));
  if (state.colorBy === "community") params.set("color", "community");
  if (state.selected) params.set(state.selected.kind, state.selected.id);
  if (state.path) params.set("path", state.path.join(","));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filters the API takes, from the state. */
export function filtersOf(state: ViewState): GraphFilters {
  return {
    entityTypes: state.entityTypes.length > 0 ? state.entityTypes : undefined,
    relationTypes: state.relationTypes.length > 0 ? state.relationTypes : undefined,
    since: state.since || undefined,
    until: state.until || undefined,
    minWeight: state.minWeight > 0 ? state.minWeight : undefined,
    edgeKind: state.edgeKind,
  };
}
