/** Scores relation extraction on Re-DocRED: our typed relations mapped onto Wikidata properties. */
import { readFileSync } from "node:fs";
import type { EntityType, RelationType } from "../domain/vocabulary.js";
import { findEntryByKey } from "../pipeline/3-recognize/gazetteer/gazetteer-lookups.js";
import { spansCountries } from "../pipeline/5-relate/classifier/place-evidence.js";
import type { AnalyzeOptions } from "../pipeline/index.js";
import type { ExtractedRelation, Extraction } from "../pipeline/types.js";
import {
  analyzeDocument,
  REDOCRED_MEDIA_MAPPING,
  type RelationDocument,
  rebuildText,
} from "./relation-data.js";

/** One Re-DocRED document: the layout DWIE's `dev.json` shares (see relation-data.ts). */
export type DocRedDocument = RelationDocument;

/**
 * The scored properties. `reverse`: the property's head is our object ("P35 head of state": the
 * country's head is the person, our LEADER_OF runs person → country).
 */
interface PropertyMapping {
  property: string;
  name: string;
  reverse: boolean;
}

const PROPERTIES: readonly PropertyMapping[] = [
  { property: "P35", name: "head of state", reverse: true },
  { property: "P6", name: "head of government", reverse: true },
  { property: "P488", name: "chairperson", reverse: true },
  { property: "P39", name: "position held", reverse: false },
  { property: "P463", name: "member of", reverse: false },
  { property: "P102", name: "member of political party", reverse: false },
  { property: "P27", name: "country of citizenship", reverse: false },
  { property: "P710", name: "participant", reverse: true },
  { property: "P1344", name: "participant of", reverse: false },
  { property: "P607", name: "conflict", reverse: false },
  { property: "P17", name: "country", reverse: false },
  { property: "P131", name: "located in the administrative territorial entity", reverse: false },
  { property: "P30", name: "continent", reverse: false },
  { property: "P36", name: "capital", reverse: true },
  { property: "P1376", name: "capital of", reverse: false },
  { property: "P159", name: "headquarters location", reverse: false },
  { property: "P54", name: "member of sports team", reverse: false },
  { property: "P286", name: "head coach", reverse: true },
  { property: "P108", name: "employer", reverse: false },
  { property: "P112", name: "founded by", reverse: true },
];
const BY_PROPERTY = new Map(PROPERTIES.map((mapping) => [mapping.property, mapping]));

/** "Prime Minister", "Chancellor": heads of government rather than of state. */
const GOVERNMENT_TITLES =
  /prime minister|premier|chancellor|first minister|taoiseach|governor|mayor/i;
/** Events that are wars or battles (P607 "conflict" rather than P1344 "participant of"). */
const WAR_NAME =
  /\b(war|battle|siege|campaign|offensive|invasion|uprising|rebellion|revolution|conflict|insurgency|operation)\b/i;
/** Organisations that are political parties (P102 rather than P463). */
const PARTY_NAME = /\b(party|partei|parti|partido|partito|union|front|league|congress)\b/i;

/** "continent" or "region" when a place is a continent or a world region of several countries. */
function worldRegionKind(key: string): string | undefined {
  return spansCountries(key) ? findEntryByKey(key)?.kind : undefined;
}

