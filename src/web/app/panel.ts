/** The side panel: an entity's facts, or the evidence behind an edge with both ends highlighted. */
import type { ArticleRef, EntityDetails, EntityNames, GraphEdge, RelationDetails } from "./api.js";
import { colorOf } from "./colors.js";
import { h } from "./dom.js";
import { type Located, locateSpans, type SentenceAt, splitSentence } from "./highlight.js";

/** What the panel's buttons and links ask the page to do. */
export interface PanelActions {
  expand(id: string): void;
  focusEntity(id: string): void;
  showRelation(relationId: string): void;
  pathFrom(id: string): void;
}

/** One sentence to show under an edge, with where it sits in its article. */
export interface EvidenceItem {
  sentence: SentenceAt;
  article: ArticleRef;
  predicate?: string;
  /** How the sentence backs a relation (STATED, INFERRED, KNOWLEDGE); absent for co-occurrence. */
  kind?: string;
}

/** What each reading means, as the evidence panel says it. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  STATED: "stated",
  INFERRED: "inferred across sentences",
  KNOWLEDGE: "known from a gazetteer",
};

function typeBadge(type: string): HTMLElement {
  return h("span", { class: "badge", style: `background:${colorOf(type)}` }, type.toLowerCase());
}

function formatDate(value: string | null): string {
  if (!value) return "undated";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

function articleLine(article: ArticleRef, extra?: string): HTMLElement {
  const title = article.title || "Untitled article";
  return h(
    "div",
    { class: "article" },
    article.url
      ? h("a", { href: article.url, target: "_blank", rel: "noopener" }, title)
      : h("span", { class: "title" }, title),
    h(
      "span",
      { class: "muted" },
      ` · ${formatDate(article.publishedAt)}${extra ? ` · ${extra}` : ""}`,
    ),
  );
}

/** The entity panel: type, aliases, mention count, relations, articles. */
export function renderEntity(entity: EntityDetails, actions: PanelActions): HTMLElement {
  const articles = new Map<string, { article: ArticleRef; count: number }>();
  for (const { node } of entity.mentions.edges) {
    const seen = articles.get(node.article.id);
    if (seen) seen.count += 1;
    else articles.set(node.article.id, { article: node.article, count: 1 });
  }
  const relations = entity.relations.edges.map((edge) => edge.node);
  const other = (id: string, name: string) =>
    id === entity.id
      ? h("strong", {}, name)
      : h(
          "button",
          {
            class: "link",
            type: "button",
            title: "Add to the view",
            onclick: () => actions.focusEntity(id),
          },
          name,
        );
  return h(
    "article",
    { class: "panel-entity", "data-entity-id": entity.id },
    h("h2", {}, entity.name),
    h(
      "p",
      {},
      typeBadge(entity.type),
      h(
        "span",
        { class: "muted" },
        ` ${entity.mentionCount} mention${entity.mentionCount === 1 ? "" : "s"}`,
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "button", onclick: () => actions.expand(entity.id) },
        "Expand neighbours",
      ),
      h("button", { type: "button", onclick: () => actions.pathFrom(entity.id) }, "Path from here"),
    ),
    entity.aliases.length > 0
      ? h(
          "section",
          {},
          h("h3", {}, "Also called"),
          h("p", { class: "aliases" }, entity.aliases.join(" · ")),
        )
      : null,
    h(
      "section",
      {},
      h("h3", {}, `Relations (${entity.relations.totalCount})`),
      relations.length === 0
        ? h("p", { class: "muted" }, "No typed relations.")
        : h(
            "ul",
            { class: "relations" },
            relations.map((relation) =>
              h(
                "li",
                {},
                other(relation.subject.id, relation.subject.name),
                " ",
                h(
                  "button",
                  {
                    class: "rel-type",
                    type: "button",
                    title: `Evidence: “${relation.predicate}”`,
                    onclick: () => actions.showRelation(relation.id),
                  },
                  relation.type,
                ),
                " ",
                other(relation.object.id, relation.object.name),
              ),
            ),
          ),
      entity.relations.totalCount > relations.length
        ? h("p", { class: "muted" }, `and ${entity.relations.totalCount - relations.length} more`)
        : null,
    ),
    h(
      "section",
      {},
      h(
        "h3",
        {},
        `Articles (${articles.size}${entity.mentions.totalCount > entity.mentions.edges.length ? "+" : ""})`,
      ),
      h(
        "ul",
        { class: "articles" },
        [...articles.values()].map(({ article, count }) =>
          h("li", {}, articleLine(article, `${count} mention${count === 1 ? "" : "s"}`)),
        ),
      ),
    ),
  );
}

