/**
 * Document-level relation data (Re-DocRED and DWIE, one JSON layout): reading, the fixed
 * train/held-out split, aligning our entities with the gold clusters, and gold labels in our types.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EntityType, RelationType } from "../domain/vocabulary.js";
import { type AnalyzeOptions, analyzeArticle } from "../pipeline/index.js";
import type { Extraction } from "../pipeline/types.js";
import { TokenJoiner } from "./detokenize.js";

/** One gold mention: token span `pos` (end exclusive) inside sentence `sent_id`. */
export interface GoldMention {
  name: string;
  pos: [number, number];
  sent_id: number;
  type: string;
}

/** One document as Re-DocRED and DWIE's `dev.json` hold it. */
export interface RelationDocument {
  title: string;
  sents: string[][];
  vertexSet: GoldMention[][];
  labels: { h: number; t: number; r: string }[];
  /** DWIE only: each cluster's fine types from `annos/<title>.json` ("company", "party"), when found. */
  fineTypes?: string[][];
}

/** One DWIE concept of `annos/<title>.json`. */
interface DwieConcept {
  concept: number;
  tags: string[] | null;
}

/** DWIE's original annotation of one article: concepts with fine types, mentions naming them. */
interface DwieAnnotation {
  concepts: DwieConcept[];
  mentions: { text: string; concept: number }[];
}

/** Fine types of each cluster: the concept whose mention texts overlap the cluster's names most. */
function readFineTypes(document: RelationDocument, file: string): string[][] | undefined {
  if (!existsSync(file)) return undefined;
  const annotation = JSON.parse(readFileSync(file, "utf8")) as DwieAnnotation;
  const textsOf = new Map<number, Set<string>>();
  for (const mention of annotation.mentions) {
    const texts = textsOf.get(mention.concept) ?? new Set<string>();
    texts.add(mention.text);
    textsOf.set(mention.concept, texts);
  }
  return document.vertexSet.map((cluster) => {
    const names = new Set(cluster.map((mention) => mention.name));
    let best: DwieConcept | undefined;
    let bestShared = 0;
    for (const concept of annotation.concepts) {
      let shared = 0;
      for (const text of textsOf.get(concept.concept) ?? []) if (names.has(text)) shared++;
      if (shared > bestShared) {
        best = concept;
        bestShared = shared;
      }
    }
    return (best?.tags ?? [])
      .filter((tag) => tag.startsWith("type::"))
      .map((tag) => tag.slice("type::".length));
  });
}

/** The two annotated sets the scorers and the trainer read. */
export type RelationDataset = "redocred" | "dwie";

/** Which documents a run reads: the held-out quarter, the rest, or everything. */
export type DataSplit = "heldout" | "train" | "all";

/** DWIE marks line breaks with a token of its own; a blank line keeps paragraphs apart for segmentation. */
const LINE_BREAK_TOKEN = "\n";
const PARAGRAPH_BREAK = "\n\n";

/** DWIE names its documents "DW_<id>" and types its clusters "type::person". */
export function detectDataset(documents: readonly RelationDocument[]): RelationDataset {
  const first = documents[0];
  const isDwie =
    first !== undefined &&
    (first.title.startsWith("DW_") || first.vertexSet[0]?.[0]?.type.startsWith("type::") === true);
  return isDwie ? "dwie" : "redocred";
}

/** Reads a Re-DocRED or DWIE JSON file (a list of documents). */
export function readRelationDocuments(file: string): RelationDocument[] {
  const documents = JSON.parse(readFileSync(file, "utf8")) as RelationDocument[];
  if (detectDataset(documents) === "dwie") {
    const annotations = path.join(path.dirname(file), "annos");
    for (const document of documents) {
      const fineTypes = readFineTypes(document, path.join(annotations, `${document.title}.json`));
      if (fineTypes) document.fineTypes = fineTypes;
    }
  }
  return documents;
}