/** The properties a relation of ours states, in our direction (subject → object). */
function propertiesOf(
  relation: ExtractedRelation,
  subjectType: EntityType,
  object: { type: EntityType; name: string; key: string },
): string[] {
  const { type: objectType, name: objectName } = object;
  switch (relation.type) {
    // A country's leader or official is its citizen, which Re-DocRED labels too (P27).
    case "LEADER_OF":
      if (objectType === "ORGANIZATION") return ["P488"];
      return GOVERNMENT_TITLES.test(relation.attributes.title ?? relation.predicate)
        ? ["P6", "P27"]
        : ["P35", "P27"];
    case "HOLDS_POSITION":
      return objectType === "COUNTRY" ? ["P27"] : [];
    case "MEMBER_OF":
      return PARTY_NAME.test(objectName) ? ["P102"] : ["P463"];
    case "CITIZEN_OF":
      return ["P27"];
    case "PARTY_TO":
      return ["P1344", "P710"];
    case "LOCATED_IN":
      // Where an event happened is "location" (P276), which is not scored.
      if (subjectType === "EVENT") return [];
      // "Kenya LOCATED_IN Africa" is P30; a world region of several countries ("Latin America")
      // is neither a continent nor an administrative unit, so not scored.
      switch (worldRegionKind(object.key)) {
        case "continent":
          return ["P30"];
        case "region":
          return [];
      }
      // Re-DocRED labels a place's country both ways ("Lyon, France": P17 and P131).
      if (objectType === "COUNTRY")
        return subjectType === "PLACE" && relation.predicate === "," ? ["P17", "P131"] : ["P17"];
      return ["P131"];
    case "CAPITAL_OF":
      return objectType === "COUNTRY" ? ["P1376", "P36", "P17"] : ["P1376", "P36", "P131"];
    case "BASED_IN":
      return objectType === "COUNTRY" ? ["P17"] : ["P159"];
    case "PARTICIPATED_IN":
      return WAR_NAME.test(objectName) ? ["P607"] : ["P1344", "P710"];
    case "PLAYS_FOR":
      return ["P54"];
    case "COACHES":
      return ["P286"];
    case "WORKS_FOR":
      return ["P108"];
    case "FOUNDED":
      return ["P112"];
    // Scored apart, by our type against the union of its properties (MEDIA_TYPES).
    case "APPEARS_IN":
    case "CREATED":
    case "WON":
    case "PRODUCES":
      return [relation.type];
    default:
      return [];
  }
}

