/**
 * Measures entity identity across articles on DWIE: every entity of 98 news articles carries its
 * Wikipedia link, so after ingesting them all (cross-article linking included) we can count how
 * often one real-world thing became one of our entities, and how often one of ours absorbed two.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { findArticlesByIds } from "../db/articles.js";
import {
  findAliasesByEntityIds,
  findEntitiesByIds,
  findEntityIdsByArticleIds,
} from "../db/entities.js";
import { listMentionsForEntities } from "../db/mentions.js";
import type { DB } from "../db/schema.js";
import type { EntityType } from "../domain/vocabulary.js";
import { ingest } from "../ingest/ingest.js";
import { compact, type DwieArticle, type GoldMention } from "./dwie.js";

/** Which half of the fixed split an article belongs to. */
export type Half = "tune" | "heldout";

/** One of our mentions in an article, with a span in the same coordinates as the gold ones. */
export interface OurMention {
  start: number;
  end: number;
  entityId: number;
  isMetonymy: boolean;
}

/** One of our entities as stored after ingestion. */
export interface OurEntity {
  id: number;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** What the scorer compares, for one article: gold annotation and our stored mentions. */
export interface ScoredArticle {
  id: string;
  gold: GoldMention[];
  ours: OurMention[];
}

/** Typing of gold entities of one expected type: how many were found, and how many typed right. */
export interface TypeScore {
  type: EntityType;
  /** (article, link) pairs of this gold type. */
  gold: number;
  /** Of those, found as one of our entities (any type). */
  found: number;
  /** Of those found, typed `type` by us. */
  typedRight: number;
}

/**
 * A link mapped to several of our entities (a split), an entity holding several links (a merge),
 * or a link named in several articles that none of our mentions found (missed).
 */
export interface IdentityError {
  kind: "split" | "merge" | "place-alias" | "mistyped" | "missed";
  /** The link (split) or our entity's name and type (merge). */
  subject: string;
  /** Our entities (split) or the links (merge), each with the surfaces that put it there. */
  parts: { label: string; surfaces: string[] }[];
}

/** Scores of one half (or of all articles). */
export interface IdentityScore {
  articles: number;
  /** Gold mentions of linked entities, and how many overlap one of our (non-metonymic) mentions. */
  linkedMentions: number;
  mappedMentions: number;
  /** Links named in two or more articles, and how many of them map to exactly one of our entities. */
  multiArticleLinks: number;
  multiArticleLinksOne: number;
  /** Our entities that take two or more links. */
  entitiesWithTwoLinks: number;
  /** City or region links whose mention is an alias of one of our COUNTRY entities. */
  capitalAliases: number;
  byType: TypeScore[];
  /** Typed entity recall: (article, link) pairs found as an entity of the right type. */
  typedRecall: { correct: number; total: number };
  /** Typed entity precision: our (article, entity) pairs that are a gold entity of that type. */
  typedPrecision: { correct: number; total: number };
  errors: IdentityError[];
}

/** The whole report: both halves and all articles together. */
export interface IdentityReport {
  tune: IdentityScore;
  heldout: IdentityScore;
  all: IdentityScore;
  unalignedMentions: number;
  failedArticles: string[];
}

/** The types scored for typing accuracy, in print order. */
const SCORED_TYPES: readonly EntityType[] = [
  "PERSON",
  "COUNTRY",
  "PLACE",
  "ORGANIZATION",
  "EVENT",
  "AGREEMENT",
  "OTHER",
];

/** The half of the fixed split: the low bit of the id's SHA-256, so it never depends on order. */
export function splitHalf(id: string): Half {
  const first = createHash("sha256").update(id).digest()[0] ?? 0;
  return first & 1 ? "heldout" : "tune";
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * The entity of the non-metonymic mention overlapping a gold span most (ties: earliest mention),
 * when the overlap covers more than half of the longer of the two spans.
 */
function mapMention(
  gold: GoldMention,
  ours: readonly OurMention[],
  withMetonymy = false,
): number | undefined {
  let best: OurMention | undefined;
  let bestOverlap = 0;
  for (const mention of ours) {
    // "Rome said": a metonymic mention stands for the country on purpose; it says nothing of identity.
    if (mention.isMetonymy && !withMetonymy) continue;
    const size = overlap(gold, mention);
    // "India" inside our "Supreme Court of India", "Adidas" inside "Adidas CEO Herbert Hainer":
    // a name nested in a longer one of ours is not found, rather than found as the longer one.
    const longer = Math.max(gold.end - gold.start, mention.end - mention.start);
    if (size > bestOverlap && 2 * size > longer) {
      best = mention;
      bestOverlap = size;
    }
  }
  return best?.entityId;
}

function addTo<K, V>(map: Map<K, Map<V, string[]>>, key: K, value: V, surface: string): void {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  const surfaces = inner.get(value);
  if (!surfaces) inner.set(value, [surface]);
  else if (!surfaces.includes(surface)) surfaces.push(surface);
}

const normalise = (name: string): string => name.toLowerCase().replace(/\s+/g, " ").trim();

/** Scores identity and typing over some articles, given what was stored for them. */
export function scoreIdentity(
  articles: readonly ScoredArticle[],
  entities: ReadonlyMap<number, OurEntity>,
): IdentityScore {
  const entitiesOfLink = new Map<string, Map<number, string[]>>();
  const articlesOfLink = new Map<string, Set<string>>();
  const linksOfEntity = new Map<number, Map<string, string[]>>();
  const typeCounts = new Map<EntityType, TypeScore>(
    SCORED_TYPES.map((type) => [type, { type, gold: 0, found: 0, typedRight: 0 }]),
  );
  const capitalAliases = new Map<string, IdentityError>();
  const mistyped: IdentityError[] = [];
  const entityLabel = (id: number): string => {
    const entity = entities.get(id);
    return entity ? `${entity.name} [${entity.type} #${id}]` : `#${id}`;
  };
  let linkedMentions = 0;
  let mappedMentions = 0;
  let recallCorrect = 0;
  let recallTotal = 0;
  let precisionCorrect = 0;
  let precisionTotal = 0;

  for (const article of articles) {
    // Per (article, link): the gold type and our entities its mentions map to.
    const inArticle = new Map<string, { type: EntityType | null; entityIds: Set<number> }>();
    // Per our entity in this article: the gold types its mentions overlap.
    const goldTypesOfEntity = new Map<number, Set<EntityType>>();
    const adjectivalEntities = new Set<number>();
    for (const gold of article.gold) {
      const entityId = mapMention(gold, article.ours);
      if (entityId !== undefined && gold.isAdjectival) adjectivalEntities.add(entityId);
      if (!gold.link || gold.type === null) continue;
      linkedMentions++;
      // "Rome" stored as an alias of Italy, whether or not the mention is flagged metonymy.
      const literal = entities.get(mapMention(gold, article.ours, true) ?? -1);
      if (
        literal?.type === "COUNTRY" &&
        gold.type === "PLACE" &&
        literal.aliases.some((alias) => normalise(alias) === normalise(gold.text))
      )
        capitalAliases.set(`${literal.id}\u0000${normalise(gold.text)}`, {
          kind: "place-alias",
          subject: `${literal.name} [COUNTRY #${literal.id}]`,
          parts: [{ label: gold.link, surfaces: [gold.text] }],
        });
      const slot = inArticle.get(gold.link) ?? { type: gold.type, entityIds: new Set<number>() };
      inArticle.set(gold.link, slot);
      const links = articlesOfLink.get(gold.link) ?? new Set<string>();
      links.add(article.id);
      articlesOfLink.set(gold.link, links);
      if (entityId === undefined) continue;
      mappedMentions++;
      slot.entityIds.add(entityId);
      addTo(entitiesOfLink, gold.link, entityId, gold.text);
      addTo(linksOfEntity, entityId, gold.link, gold.text);
      const types = goldTypesOfEntity.get(entityId) ?? new Set<EntityType>();
      types.add(gold.type);
      goldTypesOfEntity.set(entityId, types);
    }
    for (const [link, slot] of inArticle) {
      if (slot.type === null) continue;
      const score = typeCounts.get(slot.type) as TypeScore;
      score.gold++;
      recallTotal++;
      if (slot.entityIds.size === 0) continue;
      score.found++;
      const typedRight = [...slot.entityIds].some((id) => entities.get(id)?.type === slot.type);
      if (typedRight) {
        score.typedRight++;
        recallCorrect++;
      } else
        mistyped.push({
          kind: "mistyped",
          subject: `${link} (${slot.type}, ${article.id})`,
          parts: [...slot.entityIds].map((id) => ({ label: entityLabel(id), surfaces: [] })),
        });
    }
    const ourEntityIds = new Set(
      article.ours.filter((mention) => !mention.isMetonymy).map((mention) => mention.entityId),
    );
    for (const entityId of ourEntityIds) {
      const goldTypes = goldTypesOfEntity.get(entityId);
      // "German" → Germany: an adjective DWIE annotates apart; linking it is our design, not an error.
      if (!goldTypes && adjectivalEntities.has(entityId)) continue;
      precisionTotal++;
      const type = entities.get(entityId)?.type;
      if (type && goldTypes?.has(type)) precisionCorrect++;
    }
  }

  const errors: IdentityError[] = [...capitalAliases.values()];
  let multiArticleLinks = 0;
  let multiArticleLinksOne = 0;
  for (const [link, articleIds] of [...articlesOfLink].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (articleIds.size < 2) continue;
    multiArticleLinks++;
    const ours = entitiesOfLink.get(link);
    if (ours?.size === 1) multiArticleLinksOne++;
    else if (!ours)
      errors.push({
        kind: "missed",
        subject: link,
        parts: [...articleIds].map((id) => ({ label: id, surfaces: [] })),
      });
    else if (ours.size > 1)
      errors.push({
        kind: "split",
        subject: link,
        parts: [...ours].map(([id, surfaces]) => ({ label: entityLabel(id), surfaces })),
      });
  }
  let entitiesWithTwoLinks = 0;
  for (const [id, links] of [...linksOfEntity].sort((a, b) => a[0] - b[0])) {
    if (links.size < 2) continue;
    entitiesWithTwoLinks++;
    errors.push({
      kind: "merge",
      subject: entityLabel(id),
      parts: [...links].map(([link, surfaces]) => ({ label: link, surfaces })),
    });
  }
  errors.push(...mistyped);
  return {
    articles: articles.length,
    linkedMentions,
    mappedMentions,
    multiArticleLinks,
    multiArticleLinksOne,
    entitiesWithTwoLinks,
    capitalAliases: capitalAliases.size,
    byType: [...typeCounts.values()],
    typedRecall: { correct: recallCorrect, total: recallTotal },
    typedPrecision: { correct: precisionCorrect, total: precisionTotal },
    errors,
  };
}

/** Ingests the articles through the real ingest path, then scores each half and all together. */
export async function evaluateIdentity(
  db: Kysely<DB>,
  articles: readonly DwieArticle[],
): Promise<IdentityReport> {
  const failedArticles: string[] = [];
  const stored: { article: DwieArticle; articleId: number }[] = [];
  for (const article of articles) {
    const [outcome] = await ingest(
      db,
      { bytes: article.text, name: `${article.id}.txt`, format: "txt" },
      { maxArticleBytes: 2 * 1024 * 1024 },
    );
    if (outcome && outcome.status !== "failed")
      stored.push({ article, articleId: outcome.articleId });
    else failedArticles.push(article.id);
  }
  const articleIds = stored.map((item) => item.articleId);
  const texts = new Map((await findArticlesByIds(db, articleIds)).map((row) => [row.id, row.text]));
  const entityIdsByArticle = await findEntityIdsByArticleIds(db, articleIds);
  const entityIds = [...new Set([...entityIdsByArticle.values()].flat())].sort((a, b) => a - b);
  const mentionsByEntity = await listMentionsForEntities(db, entityIds, {
    limit: Number.MAX_SAFE_INTEGER,
  });
  const aliases = await findAliasesByEntityIds(db, entityIds);
  const entities = new Map<number, OurEntity>();
  for (const row of await findEntitiesByIds(db, entityIds))
    entities.set(row.id, {
      id: row.id,
      type: row.type as EntityType,
      name: row.name,
      aliases: aliases.get(row.id) ?? [],
    });
  const mentionsByArticle = new Map<number, OurMention[]>();
  for (const rows of mentionsByEntity.values())
    for (const row of rows) {
      const list = mentionsByArticle.get(row.articleId) ?? [];
      list.push({
        start: row.start,
        end: row.end,
        entityId: row.entityId,
        isMetonymy: row.isMetonymy,
      });
      mentionsByArticle.set(row.articleId, list);
    }

  const scored: { half: Half; article: ScoredArticle }[] = [];
  for (const { article, articleId } of stored) {
    const storedText = texts.get(articleId) ?? "";
    // Intake takes the title line off and may reflow whitespace: map stored offsets into ours.
    const ours = compact(article.text);
    const theirs = compact(storedText);
    const shift = ours.chars.indexOf(theirs.chars);
    const mentions: OurMention[] = [];
    if (shift >= 0)
      for (const mention of mentionsByArticle.get(articleId) ?? []) {
        const first = theirs.offsets.findIndex((offset) => offset >= mention.start);
        const last = theirs.offsets.findLastIndex((offset) => offset < mention.end);
        if (first < 0 || last < first) continue;
        mentions.push({
          ...mention,
          start: ours.offsets[shift + first] as number,
          end: (ours.offsets[shift + last] as number) + 1,
        });
      }
    else failedArticles.push(`${article.id} (stored text not found in the rebuilt text)`);
    scored.push({
      half: splitHalf(article.id),
      article: { id: article.id, gold: article.mentions, ours: mentions },
    });
  }
  const pick = (half?: Half): ScoredArticle[] =>
    scored.filter((item) => !half || item.half === half).map((item) => item.article);
  return {
    tune: scoreIdentity(pick("tune"), entities),
    heldout: scoreIdentity(pick("heldout"), entities),
    all: scoreIdentity(pick(), entities),
    unalignedMentions: articles.reduce((sum, article) => sum + article.unaligned, 0),
    failedArticles,
  };
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "-" : ((100 * part) / whole).toFixed(1);

/** Renders the report as the CLI prints it; the last line sums up the held-out half. */
export function formatIdentityReport(
  report: IdentityReport,
  options: { errors?: Half } = {},
): string[] {
  const halves: [string, IdentityScore][] = [
    ["tune", report.tune],
    ["heldout", report.heldout],
    ["all", report.all],
  ];
  const row = (label: string, cell: (score: IdentityScore) => string): string =>
    label.padEnd(36) + halves.map(([, score]) => cell(score).padStart(16)).join("");
  const lines = ["".padEnd(36) + halves.map(([name]) => name.padStart(16)).join("")];
  lines.push(row("articles", (s) => String(s.articles)));
  lines.push(
    row(
      "linked mentions mapped %",
      (s) => `${percent(s.mappedMentions, s.linkedMentions)} (${s.linkedMentions})`,
    ),
  );
  lines.push(
    row(
      "multi-article links → one entity %",
      (s) =>
        `${percent(s.multiArticleLinksOne, s.multiArticleLinks)} (${s.multiArticleLinksOne}/${s.multiArticleLinks})`,
    ),
  );
  lines.push(row("entities taking ≥2 links", (s) => String(s.entitiesWithTwoLinks)));
  lines.push(row("places as aliases of a country", (s) => String(s.capitalAliases)));
  for (const type of SCORED_TYPES) {
    lines.push(
      row(`typed right ${type} %`, (s) => {
        const t = s.byType.find((score) => score.type === type) as TypeScore;
        return `${percent(t.typedRight, t.found)} (${t.found})`;
      }),
    );
  }
  lines.push(
    row(
      "typed recall %",
      (s) => `${percent(s.typedRecall.correct, s.typedRecall.total)} (${s.typedRecall.total})`,
    ),
  );
  lines.push(
    row(
      "typed precision %",
      (s) =>
        `${percent(s.typedPrecision.correct, s.typedPrecision.total)} (${s.typedPrecision.total})`,
    ),
  );
  if (report.unalignedMentions > 0)
    lines.push(`annotated mentions not found in the rebuilt text: ${report.unalignedMentions}`);
  if (report.failedArticles.length > 0)
    lines.push(`articles not scored: ${report.failedArticles.join(", ")}`);
  if (options.errors) {
    for (const error of report[options.errors].errors) {
      const parts = error.parts.map((part) =>
        part.surfaces.length ? `${part.label} ← ${part.surfaces.join(" | ")}` : part.label,
      );
      lines.push(`${error.kind} ${error.subject}: ${parts.join(" ; ")}`);
    }
  }
  const h = report.heldout;
  lines.push(
    `heldout: multi-article links → one entity ${percent(h.multiArticleLinksOne, h.multiArticleLinks)} %, ` +
      `entities taking ≥2 links ${h.entitiesWithTwoLinks}, places as country aliases ${h.capitalAliases}, ` +
      `typed recall ${percent(h.typedRecall.correct, h.typedRecall.total)} %, precision ${percent(h.typedPrecision.correct, h.typedPrecision.total)} %`,
  );
  return lines;
}
