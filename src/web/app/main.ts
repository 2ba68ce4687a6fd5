/** The explorer page: search, draw the neighbourhood, filter, inspect, find paths, export. */
import "./styles.css";
import {
  ApiError,
  type Boot,
  type EntityNames,
  fetchArticleText,
  fetchBoot,
  fetchEntity,
  fetchPair,
  fetchRelation,
  fetchShortestPath,
  fetchSubgraph,
  type GraphEdge,
  type GraphNode,
  gql,
  saveApiKey,
  UnreachableError,
} from "./api.js";
import { colorOf } from "./colors.js";
import { byId, h } from "./dom.js";
import { GraphView } from "./graph-view.js";
import { cutSentence } from "./highlight.js";
import {
  type EvidenceItem,
  type PanelActions,
  renderEdge,
  renderEntity,
  renderNote,
} from "./panel.js";
import { Autocomplete } from "./search.js";
import {
  DEFAULT_LIMIT,
  filtersOf,
  formatState,
  MAX_LIMIT,
  parseState,
  type ViewState,
} from "./state.js";

let state: ViewState = parseState(location.search);
let boot: Boot | undefined;
let generation = 0;

const overlay = byId("overlay");
const statusbar = byId("statusbar");
const panel = byId("panel");
const canvas = byId("cy").parentElement as HTMLElement;

const graph = new GraphView(byId("cy"), {
  onSelectNode: (id) => select({ kind: "node", id }),
  onSelectEdge: (id) => select({ kind: "edge", id }),
  onExpand: (id) => expand(id),
  onClear: () => select(undefined),
});

// The browser tests (and curious users in the console) reach the view through this handle;
// `renders` counts finished views so a test can wait for the one its action caused.
const handle = { graph, cy: graph.cy, state: () => state, ready: false, renders: 0 };
(window as unknown as { kgExplorer: typeof handle }).kgExplorer = handle;