/** Counts for one property. */
export interface PropertyScore {
  property: string;
  name: string;
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores of one evaluation run. */
export interface RelationReport {
  documents: number;
  properties: PropertyScore[];
  overall: Omit<PropertyScore, "property" | "name">;
  /** The media types against their mapped properties (REDOCRED_MEDIA_MAPPING), not in `overall`. */
  media: PropertyScore[];
  /** Seconds in the whole pipeline, and in the relate stage alone. */
  seconds: number;
  relateSeconds: number;
  characters: number;
}

/** Precision, recall and F1 from counts (0 where a denominator is 0). */
export function scoreCounts(truePositives: number, predicted: number, gold: number) {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** Character spans of every cluster's mentions, for mapping our mentions onto clusters. */
function clusterSpans(document: DocRedDocument, offsets: [number, number][][]) {
  return document.vertexSet.flatMap((cluster, index) =>
    cluster.flatMap((mention) => {
      const tokens = offsets[mention.sent_id];
      const first = tokens?.[mention.pos[0]];
      const last = tokens?.[mention.pos[1] - 1];
      return first && last ? [{ cluster: index, start: first[0], end: last[1] }] : [];
    }),
  );
}

/** Pairs (subject cluster, object cluster) per property that our relations state, in our direction. */
export function predictPairs(
  document: DocRedDocument,
  extraction: Extraction,
  offsets: [number, number][][],
): Map<string, Set<string>> {
  const spans = clusterSpans(document, offsets);
  const clusterOfSpan = (start: number, end: number): number | undefined => {
    let best: number | undefined;
    let bestOverlap = 0;
    for (const span of spans) {
      const overlap = Math.min(end, span.end) - Math.max(start, span.start);
      // "Canada" inside "Power Corporation of Canada" is not that cluster: most of both spans must agree.
      if (overlap * 2 < Math.max(end - start, span.end - span.start)) continue;
      if (overlap > bestOverlap) {
        best = span.cluster;
        bestOverlap = overlap;
      }
    }
    return best;
  };
  // Each mention's cluster, and each entity's most frequent cluster as a fallback.
  const mentionClusters = extraction.mentions.map((mention) =>
    clusterOfSpan(mention.start, mention.end),
  );
  const votes = extraction.entities.map(() => new Map<number, number>());
  extraction.mentions.forEach((mention, index) => {
    const cluster = mentionClusters[index];
    // "Kristiania" read as Norway names the city's cluster, not the country's.
    if (cluster !== undefined && !mention.isMetonymy)
      votes[mention.entity]!.set(cluster, (votes[mention.entity]!.get(cluster) ?? 0) + 1);
  });
  const entityCluster = votes.map(
    (counts) => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0],
  );
  const clusterFor = (entity: number, relation: ExtractedRelation): number | undefined => {
    // The mention the relation was read from: inside the evidence span, else in its sentence.
    let inSentence: number | undefined;
    for (let i = 0; i < extraction.mentions.length; i++) {
      const mention = extraction.mentions[i]!;
      if (mention.entity !== entity || mentionClusters[i] === undefined) continue;
      if (mention.start >= relation.evidence.start && mention.end <= relation.evidence.end)
        return mentionClusters[i];
      if (mention.sentenceIndex === relation.evidence.sentenceIndex)
        inSentence ??= mentionClusters[i];
    }
    return inSentence ?? entityCluster[entity];
  };

  const pairs = new Map<string, Set<string>>();
  for (const relation of extraction.relations) {
    const object = extraction.entities[relation.object]!;
    const properties = propertiesOf(relation, extraction.entities[relation.subject]!.type, object);
    if (properties.length === 0) continue;
    const s = clusterFor(relation.subject, relation);
    const o = clusterFor(relation.object, relation);
    if (s === undefined || o === undefined || s === o) continue;
    // "Canada" and "Canadian" are separate clusters that Re-DocRED labels alike: our one country
    // entity stands for all of its clusters on the object side.
    const objects = new Set(
      object.type === "COUNTRY" ? [o, ...(votes[relation.object]?.keys() ?? [])] : [o],
    );
    for (const property of properties) {
      const set = pairs.get(property) ?? new Set<string>();
      for (const object of objects) if (object !== s) set.add(`${s}:${object}`);
      pairs.set(property, set);
    }
  }
  return pairs;
}

/** The entertainment, tech and business types, scored apart from the overall figure. */
const MEDIA_TYPES: readonly RelationType[] = ["APPEARS_IN", "CREATED", "WON", "PRODUCES"];

/** Gold pairs per scored property, in our direction; the media types' pairs under our type's name. */
export function goldPairs(document: DocRedDocument): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const label of document.labels) {
    const media = REDOCRED_MEDIA_MAPPING[label.r];
    if (media) {
      const set = pairs.get(media.type) ?? new Set<string>();
      set.add(media.reverse ? `${label.t}:${label.h}` : `${label.h}:${label.t}`);
      pairs.set(media.type, set);
    }
    const mapping = BY_PROPERTY.get(label.r);
    if (!mapping) continue;
    const set = pairs.get(label.r) ?? new Set<string>();
    set.add(mapping.reverse ? `${label.t}:${label.h}` : `${label.h}:${label.t}`);
    pairs.set(label.r, set);
  }
  return pairs;
}

