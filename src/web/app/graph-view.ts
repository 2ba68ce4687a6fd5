/** The Cytoscape.js view: draws subgraphs, lays them out with fcose, reports clicks. */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from "cytoscape";
import fcose from "cytoscape-fcose";
import type { GraphEdge, GraphNode } from "./api.js";
import { colorOf, edgeWidth, nodeSize } from "./colors.js";

cytoscape.use(fcose);

/** How `show` treats the nodes already drawn. */
export interface ShowOptions {
  /** Keep every node that stays exactly where it is (live updates); only new ones are placed. */
  keepPlaces?: boolean;
}

/** What the view tells the page. */
export interface GraphHandlers {
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onExpand(id: string): void;
  onClear(): void;
}

// Above this many elements the layout is not animated and label sizes are not measured.
const LARGE_GRAPH = 250;
const MAX_ZOOM = 4;
const FIT_MAX_ZOOM = 1.4;
/** The margin, in screen pixels, a fitted view keeps around the graph. */
const FIT_PADDING = 40;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 12,
      "font-family": "system-ui, sans-serif",
      color: "#1d232b",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "min-zoomed-font-size": 7,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.seed", style: { "border-width": 3, "border-color": "#1d232b" } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "#a3abb5",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 9,
      color: "#4a525c",
      "text-rotation": "autorotate",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "min-zoomed-font-size": 8,
      "text-events": "no",
      opacity: 0.85,
    },
  },
  {
    selector: "edge[?directed]",
    style: {
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#a3abb5",
      "arrow-scale": 0.8,
    },
  },
  { selector: "edge.cooccurrence", style: { "line-style": "dashed", "line-color": "#c3c9d0" } },
  // The legend in index.html draws the same three strokes: stated solid, inferred dashed,
  // knowledge dotted and lighter.
  { selector: 'edge[provenance = "INFERRED"]', style: { "line-style": "dashed" } },
  {
    selector: 'edge[provenance = "KNOWLEDGE"]',
    style: { "line-style": "dotted", "line-color": "#c3c9d0", opacity: 0.6 },
  },
  {
    selector: ":selected",
    style: { "overlay-color": "#2f6fde", "overlay-opacity": 0.25, "overlay-padding": 6 },
  },
  {
    selector: "edge:selected",
    style: { "line-color": "#2f6fde", "target-arrow-color": "#2f6fde" },
  },
  {
    selector: ".path",
    style: {
      "line-color": "#d62728",
      "target-arrow-color": "#d62728",
      "border-color": "#d62728",
      "border-width": 4,
      "z-index": 10,
      opacity: 1,
    },
  },
  { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0.3 } },
  // A label that would overlap a stronger node's is hidden until its node is selected.
  { selector: "node.label-hidden", style: { "text-opacity": 0 } },
  { selector: "node.label-hidden:selected", style: { "text-opacity": 1, "z-index": 20 } },
];