function markReady(ready: boolean): void {
  handle.ready = ready;
  if (ready) handle.renders += 1;
  document.body.dataset.ready = String(ready);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// ---- URL state ----------------------------------------------------------------------------

function writeUrl(mode: "push" | "replace"): void {
  const url = `${location.pathname}${formatState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

window.addEventListener("popstate", () => {
  state = parseState(location.search);
  syncControls();
  void refresh();
});

// ---- overlays and banners -------------------------------------------------------------------

function showOverlay(kind: "info" | "error", ...children: (Node | string)[]): void {
  overlay.className = `overlay ${kind}`;
  overlay.replaceChildren(...children);
  overlay.hidden = false;
}

function hideOverlay(): void {
  overlay.hidden = true;
  overlay.replaceChildren();
}

let bannerTimer: ReturnType<typeof setTimeout> | undefined;
function showBanner(text: string): void {
  canvas.querySelector(".banner")?.remove();
  const banner = h("div", { class: "banner", role: "alert" }, text);
  canvas.append(banner);
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => banner.remove(), 8000);
}

function showUnreachable(): void {
  markReady(true);
  showOverlay(
    "error",
    h("h2", {}, "Can’t reach the server"),
    h(
      "p",
      {},
      `The explorer could not reach the knowledge-graph service at ${location.origin}. Is `,
      h("code", {}, "kg serve"),
      " (or ",
      h("code", {}, "npm start"),
      ") running?",
    ),
    h("button", { type: "button", onclick: () => void start() }, "Try again"),
  );
}

function showKeyPrompt(): void {
  markReady(true);
  const input = h("input", { type: "password", placeholder: "API key", "aria-label": "API key" });
  showOverlay(
    "error",
    h("h2", {}, "An API key is required"),
    h(
      "p",
      {},
      "This server only answers readers with a key (KG_API_KEYS). It stays in this tab only.",
    ),
    h(
      "form",
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          saveApiKey(input.value.trim());
          void start();
        },
      },
      input,
      " ",
      h("button", { type: "submit" }, "Use key"),
    ),
  );
}

/** Shows a failure in the right place: unreachable and auth take the canvas, the rest a banner. */
function reportError(error: unknown): void {
  console.error(error);
  if (error instanceof UnreachableError) showUnreachable();
  else if (error instanceof ApiError && error.code === "UNAUTHENTICATED") showKeyPrompt();
  else showBanner(error instanceof Error ? error.message : String(error));
}

async function showStart(): Promise<void> {
  const chips = h("div", { class: "chips" });
  showOverlay(
    "info",
    h("h2", {}, "Search for an entity to start"),
    h(
      "p",
      { class: "muted" },
      `${plural(boot?.entityCount ?? 0, "entity", "entities")} and ${plural(boot?.relationCount ?? 0, "relation")} from ${plural(boot?.articleCount ?? 0, "article")}. Type a name above, or pick one:`,
    ),
    chips,
  );
  try {
    const data = await gql<{
      entities: {
        edges: { node: { id: string; name: string; type: string; mentionCount: number } }[];
      };
    }>(
      "query ExplorerTop { entities(first: 100) { edges { node { id name type mentionCount } } } }",
    );
    const top = data.entities.edges
      .map((edge) => edge.node)
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, 10);
    chips.replaceChildren(
      ...top.map((entity) =>
        h(
          "button",
          { type: "button", onclick: () => openEntity(entity.id, entity.name) },
          h("span", { class: "dot", style: `background:${colorOf(entity.type)}` }),
          ` ${entity.name}`,
        ),
      ),
    );
  } catch {
    // The chips are a convenience; the search box still works.
  }
}

// ---- filters --------------------------------------------------------------------------------

const form = byId<HTMLFormElement>("filters");
const relationSelect = byId<HTMLSelectElement>("relation-types");

function renderFilterControls(): void {
  const types = byId("entity-types");
  for (const label of types.querySelectorAll("label")) label.remove();
  for (const type of boot?.entityTypes ?? []) {
    types.append(
      h(
        "label",
        { class: "type-row" },
        h("input", { type: "checkbox", name: "entityType", value: type }),
        h("span", { class: "dot", style: `background:${colorOf(type)}` }),
        type.toLowerCase(),
        h("span", { class: "count", "data-type-count": type }),
      ),
    );
  }
  relationSelect.replaceChildren(
    ...(boot?.relationTypes ?? []).map((type) => h("option", { value: type }, type)),
  );
  syncControls();
}

/** Puts the state into the form (first load, back/forward). */
function syncControls(): void {
  const allTypes = state.entityTypes.length === 0;
  form.querySelectorAll<HTMLInputElement>("input[name=entityType]").forEach((box) => {
    box.checked = allTypes || state.entityTypes.includes(box.value);
  });
  for (const option of relationSelect.options)
    option.selected = state.relationTypes.includes(option.value);
  form.querySelectorAll<HTMLInputElement>("input[name=edgeKind]").forEach((radio) => {
    radio.checked = radio.value === state.edgeKind;
  });
  byId<HTMLInputElement>("since").value = state.since;
  byId<HTMLInputElement>("until").value = state.until;
  byId<HTMLInputElement>("min-weight").value = String(state.minWeight);
  byId<HTMLInputElement>("limit").value = String(state.limit);
  setPathMode(state.path !== undefined || pathMode);
}

/** Reads the form into the state. */
function readControls(): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>("input[name=entityType]")];
  const checked = boxes.filter((box) => box.checked).map((box) => box.value);
  state.entityTypes = checked.length === boxes.length ? [] : checked;
  state.relationTypes = [...relationSelect.selectedOptions].map((option) => option.value);
  state.edgeKind =
    form.querySelector<HTMLInputElement>("input[name=edgeKind]:checked")?.value === "COOCCURRENCE"
      ? "COOCCURRENCE"
      : "RELATIONS";
  state.since = byId<HTMLInputElement>("since").value;
  state.until = byId<HTMLInputElement>("until").value;
  const minWeight = Number(byId<HTMLInputElement>("min-weight").value);
  state.minWeight = Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0;
  const limit = Number(byId<HTMLInputElement>("limit").value);
  state.limit = Number.isInteger(limit) && limit > 0 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
}

/** Applies the form to the view, unless nothing changed (typing, then blurring, fires both). */
function applyControls(): void {
  const before = formatState(state);
  readControls();
  if (formatState(state) === before) return;
  // A selected edge may not survive the new filters; the panel would describe a ghost.
  if (state.selected?.kind === "edge") state.selected = undefined;
  writeUrl("replace");
  void refresh();
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener("change", () => {
  clearTimeout(typingTimer);
  applyControls();
});
// Number fields only fire "change" on blur; follow typing after a short pause.
form.addEventListener("input", (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.type !== "number") return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(applyControls, 400);
});
form.addEventListener("submit", (event) => event.preventDefault());
byId("relation-types-clear").addEventListener("click", () => {
  for (const option of relationSelect.options) option.selected = false;
  form.dispatchEvent(new Event("change"));
});

// ---- drawing --------------------------------------------------------------------------------

function keep(node: GraphNode): boolean {
  return (
    state.entityTypes.length === 0 ||
    state.entityTypes.includes(node.type) ||
    state.seeds.includes(node.id)
  );
}

/** Fetches the view's subgraph (and path) for the current state and draws it. */
async function refresh(): Promise<void> {
  const mine = ++generation;
  markReady(false);
  if (!boot) return;
  if (boot.entityCount === 0) {
    showEmptyGraph();
    return;
  }
  if (state.seeds.length === 0 && !state.path) {
    await graph.show([], [], []);
    renderDefaultPanel();
    statusbar.textContent = "";
    await showStart();
    markReady(true);
    return;
  }
  statusbar.textContent = "Loading…";
  const filters = filtersOf(state);
  let nodes: GraphNode[] = [];
  let edges: GraphEdge[] = [];
  let truncated = false;
  let pathIds: { nodes: string[]; edges: string[] } | undefined;
  try {
    if (state.seeds.length > 0) {
      const subgraph = await fetchSubgraph(state.seeds, filters, state.limit);
      nodes = subgraph.nodes;
      edges = subgraph.edges;
      truncated = subgraph.truncated;
    }
    if (state.path) {
      const path = await fetchShortestPath(state.path[0], state.path[1], filters);
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
      ...state,
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
  await graph.show(nodes, edges, state.seeds);
  if (mine !== generation) return;
  if (pathIds) graph.highlightPath(pathIds.nodes, pathIds.edges);
  const drawnNodes = graph.cy.nodes().length;
  const drawnEdges = graph.cy.edges().length;
  statusbar.textContent =
    `${drawnNodes} node${drawnNodes === 1 ? "" : "s"} · ${drawnEdges} edge${drawnEdges === 1 ? "" : "s"}` +
    (truncated ? ` · truncated at ${state.limit} (raise “Most nodes” or add filters)` : "") +
    (drawnNodes > 0 && drawnEdges === 0 ? " · no neighbours match these filters" : "") +
    (state.edgeKind === "RELATIONS" && drawnEdges < 3
      ? " · few typed relations here: try “Co-occurrence”"
      : "");
  updateTypeCounts();
  await applySelection();
  markReady(true);
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

function showEmptyGraph(): void {
  markReady(true);
  void graph.show([], [], []);
  showOverlay(
    "info",
    h("h2", {}, "No articles yet"),
    h("p", {}, "The graph is empty. Ingest an article and reload this page:"),
    h("p", {}, h("code", {}, "npm run kg -- ingest path/to/article.txt")),
    h(
      "p",
      { class: "muted" },
      "or send the ",
      h("code", {}, "ingestArticle"),
      " mutation from ",
      h("a", { href: "/graphql" }, "GraphiQL"),
      ". Text, Markdown, HTML and JSON articles are read.",
    ),
  );
}

function resetFilters(): void {
  state = { ...state, entityTypes: [], relationTypes: [], since: "", until: "", minWeight: 0 };
  syncControls();
  writeUrl("replace");
  void refresh();
}

// ---- selection and the side panel ------------------------------------------------------------

const actions: PanelActions = {
  expand: (id) => expand(id),
  focusEntity: (id) => {
    if (!state.seeds.includes(id)) state.seeds = [...state.seeds, id];
    state.selected = { kind: "node", id };
    writeUrl("push");
    void refresh();
  },
  showRelation: (id) => void showRelationById(id),
  pathFrom: (id) => {
    setPathMode(true);
    pathEnds.from = id;
    fromSearch.setText(graph.node(id)?.label ?? "");
    byId("path-to").focus();
  },
};

function renderDefaultPanel(): void {
  panel.replaceChildren(
    h("h2", {}, "Explorer"),
    h(
      "p",
      { class: "muted" },
      "Search for an entity, then click a node for its facts and articles, or an edge for the sentences behind it. Double-click a node to expand it.",
    ),
    h(
      "p",
      { class: "muted" },
      "Keys: ",
      h("code", {}, "/"),
      " search · ",
      h("code", {}, "↑ ↓"),
      " move between results · ",
      h("code", {}, "Enter"),
      " open · ",
      h("code", {}, "Esc"),
      " close.",
    ),
  );
}

function select(selected: ViewState["selected"]): void {
  state.selected = selected;
  writeUrl("replace");
  void applySelection();
}

let panelGeneration = 0;

async function applySelection(): Promise<void> {
  const selected = state.selected;
  const mine = ++panelGeneration;
  if (!selected) {
    graph.select(undefined);
    renderDefaultPanel();
    return;
  }
  graph.select(selected.id);
  panel.replaceChildren(renderNote("Loading…"));
  try {
    const content =
      selected.kind === "node" ? await entityPanel(selected.id) : await edgePanel(selected.id);
    if (mine === panelGeneration) panel.replaceChildren(content);
  } catch (error) {
    if (mine !== panelGeneration) return;
    panel.replaceChildren(renderNote("Could not load the details."));
    reportError(error);
  }
}

async function entityPanel(id: string): Promise<HTMLElement> {
  const entity = await fetchEntity(id);
  return entity
    ? renderEntity(entity, actions)
    : renderNote("This entity is no longer in the graph.");
}

async function edgePanel(id: string): Promise<HTMLElement> {
  const edge = graph.edge(id);
  if (!edge) return renderNote("This edge is not in the current view.");
  if (edge.relation) {
    const relation = await fetchRelation(edge.relation.id);
    if (!relation) return renderNote("This relation is no longer in the graph.");
    return renderEdge(
      edge,
      relation.subject,
      relation.object,
      relationEvidence(relation),
      relation,
    );
  }
  const pair = await fetchPair(edge.source, edge.target);
  if (!pair) return renderNote("One end of this edge is no longer in the graph.");
  return renderEdge(edge, pair[0], pair[1], await cooccurrenceEvidence(pair[0], pair[1]));
}

async function showRelationById(relationId: string): Promise<void> {
  const mine = ++panelGeneration;
  panel.replaceChildren(renderNote("Loading…"));
  try {
    const relation = await fetchRelation(relationId);
    if (mine !== panelGeneration) return;
    if (!relation) {
      panel.replaceChildren(renderNote("This relation is no longer in the graph."));
      return;
    }
    const pseudoEdge: GraphEdge = {
      id: relation.id,
      source: relation.subject.id,
      target: relation.object.id,
      type: relation.type,
      weight: relation.evidence.length,
      label: relation.type,
      evidenceCount: relation.evidence.length,
      directed: true,
      relation: { id: relation.id },
    };
    panel.replaceChildren(
      renderEdge(
        pseudoEdge,
        relation.subject,
        relation.object,
        relationEvidence(relation),
        relation,
      ),
    );
  } catch (error) {
    reportError(error);
  }
}

function relationEvidence(
  relation: NonNullable<Awaited<ReturnType<typeof fetchRelation>>>,
): EvidenceItem[] {
  return relation.evidence.map((evidence) => ({
    sentence: {
      text: evidence.sentence,
      sentenceStart: evidence.sentenceStart,
      sentenceIndex: evidence.sentenceIndex,
      articleId: evidence.article.id,
    },
    article: evidence.article,
    predicate: evidence.predicate,
  }));
}

const MAX_COOCCURRENCE_SENTENCES = 8;

/**
 * Co-occurrence edges carry no sentences, so the panel finds them: sentences (article +
 * sentence index) where both entities have a mention, cut from the article text around them.
 */
async function cooccurrenceEvidence(a: EntityNames, b: EntityNames): Promise<EvidenceItem[]> {
  const key = (articleId: string, sentenceIndex: number) => `${articleId}#${sentenceIndex}`;
  const fromA = new Map<string, { start: number; end: number }>();
  for (const { node } of a.mentions.edges) {
    const k = key(node.article.id, node.sentenceIndex);
    const seen = fromA.get(k);
    fromA.set(k, {
      start: Math.min(seen?.start ?? node.start, node.start),
      end: Math.max(seen?.end ?? node.end, node.end),
    });
  }
  const shared: {
    k: string;
    start: number;
    end: number;
    sentenceIndex: number;
    article: EvidenceItem["article"];
  }[] = [];
  for (const { node } of b.mentions.edges) {
    const k = key(node.article.id, node.sentenceIndex);
    const span = fromA.get(k);
    if (!span || shared.some((item) => item.k === k)) continue;
    shared.push({
      k,
      start: Math.min(span.start, node.start),
      end: Math.max(span.end, node.end),
      sentenceIndex: node.sentenceIndex,
      article: node.article,
    });
    if (shared.length >= MAX_COOCCURRENCE_SENTENCES) break;
  }
  const texts = new Map<string, string | null>();
  for (const item of shared) {
    if (!texts.has(item.article.id))
      texts.set(item.article.id, await fetchArticleText(item.article.id));
  }
  const items: EvidenceItem[] = [];
  for (const item of shared) {
    const text = texts.get(item.article.id);
    if (!text) continue;
    const cut = cutSentence(text, item.start, item.end);
    items.push({
      sentence: {
        text: cut.text,
        sentenceStart: cut.sentenceStart,
        sentenceIndex: item.sentenceIndex,
        articleId: item.article.id,
      },
      article: item.article,
    });
  }
  return items;
}

// ---- actions --------------------------------------------------------------------------------

function openEntity(id: string, name: string): void {
  state.seeds = [id];
  state.selected = { kind: "node", id };
  search.setText(name);
  writeUrl("push");
  void refresh();
}

function expand(id: string): void {
  if (state.seeds.includes(id)) {
    showBanner("Already expanded; raise “Most nodes” if neighbours seem missing.");
    return;
  }
  state.seeds = [...state.seeds, id];
  state.selected = { kind: "node", id };
  writeUrl("push");
  void refresh();
}

const search = new Autocomplete(
  byId<HTMLInputElement>("search"),
  (hit) => openEntity(hit.entity.id, hit.entity.name),
  reportError,
);

// ---- path mode ------------------------------------------------------------------------------

let pathMode = false;
const pathEnds: { from?: string; to?: string } = {};
const pathToggle = byId("path-toggle");

function setPathMode(on: boolean): void {
  pathMode = on;
  byId("path-bar").hidden = !on;
  pathToggle.setAttribute("aria-pressed", String(on));
  if (state.path) {
    pathEnds.from = state.path[0];
    pathEnds.to = state.path[1];
  }
}

function runPath(): void {
  if (!pathEnds.from || !pathEnds.to) return;
  state.path = [pathEnds.from, pathEnds.to];
  byId("path-status").textContent = "Searching…";
  writeUrl("push");
  void refresh();
}

const fromSearch = new Autocomplete(
  byId<HTMLInputElement>("path-from"),
  (hit) => {
    pathEnds.from = hit.entity.id;
    if (pathEnds.to) runPath();
    else byId("path-to").focus();
  },
  reportError,
);
const toSearch = new Autocomplete(
  byId<HTMLInputElement>("path-to"),
  (hit) => {
    pathEnds.to = hit.entity.id;
    runPath();
  },
  reportError,
);

pathToggle.addEventListener("click", () => {
  setPathMode(!pathMode);
  if (pathMode) byId("path-from").focus();
});
byId("path-clear").addEventListener("click", () => {
  state.path = undefined;
  pathEnds.from = undefined;
  pathEnds.to = undefined;
  fromSearch.setText("");
  toSearch.setText("");
  byId("path-status").textContent = "";
  writeUrl("push");
  void refresh();
});

// ---- export ---------------------------------------------------------------------------------

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

byId("export-png").addEventListener("click", () => {
  if (graph.cy.nodes().length === 0) return showBanner("Nothing to export yet.");
  download(graph.png(), "kg-explorer.png");
});
byId("export-json").addEventListener("click", () => {
  const { nodes, edges } = graph.snapshot();
  const document_ = {
    exportedAt: new Date().toISOString(),
    view: location.href,
    filters: filtersOf(state),
    seeds: state.seeds,
    nodes,
    edges,
  };
  download(
    new Blob([JSON.stringify(document_, null, 2)], { type: "application/json" }),
    "kg-explorer.json",
  );
});

// ---- keyboard -------------------------------------------------------------------------------

document.addEventListener("keydown", (event) => {
  const typing =
    event.target instanceof HTMLInputElement ||
    event.target instanceof HTMLSelectElement ||
    event.target instanceof HTMLTextAreaElement;
  if (event.key === "/" && !typing) {
    event.preventDefault();
    byId("search").focus();
  } else if (event.key === "Escape" && !typing && state.selected) {
    select(undefined);
  }
});

// ---- start ----------------------------------------------------------------------------------

async function start(): Promise<void> {
  hideOverlay();
  statusbar.textContent = "Connecting…";
  try {
    boot = await fetchBoot();
  } catch (error) {
    statusbar.textContent = "";
    reportError(error);
    markReady(true);
    return;
  }
  renderFilterControls();
  if (state.seeds.length === 1 && state.seeds[0]) {
    fetchEntity(state.seeds[0]).then(
      (entity) => entity && search.setText(entity.name),
      () => {},
    );
  }
  await refresh();
}

renderDefaultPanel();
void start();
