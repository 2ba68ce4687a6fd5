/** Draws the view: fetches the state's subgraph and path, filters it, reports what is shown. */
import {
  ApiError,
  fetchShortestPath,
  fetchSubgraph,
  type GraphEdge,
  type GraphNode,
} from "./api.js";
import { graph } from "./canvas.js";
import { applyColors } from "./community-view.js";
import { byId, h } from "./dom.js";
import { resetFilters } from "./filters.js";
import { renderMap } from "./map-view.js";
import { hideOverlay, reportError, showEmptyGraph, showOverlay, showStart } from "./overlays.js";
import { applySelection, renderDefaultPanel } from "./selection.js";
import { markReady, session, statusbar, writeUrl } from "./session.js";
import { DEFAULT_LIMIT, filtersOf, formatState, LIMIT_STEP, MAX_LIMIT } from "./state.js";
import { renderTimeline } from "./timeline.js";

/** Counts views started, so a slow answer for an older state is dropped. */
let generation = 0;

function keep(node: GraphNode): boolean {
  return (
    session.state.entityTypes.length === 0 ||
    session.state.entityTypes.includes(node.type) ||
    session.state.seeds.includes(node.id)
  );
}

/**
 * Fetches the view's subgraph (and path) for the current state and draws it; `keepPlaces`
 * leaves the nodes already drawn where they are (a live update, not a new view).
 */
export async function refresh(options: { keepPlaces?: boolean } = {}): Promise<void> {
  const mine = ++generation;
  markReady(false);
  if (!session.boot) return;
  if (session.boot.entityCount === 0) {
    showEmptyGraph();
    return;
  }
  if (session.state.seeds.length === 0 && !session.state.path) {
    await graph.show([], [], []);
    renderDefaultPanel();
    statusbar.textContent = "";
    await showStart();
    markReady(true);
    return;
  }
  statusbar.textContent = "Loading…";
  const filters = filtersOf(session.state);
  let nodes: GraphNode[] = [];
  let edges: GraphEdge[] = [];
  let truncated = false;
  let pathIds: { nodes: string[]; edges: string[] } | undefined;
  try {
    if (session.state.seeds.length > 0) {
      const subgraph = await fetchSubgraph(session.state.seeds, filters, session.state.limit);
      nodes = subgraph.nodes;
      edges = subgraph.edges;
      truncated = subgraph.truncated;
    }
    if (session.state.path) {
      const path = await fetchShortestPath(session.state.path[0], session.state.path[1], filters);
      byId("path-status").textContent = path
        ? `${path.edges.length} step${path.edges.length === 1 ? "" : "s"}`
        : "No path within 6 steps with these filters.";
      if (path) {
        pathIds = {
          nodes: path.nodes.map((node) => node.id),
          edges: path.edges.map((edge) => edge.id),
        };
        const seen = new Set(nodes.map((node) => node.id));
        nodes = [...nodes, ...path.nodes.filter((node) => !seen.has(node.id))];
        const seenEdges = new Set(edges.map((edge) => edge.id));
        edges = [...edges, ...path.edges.filter((edge) => !seenEdges.has(edge.id))];
      }
    }
  } catch (error) {
    if (mine !== generation) return;
    statusbar.textContent = "";
    markReady(true);
    // A link older than the data, or a hand-edited one: the seed id is unknown or malformed.
    if (
      error instanceof ApiError &&
      (error.code === "ENTITY_NOT_FOUND" || error.code === "BAD_USER_INPUT")
    ) {
      showOverlay(
        "error",
        h("h2", {}, "That entity is not in the graph"),
        h("p", {}, "The link may be older than the data. Search for another entity above."),
      );
      return;
    }
    reportError(error);
    return;
  }
  if (mine !== generation) return;
  const pathNodes = new Set(pathIds?.nodes ?? []);
  nodes = nodes.filter((node) => keep(node) || pathNodes.has(node.id));
  hideOverlay();
  const filtered =
    formatState({
      ...session.state,
      seeds: [],
      selected: undefined,
      path: undefined,
      limit: DEFAULT_LIMIT,
    }) !== "";
  if (nodes.length === 0 && !filtered) {
    showOverlay(
      "info",
      h("h2", {}, "That entity is not in the graph"),
      h("p", {}, "The link may be older than the data. Search for another entity above."),
    );
  } else if (nodes.length === 0) {
    showOverlay(
      "info",
      h("h2", {}, "Nothing matches these filters"),
      h("button", { type: "button", onclick: () => resetFilters() }, "Reset filters"),
    );
  }
  await graph.show(nodes, edges, session.state.seeds, options);
  if (mine !== generation) return;
  applyColors();
  renderMap();
  // Awaited before the view is marked ready: the strip moves the canvas when it appears.
  const timeline = renderTimeline();
  if (pathIds) graph.highlightPath(pathIds.nodes, pathIds.edges);
  const drawnNodes = graph.cy.nodes().length;
  const drawnEdges = graph.cy.edges().length;
  statusbar.textContent =
    `${drawnNodes} node${drawnNodes === 1 ? "" : "s"} · ${drawnEdges} edge${drawnEdges === 1 ? "" : "s"}` +
    (truncated ? ` · the strongest ${session.state.limit} shown` : "") +
    (drawnNodes > 0 && drawnEdges === 0 ? " · no neighbours match these filters" : "") +
    (session.state.edgeKind === "RELATIONS" && drawnEdges < 3
      ? " · few typed relations here: try “Co-occurrence”"
      : "");
  if (truncated && session.state.limit < MAX_LIMIT) statusbar.append(" ", showMoreButton());
  updateTypeCounts();
  await Promise.all([applySelection(), timeline]);
  // After the timeline strip has resized the canvas: the map inset floats over its top right.
  graph.keepClearOf(byId("map"));
  markReady(true);
}

/** "Show more": the next LIMIT_STEP strongest nodes, up to the API's cap. */
function showMoreButton(): HTMLElement {
  const next = Math.min(session.state.limit + LIMIT_STEP, MAX_LIMIT);
  return h(
    "button",
    {
      type: "button",
      id: "show-more",
      class: "linklike",
      onclick: () => {
        session.state.limit = next;
        byId<HTMLInputElement>("limit").value = String(next);
        writeUrl("replace");
        void refresh();
      },
    },
    `Show ${next - session.state.limit} more`,
  );
}

function updateTypeCounts(): void {
  const counts = new Map<string, number>();
  graph.cy.nodes().forEach((node) => {
    counts.set(node.data("type"), (counts.get(node.data("type")) ?? 0) + 1);
  });
  document.querySelectorAll<HTMLElement>("[data-type-count]").forEach((cell) => {
    const count = counts.get(cell.dataset.typeCount ?? "");
    cell.textContent = count ? String(count) : "";
  });
}