function located(entity: EntityNames): Located[] {
  return entity.mentions.edges.map(({ node }) => ({
    start: node.start,
    end: node.end,
    sentenceIndex: node.sentenceIndex,
    articleId: node.article.id,
  }));
}

/** Marks both ends' spans in one sentence: stored mentions first, names and aliases as fallback. */
export function highlightSentence(
  sentence: SentenceAt,
  source: EntityNames,
  target: EntityNames,
): HTMLElement {
  const spans = locateSpans(sentence, [
    { role: "source", mentions: located(source), names: [source.name, ...source.aliases] },
    { role: "target", mentions: located(target), names: [target.name, ...target.aliases] },
  ]);
  return h(
    "blockquote",
    { class: "sentence" },
    splitSentence(sentence.text, spans).map((piece) =>
      piece.role ? h("mark", { class: piece.role }, piece.text) : piece.text,
    ),
  );
}

/** The edge panel: what the edge is and every sentence behind it. */
export function renderEdge(
  edge: GraphEdge,
  source: EntityNames,
  target: EntityNames,
  items: EvidenceItem[],
  relation?: RelationDetails,
): HTMLElement {
  const kind = relation ? relation.type : "co-occurs with";
  return h(
    "article",
    { class: "panel-edge", "data-edge-id": edge.id },
    h(
      "h2",
      {},
      h("mark", { class: "source" }, source.name),
      ` ${relation || edge.directed ? "→" : "—"} `,
      h("mark", { class: "target" }, target.name),
    ),
    h(
      "p",
      {},
      h("span", { class: "badge rel" }, kind),
      edge.provenance
        ? h(
            "span",
            { class: `badge provenance ${edge.provenance.toLowerCase()}` },
            edge.provenance.toLowerCase(),
          )
        : "",
      relation?.attributes.some((item) => item.key === "former" && item.value === "true")
        ? h("span", { class: "badge provenance former" }, "former")
        : "",
      h(
        "span",
        { class: "muted" },
        ` weight ${Number(edge.weight.toFixed(2))} · ${edge.evidenceCount} sentence${edge.evidenceCount === 1 ? "" : "s"}${relation ? ` · confidence ${relation.confidence.toFixed(2)}` : ""}`,
      ),
    ),
    h("h3", {}, "Evidence"),
    items.length === 0
      ? h("p", { class: "muted" }, "No evidence sentences were returned for this edge.")
      : h(
          "ol",
          { class: "evidence" },
          items.map((item) =>
            h(
              "li",
              {},
              item.kind
                ? h(
                    "span",
                    {
                      class: `evidence-kind ${item.kind.toLowerCase()}`,
                      "data-kind": item.kind,
                    },
                    KIND_LABELS[item.kind] ?? item.kind.toLowerCase(),
                  )
                : "",
              highlightSentence(item.sentence, source, target),
              articleLine(item.article, item.predicate ? `“${item.predicate}”` : undefined),
            ),
          ),
        ),
  );
}

/** A short message in the panel (loading, not found, failed). */
export function renderNote(text: string): HTMLElement {
  return h("p", { class: "muted panel-note" }, text);
}
