/** Candidate entity pairs for the relation classifier, over a document view computed once per article. */

import type { EntityType } from "../../../domain/vocabulary.js";
import type { CandidateTitle } from "../../3-recognize/candidate.js";
import type { Resolution } from "../../4-resolve/resolve.js";
import type { Sentence } from "../../types.js";
import { foldedWords } from "../sentence-view.js";
import type { TitleNames } from "./features.js";

/** One mention with what the features read: its tokens, title and whether it is a demonym. */
export interface MentionView {
  entity: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  title: CandidateTitle | undefined;
  /** "German" standing for Germany. */
  isDemonym: boolean;
  isMetonymy: boolean;
}

/** The article as the classifier sees it. */
export interface DocumentView {
  text: string;
  sentences: Sentence[];
  types: EntityType[];
  keys: string[];
  names: string[];
  /** Per sentence, per token: the lower-cased word, or "<TYPE>" on a mention's first token and "" inside it. */
  symbols: string[][];
  /** Mentions of each entity, in text order. */
  byEntity: MentionView[][];
  /** Sorted distinct sentence indices where each entity is named. */
  sentencesOf: number[][];
  /** Countries by mention count, most named first (ties: first named first). */
  countryRank: Map<number, number>;
  countryCount: number;
  /** Per-entity features, computed on first use: every pair of the entity reads them. */
  entityFeatures: (string[] | undefined)[];
  /** Per entity, lower-cased: its name and the surfaces of its mentions, computed on first use. */
  surfaces: (Set<string> | undefined)[];
  /** Subject → type → each entity of that type's rank, closest to the subject first (0), computed on first use. */
  closest: Map<number, Map<EntityType, Map<number, number>>>;
  /** Per mention: the title read right before and right after it, computed on first use. */
  adjacentTitles: Map<MentionView, { after?: string | undefined; before?: string | undefined }>;
  /** Per subject: its titled mentions' feature names, computed on first use. */
  titleNames: Map<number, TitleNames[]>;
}

/** An ordered pair (subject, object) with its closest mentions. */
export interface PairCandidate {
  subject: number;
  object: number;
  /** The closest mentions of the two in one sentence, when they share one. */
  near: { subject: MentionView; object: MentionView } | undefined;
  /** Fewest sentences between a mention of each. */
  sentenceDistance: number;
  /** Sentences that name both. */
  shared: number[];
}

/** Builds the view the candidates and features read. */
export function buildDocumentView(
  text: string,
  sentences: Sentence[],
  resolution: Resolution,
): DocumentView {
  const types = resolution.entities.map((entity) => entity.type);
  const byEntity: MentionView[][] = resolution.entities.map(() => []);
  // The relation patterns' words, copied: the mentions' tokens are overwritten below.
  const symbols = sentences.map((sentence) => foldedWords(sentence).slice());
  resolution.mentions.forEach((mention, index) => {
    const candidate = resolution.candidates[index];
    if (!candidate) return;
    const view: MentionView = {
      entity: mention.entity,
      sentence: mention.sentenceIndex,
      tokenStart: candidate.tokenStart,
      tokenEnd: candidate.tokenEnd,
      start: mention.start,
      end: mention.end,
      title: candidate.title,
      isDemonym: candidate.via === "demonym",
      isMetonymy: mention.isMetonymy,
    };
    byEntity[mention.entity]!.push(view);
    const row = symbols[mention.sentenceIndex];
    if (!row) return;
    for (let t = candidate.tokenStart; t < candidate.tokenEnd && t < row.length; t++)
      row[t] = t === candidate.tokenStart ? `<${types[mention.entity]}>` : "";
  });
  for (const mentions of byEntity) mentions.sort((a, b) => a.start - b.start);
  const sentencesOf = byEntity.map((mentions) => [
    ...new Set(mentions.map((mention) => mention.sentence)),
  ]);
  const countries = types
    .map((type, entity) => ({ type, entity, count: byEntity[entity]!.length }))
    .filter((row) => row.type === "COUNTRY" && row.count > 0)
    .sort(
      (a, b) => b.count - a.count || byEntity[a.entity]![0]!.start - byEntity[b.entity]![0]!.start,
    );
  return {
    text,
    sentences,
    types,
    keys: resolution.entities.map((entity) => entity.key),
    names: resolution.entities.map((entity) => entity.name),
    symbols,
    byEntity,
    sentencesOf,
    countryRank: new Map(countries.map((row, rank) => [row.entity, rank])),
    countryCount: countries.length,
    entityFeatures: [],
    surfaces: [],
    closest: new Map(),
    adjacentTitles: new Map(),
    titleNames: new Map(),
  };
}

