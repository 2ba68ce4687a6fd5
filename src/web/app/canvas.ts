/** The page's one graph view, wired to selection and expansion. */
import { byId } from "./dom.js";
import { GraphView } from "./graph-view.js";
import { expand } from "./navigation.js";
import { select } from "./selection.js";

/** The Cytoscape view every part of the page draws into and reads from. */
export const graph = new GraphView(byId("cy"), {
  onSelectNode: (id) => select({ kind: "node", id }),
  onSelectEdge: (id) => select({ kind: "edge", id }),
  onExpand: (id) => expand(id),
  onClear: () => select(undefined),
});
