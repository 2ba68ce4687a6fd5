/** Fan-out caps: a hub contributes only its strongest edges to a traversal. */
import { type AnchoredEdge, compareAnchoredEdges } from "./edges.js";

/** Edges followed per node beyond the first hop: a hub contributes only its strongest edges. */
export const HUB_FANOUT = 50;

/**
 * Groups edges by anchor and keeps each anchor's `perNode` strongest, strongest first; every
 * anchor gets a list, empty when it has no edges. Sources fetch each side (subject, object) capped
 * separately, so the overall cap is applied here.
 */
export function capEdgesPerAnchor(
  anchors: readonly number[],
  edges: readonly AnchoredEdge[],
  perNode: number,
): Map<number, AnchoredEdge[]> {
  const result = new Map<number, AnchoredEdge[]>(anchors.map((id) => [id, []]));
  for (const edge of edges) result.get(edge.anchor)?.push(edge);
  for (const [anchor, list] of result) {
    list.sort(compareAnchoredEdges);
    result.set(anchor, list.slice(0, perNode));
  }
  return result;
}
