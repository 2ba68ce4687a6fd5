/** The selection and the side panel: an entity's facts, an edge's evidence, a relation's sentences. */
import { fetchEntity, fetchPair, fetchRelation, type GraphEdge } from "./api.js";
import { graph } from "./canvas.js";
import { cooccurrenceEvidence } from "./cooccurrence.js";
import { byId, h } from "./dom.js";
import { refresh } from "./drawing.js";
import { renderMap } from "./map-view.js";
import { expand } from "./navigation.js";
import { reportError } from "./overlays.js";
import {
  type EvidenceItem,
  type PanelActions,
  renderEdge,
  renderEntity,
  renderNote,
} from "./panel.js";
import { fromSearch, pathEnds, setPathMode } from "./path-mode.js";
import { panel, session, writeUrl } from "./session.js";
import type { ViewState } from "./state.js";
import { followSelection } from "./timeline.js";

/** What the panel's buttons do. */
export const actions: PanelActions = {
  expand: (id) => expand(id),
  focusEntity: (id) => {
    if (!session.state.seeds.includes(id)) session.state.seeds = [...session.state.seeds, id];
    session.state.selected = { kind: "node", id };
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

/** The side panel with nothing selected: how to use the page. */
export function renderDefaultPanel(): void {
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

/** Selects a node or edge (or nothing) and shows it in the panel. */
export function select(selected: ViewState["selected"]): void {
  session.state.selected = selected;
  writeUrl("replace");
  void applySelection();
}

let panelGeneration = 0;

/** Highlights the selected element and loads its details into the panel. */
export async function applySelection(): Promise<void> {
  const selected = session.state.selected;
  const mine = ++panelGeneration;
  // The timeline strip resizes the canvas when it appears: the view is settled only after it.
  const timeline = followSelection();
  renderMap();
  if (!selected) {
    graph.select(undefined);
    renderDefaultPanel();
    await timeline;
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
  await timeline;
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
      provenance: relation.provenance,
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
    kind: evidence.kind,
  }));
}