/**
 * Pairs named in different sentences are candidates only when the object is a country, within
 * this many sentences or among the article's most named countries: on the training data the
 * others are half of all pairs and one in ten of the related ones, at a third of relate's time.
 */
const MAX_COUNTRY_DISTANCE = 2;
const MAX_COUNTRY_RANK = 1;

/** Fewest sentences between a mention of each of two entities (sorted sentence lists). */
export function closestSentenceDistance(a: readonly number[], b: readonly number[]): number {
  let best = Number.POSITIVE_INFINITY;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    best = Math.min(best, Math.abs(x - y));
    if (x < y) i++;
    else j++;
  }
  return best;
}

function closestMentions(
  view: DocumentView,
  subject: number,
  object: number,
): PairCandidate["near"] {
  let best: PairCandidate["near"];
  let bestGap = Number.POSITIVE_INFINITY;
  for (const s of view.byEntity[subject]!) {
    for (const o of view.byEntity[object]!) {
      if (s.sentence !== o.sentence) continue;
      const gap =
        s.tokenStart < o.tokenStart ? o.tokenStart - s.tokenEnd : s.tokenStart - o.tokenEnd;
      if (gap < bestGap) {
        bestGap = gap;
        best = { subject: s, object: o };
      }
    }
  }
  return best;
}

/**
 * Ordered pairs worth scoring: named in one sentence, or any entity with a country near it or
 * among the article's main ones (an organisation and the country its article is about), or a
 * pair a rule related (`ruled`: "subject:object" keys).
 * `fits` says whether some relation type the model knows joins the two types.
 */
export function findPairCandidates(
  view: DocumentView,
  fits: (subject: EntityType, object: EntityType) => boolean,
  ruled: ReadonlySet<string>,
): PairCandidate[] {
  const candidates: PairCandidate[] = [];
  const count = view.types.length;
  const sentenceSets = view.sentencesOf.map((sentences) => new Set(sentences));
  // The rules' pairs by number: most pairs of the article are asked, a string key apiece cost more.
  const ruledPairs = new Set<number>();
  for (const key of ruled) {
    const colon = key.indexOf(":");
    ruledPairs.add(Number(key.slice(0, colon)) * count + Number(key.slice(colon + 1)));
  }
  for (let subject = 0; subject < count; subject++) {
    if (view.byEntity[subject]!.length === 0) continue;
    for (let object = 0; object < count; object++) {
      if (object === subject || view.byEntity[object]!.length === 0) continue;
      if (!fits(view.types[subject]!, view.types[object]!)) continue;
      const distance = closestSentenceDistance(
        view.sentencesOf[subject]!,
        view.sentencesOf[object]!,
      );
      if (distance > 0 && !ruledPairs.has(subject * count + object)) {
        if (view.types[object] !== "COUNTRY") continue;
        if (
          distance > MAX_COUNTRY_DISTANCE &&
          (view.countryRank.get(object) ?? Number.POSITIVE_INFINITY) > MAX_COUNTRY_RANK
        )
          continue;
      }
      const objectSentences = sentenceSets[object]!;
      candidates.push({
        subject,
        object,
        near: distance === 0 ? closestMentions(view, subject, object) : undefined,
        sentenceDistance: distance,
        shared: view.sentencesOf[subject]!.filter((sentence) => objectSentences.has(sentence)),
      });
    }
  }
  return candidates;
}