/** FNV-1a over the title's UTF-16 code units: a split that never depends on file order. */
function hashTitle(title: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** One document in four, chosen by a stable hash of its title, is held out from training. */
export function isHeldOut(document: RelationDocument): boolean {
  return hashTitle(document.title) % 4 === 0;
}

/** The documents of one split. */
export function selectSplit(
  documents: readonly RelationDocument[],
  split: DataSplit,
): RelationDocument[] {
  if (split === "all") return [...documents];
  return documents.filter((document) => isHeldOut(document) === (split === "heldout"));
}

/**
 * A document's text (running text from its tokens, see detokenize.ts; sentences and DWIE line
 * breaks by newlines) and each token's offsets.
 */
export function rebuildText(document: RelationDocument): {
  text: string;
  offsets: [number, number][][];
} {
  const joiner = new TokenJoiner();
  const offsets = document.sents.map((sentence, index) => {
    if (index > 0) joiner.breakLine("\n", false);
    return sentence.map((token): [number, number] => {
      if (token !== LINE_BREAK_TOKEN) return joiner.push(token);
      joiner.breakLine(PARAGRAPH_BREAK, true);
      return [joiner.text.length, joiner.text.length];
    });
  });
  return { text: joiner.text, offsets };
}

/** Runs the whole pipeline on a document's rebuilt text. */
export function analyzeDocument(
  document: RelationDocument,
  text: string,
  options: AnalyzeOptions = {},
): Extraction {
  return analyzeArticle(
    {
      title: document.title,
      author: null,
      publishedAt: null,
      source: null,
      url: null,
      text,
      contentHash: "",
      format: "txt",
    },
    options,
  );
}

/**
 * DWIE keeps "German" apart from "Germany" (joined by `gpe0`/`gpe1`/`gpe2`) and states relations
 * through either (`citizen_of-x`); our resolver reads both as one country, so each adjective
 * cluster stands for the place it names.
 */
function canonicalClusters(document: RelationDocument, dataset: RelationDataset): number[] {
  const canonical = document.vertexSet.map((_, index) => index);
  if (dataset !== "dwie") return canonical;
  for (const label of document.labels) {
    if (/^gpe\d$/.test(label.r)) canonical[label.h] = label.t;
  }
  return canonical;
}

/** Each of our entities' gold cluster (the one most of its mentions fall on), or undefined. */
export interface Alignment {
  /** Per entity: the cluster most of its non-metonymic mentions match. */
  entityCluster: (number | undefined)[];
  /** Per entity: every cluster one of its mentions matches ("Canada" and "Canadian"). */
  entityClusters: Set<number>[];
}

/** Aligns our entities with the gold clusters by mention spans: most of both spans must agree. */
export function alignEntities(
  document: RelationDocument,
  dataset: RelationDataset,
  extraction: Pick<Extraction, "entities" | "mentions">,
  offsets: [number, number][][],
): Alignment {
  const canonical = canonicalClusters(document, dataset);
  const spans = document.vertexSet.flatMap((cluster, index) =>
    cluster.flatMap((mention) => {
      const tokens = offsets[mention.sent_id];
      const first = tokens?.[mention.pos[0]];
      const last = tokens?.[mention.pos[1] - 1];
      return first && last ? [{ cluster: canonical[index]!, start: first[0], end: last[1] }] : [];
    }),
  );
  const votes = extraction.entities.map(() => new Map<number, number>());
  for (const mention of extraction.mentions) {
    let best: number | undefined;
    let bestOverlap = 0;
    for (const span of spans) {
      const overlap = Math.min(mention.end, span.end) - Math.max(mention.start, span.start);
      // "Canada" inside "Power Corporation of Canada" is not that cluster.
      if (overlap * 2 < Math.max(mention.end - mention.start, span.end - span.start)) continue;
      if (overlap > bestOverlap) {
        best = span.cluster;
        bestOverlap = overlap;
      }
    }
    // "Kristiania" read as Norway names the city's cluster, not the country's.
    if (best === undefined || mention.isMetonymy) continue;
    const counts = votes[mention.entity]!;
    counts.set(best, (counts.get(best) ?? 0) + 1);
  }
  return {
    entityCluster: votes.map(
      (counts) => [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0],
    ),
    entityClusters: votes.map((counts) => new Set(counts.keys())),
  };
}

/** A gold relation in our vocabulary and direction, between canonical clusters. */
export interface GoldRelation {
  type: RelationType;
  subject: number;
  object: number;
}

/** DWIE relation names (the `-x` adjective variants included) → our type; head is our subject. */
export const DWIE_MAPPING: Readonly<Record<string, RelationType>> = {
  head_of_state: "LEADER_OF",
  head_of_gov: "LEADER_OF",
  head_of: "LEADER_OF",
  minister_of: "HOLDS_POSITION",
  spokesperson_of: "WORKS_FOR",
  advisor_of: "WORKS_FOR",
  member_of: "MEMBER_OF",
  citizen_of: "CITIZEN_OF",
  based_in0: "BASED_IN",
  based_in1: "BASED_IN",
  based_in2: "BASED_IN",
  in0: "LOCATED_IN",
  in1: "LOCATED_IN",
  in2: "LOCATED_IN",
  player_of: "PLAYS_FOR",
  coach_of: "COACHES",
  won_vs: "DEFEATED",
  founder_of: "FOUNDED",
};

/**
 * Re-DocRED properties → our type. `reverse`: the property's head is our object ("P35 head of
 * state": the country's head is the person). P17/P131 "country"/"located in" are BASED_IN for
 * an organisation and LOCATED_IN otherwise.
 */
export const REDOCRED_MAPPING: Readonly<Record<string, { type: RelationType; reverse: boolean }>> =
  {
    P35: { type: "LEADER_OF", reverse: true },
    P6: { type: "LEADER_OF", reverse: true },
    P488: { type: "LEADER_OF", reverse: true },
    P27: { type: "CITIZEN_OF", reverse: false },
    P463: { type: "MEMBER_OF", reverse: false },
    P102: { type: "MEMBER_OF", reverse: false },
    P17: { type: "LOCATED_IN", reverse: false },
    P131: { type: "LOCATED_IN", reverse: false },
    P159: { type: "BASED_IN", reverse: false },
    P1376: { type: "CAPITAL_OF", reverse: false },
    P36: { type: "CAPITAL_OF", reverse: true },
    P710: { type: "PARTICIPATED_IN", reverse: true },
    P1344: { type: "PARTICIPATED_IN", reverse: false },
    P607: { type: "PARTICIPATED_IN", reverse: false },
    P54: { type: "PLAYS_FOR", reverse: false },
    P286: { type: "COACHES", reverse: true },
    P108: { type: "WORKS_FOR", reverse: false },
    P112: { type: "FOUNDED", reverse: true },
  };

/**
 * Re-DocRED properties of the entertainment, tech and business types (issue 14), in our direction:
 * "P161 cast member" runs work → actor, so it is APPEARS_IN reversed; director, author, composer,
 * creator and developer are CREATED reversed; manufacturer and publisher PRODUCES reversed. Kept
 * apart from `REDOCRED_MAPPING` on purpose: the relation model is not trained on these types, and
 * the eval scores them on a report line of their own, outside the overall figure.
 */
export const REDOCRED_MEDIA_MAPPING: Readonly<
  Record<string, { type: RelationType; reverse: boolean }>
> = {
  P161: { type: "APPEARS_IN", reverse: true },
  P57: { type: "CREATED", reverse: true },
  P50: { type: "CREATED", reverse: true },
  P86: { type: "CREATED", reverse: true },
  P170: { type: "CREATED", reverse: true },
  P178: { type: "CREATED", reverse: true },
  P166: { type: "WON", reverse: false },
  P176: { type: "PRODUCES", reverse: true },
  P123: { type: "PRODUCES", reverse: true },
};

/** DWIE organisations a person works for rather than joins ("member_of" covers both). */
const EMPLOYER_TYPES: ReadonlySet<string> = new Set([
  "company",
  "media",
  "education_org",
  "ngo",
  "policy_institute",
  "agency",
  "governmental_organisation",
  "ministry",
  "court",
  "research_center",
  "facility",
]);

/**
 * DWIE's `member_of` joins a person to a party or an IGO (MEMBER_OF), to a company, paper,
 * university or agency (WORKS_FOR, as our vocabulary reads employment), or to a team (already
 * `player_of`/`coach_of`, so not counted twice).
 */
function dwieMemberType(document: RelationDocument, head: number, tail: number) {
  const headTypes = document.fineTypes?.[head] ?? [];
  const tailTypes = document.fineTypes?.[tail] ?? [];
  if (!headTypes.includes("person")) return "MEMBER_OF";
  if (tailTypes.includes("sport_team")) return undefined;
  return tailTypes.some((type) => EMPLOYER_TYPES.has(type)) ? "WORKS_FOR" : "MEMBER_OF";
}

/** The dataset's word for a relation without DWIE's adjective suffix ("citizen_of-x" → "citizen_of"). */
function baseName(relation: string): string {
  return relation.endsWith("-x") ? relation.slice(0, -2) : relation;
}

/**
 * Gold relations in our types between canonical clusters. `clusterTypes` gives the entity type we
 * assigned to a cluster (where we found it), so Re-DocRED's P17 reads as BASED_IN for organisations.
 */
export function goldRelations(
  document: RelationDocument,
  dataset: RelationDataset,
  clusterTypes: ReadonlyMap<number, EntityType> = new Map(),
): GoldRelation[] {
  const canonical = canonicalClusters(document, dataset);
  const seen = new Set<string>();
  const relations: GoldRelation[] = [];
  for (const label of document.labels) {
    let type: RelationType | undefined;
    let subject = canonical[label.h]!;
    let object = canonical[label.t]!;
    if (dataset === "dwie") {
      const name = baseName(label.r);
      type = name === "member_of" ? dwieMemberType(document, label.h, label.t) : DWIE_MAPPING[name];
    } else {
      const mapping = REDOCRED_MAPPING[label.r];
      if (mapping) {
        type = mapping.type;
        if (mapping.reverse) [subject, object] = [object, subject];
        if (type === "LOCATED_IN" && clusterTypes.get(subject) === "ORGANIZATION")
          type = "BASED_IN";
      }
    }
    if (type === undefined || subject === object) continue;
    const key = `${type}:${subject}:${object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ type, subject, object });
  }
  return relations;
}