/** An axis-aligned box in model coordinates. */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The drawn graph and how to change it. */
export class GraphView {
  readonly cy: Core;
  /** How long the last layout took, in milliseconds (the 500-node test reads it). */
  lastLayoutMs = 0;
  private nodeData = new Map<string, GraphNode>();
  private edgeData = new Map<string, GraphEdge>();

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: MAX_ZOOM,
      selectionType: "single",
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (event) => handlers.onSelectNode(event.target.id()));
    this.cy.on("tap", "edge", (event) => handlers.onSelectEdge(event.target.id()));
    this.cy.on("dbltap", "node", (event) => handlers.onExpand(event.target.id()));
    this.cy.on("dragfree", "node", () => this.declutterLabels());
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) handlers.onClear();
    });
  }

  /** The API's record of a drawn node or edge. */
  node(id: string): GraphNode | undefined {
    return this.nodeData.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edgeData.get(id);
  }

  /** Every drawn node and edge, as the API returned them (the JSON export). */
  snapshot(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    return {
      nodes: this.cy.nodes().map((node) => this.nodeData.get(node.id()) as GraphNode),
      edges: this.cy.edges().map((edge) => this.edgeData.get(edge.id()) as GraphEdge),
    };
  }

  /**
   * Replaces the drawing with these elements: nodes that stay keep their place, new ones start
   * next to a neighbour already drawn, and fcose settles the rest.
   */
  async show(
    nodes: GraphNode[],
    edges: GraphEdge[],
    seeds: string[],
    options: ShowOptions = {},
  ): Promise<void> {
    const cy = this.cy;
    const wanted = new Set(nodes.map((node) => node.id));
    const nodeIds = new Set(wanted);
    const keptEdges = edges.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
    const edgeIds = new Set(keptEdges.map((edge) => edge.id));
    const hadNodes = cy.nodes().length > 0;
    const kept = new Set(
      cy
        .nodes()
        .filter((node) => wanted.has(node.id()))
        .map((node) => node.id()),
    );

    cy.batch(() => {
      cy.elements().removeClass("path faded");
      cy.edges()
        .filter((edge) => !edgeIds.has(edge.id()))
        .remove();
      cy.nodes()
        .filter((node) => !wanted.has(node.id()))
        .remove();
      const added: ElementDefinition[] = [];
      for (const node of nodes) {
        this.nodeData.set(node.id, node);
        const data = {
          id: node.id,
          label: node.label,
          type: node.type,
          color: colorOf(node.type),
          size: nodeSize(node.mentionCount),
        };
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(data);
        else added.push({ group: "nodes", data, position: this.startPosition(node.id, keptEdges) });
      }
      for (const edge of keptEdges) {
        this.edgeData.set(edge.id, edge);
        const data = {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          // Typed edges read as their relation type; co-occurrence as how often (width says it too).
          label: edge.relation ? edge.type : edge.weight > 1 ? `×${edge.weight}` : "",
          width: edgeWidth(edge.weight),
          directed: edge.directed,
          provenance: edge.provenance ?? "",
        };
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data(data);
        else added.push({ group: "edges", data, classes: edge.relation ? "" : "cooccurrence" });
      }
      cy.add(added);
      cy.nodes().removeClass("seed");
      for (const seed of seeds) cy.getElementById(seed).addClass("seed");
    });
    for (const id of [...this.nodeData.keys()]) if (!wanted.has(id)) this.nodeData.delete(id);
    for (const id of [...this.edgeData.keys()]) if (!edgeIds.has(id)) this.edgeData.delete(id);
    // Live redraws pin what was drawn before: only the newcomers find their places.
    const pinned = options.keepPlaces
      ? cy
          .nodes()
          .toArray()
          .filter((node) => kept.has(node.id()))
          .map((node) => ({
            nodeId: node.id(),
            position: { ...(node as NodeSingular).position() },
          }))
      : [];
    await this.layout(!hadNodes, pinned);
  }

  private startPosition(id: string, edges: GraphEdge[]): cytoscape.Position | undefined {
    for (const edge of edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
      const drawn = other ? this.cy.getElementById(other) : undefined;
      if (drawn?.nonempty()) {
        const at = drawn.position();
        return { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 };
      }
    }
    return undefined;
  }

  private layout(
    fresh: boolean,
    pinned: { nodeId: string; position: cytoscape.Position }[] = [],
  ): Promise<void> {
    const cy = this.cy;
    const large = cy.elements().length > LARGE_GRAPH;
    // Large views are not animated: a 500-node fcose run is cheap, 30 frames of it are not.
    const started = performance.now();
    const animate = !large && !fresh;
    const options = {
      name: "fcose",
      quality: "default",
      randomize: fresh,
      animate,
      animationDuration: 400,
      fit: true,
      padding: FIT_PADDING,
      // With labels counted fcose pins a node's label box, not the node: it would move by half a
      // label's height.
      nodeDimensionsIncludeLabels: !large && pinned.length === 0,
      // Seeds are hubs sharing many neighbours; without extra push two of them settle on top of
      // each other (Putin and Xi in the seed article's co-occurrence view).
      idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
        edge.source().hasClass("seed") && edge.target().hasClass("seed") ? 220 : 110,
      nodeRepulsion: (node: cytoscape.NodeSingular) => (node.hasClass("seed") ? 30000 : 9000),
      nodeSeparation: 90,
      // Fewer iterations on large views: 500 nodes settle well enough and stay under a second or two.
      numIter: large ? 1000 : 2500,
      packComponents: pinned.length === 0,
      ...(pinned.length > 0 ? { fixedNodeConstraint: pinned } : {}),
    } as LayoutOptions;
    // Fitting a handful of nodes would blow them up to poster size: cap the zoom while fitting.
    cy.maxZoom(FIT_MAX_ZOOM);
    return new Promise((resolve) => {
      const layout = cy.layout(options);
      layout.one("layoutstop", () => {
        this.lastLayoutMs = performance.now() - started;
        // fcose's constraint solver returns pinned nodes up to rounding: put them back exactly.
        cy.batch(() => {
          for (const { nodeId, position } of pinned) cy.getElementById(nodeId).position(position);
        });
        // fcose's own fit can run before its last positions land on large, unanimated runs.
        if (!animate) cy.fit(undefined, FIT_PADDING);
        cy.maxZoom(MAX_ZOOM);
        this.declutterLabels();
        resolve();
      });
      layout.run();
    });
  }

  /**
   * Hides node labels that would overlap: seeds first, then bigger (more mentioned) nodes keep
   * theirs. Labels have a fixed size in model coordinates, so the result holds at every zoom;
   * it is redone after each layout and each drag.
   */
  declutterLabels(): void {
    const cy = this.cy;
    const ranked = cy
      .nodes()
      .toArray()
      .sort(
        (a, b) =>
          Number(b.hasClass("seed")) - Number(a.hasClass("seed")) ||
          b.data("size") - a.data("size") ||
          (a.id() < b.id() ? -1 : 1),
      );
    const shown: Box[] = [];
    const hidden = new Set<string>();
    for (const node of ranked) {
      if (!node.data("label")) continue;
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      if (shown.some((other) => overlaps(other, box))) hidden.add(node.id());
      else shown.push(box);
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (hidden.has(node.id())) node.addClass("label-hidden");
        else node.removeClass("label-hidden");
      });
    });
  }

  /** Highlights a path's nodes and edges and fades the rest. */
  highlightPath(nodeIds: string[], edgeIds: string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().addClass("faded").removeClass("path");
      for (const id of [...nodeIds, ...edgeIds])
        cy.getElementById(id).removeClass("faded").addClass("path");
    });
  }

  /**
   * Moves the view out from under a panel floating over the canvas (the map inset, top right)
   * when a node lies beneath it: the graph is fitted into the larger free strip, left of the panel
   * or below it. A view with nothing under the panel is left as the layout fitted it.
   */
  keepClearOf(panel: HTMLElement): void {
    const cy = this.cy;
    const container = cy.container();
    if (panel.hidden || !container || cy.nodes().empty()) return;
    const canvas = container.getBoundingClientRect();
    const floating = panel.getBoundingClientRect();
    const cover: Box = {
      x1: floating.left - canvas.left,
      y1: floating.top - canvas.top,
      x2: floating.right - canvas.left,
      y2: floating.bottom - canvas.top,
    };
    const underneath = cy
      .nodes()
      .toArray()
      .some((node) => overlaps(node.renderedBoundingBox({ includeLabels: false }), cover));
    if (!underneath) return;
    const drawn = cy.elements().boundingBox();
    const strips: Box[] = [
      { x1: 0, y1: 0, x2: cover.x1, y2: canvas.height },
      { x1: 0, y1: cover.y2, x2: canvas.width, y2: canvas.height },
    ];
    let best: { zoom: number; strip: Box } | undefined;
    for (const strip of strips) {
      const width = strip.x2 - strip.x1 - 2 * FIT_PADDING;
      const height = strip.y2 - strip.y1 - 2 * FIT_PADDING;
      if (width <= 0 || height <= 0) continue;
      const zoom = Math.min(
        width / Math.max(drawn.w, 1),
        height / Math.max(drawn.h, 1),
        FIT_MAX_ZOOM,
      );
      if (!best || zoom > best.zoom) best = { zoom, strip };
    }
    if (!best) return;
    const { zoom, strip } = best;
    cy.viewport({
      zoom,
      pan: {
        x: (strip.x1 + strip.x2) / 2 - (zoom * (drawn.x1 + drawn.x2)) / 2,
        y: (strip.y1 + strip.y2) / 2 - (zoom * (drawn.y1 + drawn.y2)) / 2,
      },
    });
  }

  /** Marks one element as selected (or none). */
  select(id: string | undefined): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** Centres the view on a node without changing the zoom much. */
  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) this.cy.animate({ center: { eles: node }, duration: 250 });
  }

  /** The whole graph as a PNG. */
  png(): Blob {
    return this.cy.png({
      output: "blob",
      full: true,
      scale: 2,
      bg: "#ffffff",
      maxWidth: 6000,
      maxHeight: 6000,
    });
  }
}