/** Runs the pipeline on each document and scores the mapped properties. */
export function evaluateRelations(
  documents: readonly DocRedDocument[],
  options: AnalyzeOptions = {},
): RelationReport {
  const keys = [...PROPERTIES.map((mapping) => mapping.property), ...MEDIA_TYPES];
  const counts = new Map(keys.map((key) => [key, { tp: 0, predicted: 0, gold: 0 }]));
  let seconds = 0;
  let relateSeconds = 0;
  let characters = 0;
  for (const document of documents) {
    const { text, offsets } = rebuildText(document);
    characters += text.length;
    const started = performance.now();
    const extraction = analyzeDocument(document, text, options);
    seconds += (performance.now() - started) / 1000;
    relateSeconds += extraction.timings.relate / 1000;
    const predicted = predictPairs(document, extraction, offsets);
    const gold = goldPairs(document);
    for (const key of keys) {
      const count = counts.get(key)!;
      const p = predicted.get(key) ?? new Set<string>();
      const g = gold.get(key) ?? new Set<string>();
      count.predicted += p.size;
      count.gold += g.size;
      for (const pair of p) if (g.has(pair)) count.tp += 1;
    }
  }
  const properties = PROPERTIES.map((mapping) => {
    const count = counts.get(mapping.property)!;
    return {
      property: mapping.property,
      name: mapping.name,
      ...scoreCounts(count.tp, count.predicted, count.gold),
    };
  });
  const total = properties.reduce(
    (sum, p) => ({
      tp: sum.tp + p.truePositives,
      predicted: sum.predicted + p.predicted,
      gold: sum.gold + p.gold,
    }),
    { tp: 0, predicted: 0, gold: 0 },
  );
  const media = MEDIA_TYPES.map((type) => {
    const count = counts.get(type)!;
    const properties = Object.entries(REDOCRED_MEDIA_MAPPING)
      .filter(([, mapping]) => mapping.type === type)
      .map(([property]) => property);
    return {
      property: type,
      name: properties.join(" "),
      ...scoreCounts(count.tp, count.predicted, count.gold),
    };
  });
  return {
    documents: documents.length,
    properties,
    overall: scoreCounts(total.tp, total.predicted, total.gold),
    media,
    seconds,
    relateSeconds,
    characters,
  };
}

/** Reads a Re-DocRED JSON file (a list of documents), optionally only the first `limit`. */
export function readDocRed(file: string, limit?: number): DocRedDocument[] {
  const documents = JSON.parse(readFileSync(file, "utf8")) as DocRedDocument[];
  return limit ? documents.slice(0, limit) : documents;
}

const percent = (value: number) => (100 * value).toFixed(1).padStart(5);

/** The report as lines; the last line is `F1 <overall, 0–100>`. */
export function formatRelationReport(report: RelationReport): string[] {
  const mbPerSecond = (seconds: number) => (report.characters / 1e6 / seconds).toFixed(2);
  const lines = [
    `documents ${report.documents}: pipeline ${mbPerSecond(report.seconds)} MB/s, relate stage ${mbPerSecond(report.relateSeconds)} MB/s`,
  ];
  lines.push(
    "property                                               P      R     F1    tp/pred/gold",
  );
  for (const p of report.properties) {
    lines.push(
      `${`${p.property} ${p.name}`.padEnd(52)} ${percent(p.precision)}  ${percent(p.recall)}  ${percent(p.f1)}    ${p.truePositives}/${p.predicted}/${p.gold}`,
    );
  }
  const o = report.overall;
  lines.push(
    `${"overall (micro)".padEnd(52)} ${percent(o.precision)}  ${percent(o.recall)}  ${percent(o.f1)}    ${o.truePositives}/${o.predicted}/${o.gold}`,
  );
  // The issue-14 types on lines of their own, and the overall figure with them, which the floors do not read.
  const withMedia = [...report.properties, ...report.media].reduce(
    (sum, p) => ({
      tp: sum.tp + p.truePositives,
      predicted: sum.predicted + p.predicted,
      gold: sum.gold + p.gold,
    }),
    { tp: 0, predicted: 0, gold: 0 },
  );
  const m = scoreCounts(withMedia.tp, withMedia.predicted, withMedia.gold);
  for (const p of report.media) {
    lines.push(
      `${`media ${p.property} (${p.name})`.padEnd(52)} ${percent(p.precision)}  ${percent(p.recall)}  ${percent(p.f1)}    ${p.truePositives}/${p.predicted}/${p.gold}`,
    );
  }
  lines.push(
    `${"overall with media types".padEnd(52)} ${percent(m.precision)}  ${percent(m.recall)}  ${percent(m.f1)}    ${m.truePositives}/${m.predicted}/${m.gold}`,
  );
  lines.push(`F1 ${(100 * o.f1).toFixed(1)}`);
  return lines;
}
