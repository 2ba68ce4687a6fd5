/**
 * Scores our typed relations against a document-level set in our own vocabulary (DWIE through
 * `DWIE_MAPPING`): each of our entities stands for the gold cluster most of its mentions match.
 */
import type { RelationType } from "../domain/vocabulary.js";
import { spansCountries } from "../pipeline/5-relate/classifier/place-evidence.js";
import type { AnalyzeOptions } from "../pipeline/index.js";
import {
  alignEntities,
  analyzeDocument,
  DWIE_MAPPING,
  goldRelations,
  type RelationDataset,
  type RelationDocument,
  rebuildText,
} from "./relation-data.js";
import { scoreCounts } from "./relations.js";

/** Counts and scores of one relation type. */
export interface TypeScore {
  type: RelationType;
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One evaluation run over a dataset's documents. */
export interface TypedRelationReport {
  dataset: RelationDataset;
  documents: number;
  types: TypeScore[];
  overall: Omit<TypeScore, "type">;
  /** Relations of scored types whose subject or object matches no gold cluster (not counted). */
  unaligned: number;
  /** Relations placing something in a continent or world region, which DWIE has no relation for (not counted). */
  outsideScheme: number;
  /** Of the true positives: how many came from the classifier, and of those how many INFERRED. */
  fromClassifier: number;
  inferred: number;
  seconds: number;
  relateSeconds: number;
}

/** Our types the dataset's mapping reaches, in vocabulary order. */
export function scoredTypes(): RelationType[] {
  return [...new Set(Object.values(DWIE_MAPPING))];
}

/**
 * Whether a relation lies outside DWIE's scheme: its in0/in1/in2 place things in a country, a
 * state or a city (GPEs), and it types continents and world regions "regio" with no relation into
 * them, so "Kenya LOCATED_IN Africa" can be neither right nor wrong there.
 */
function isOutsideScheme(
  relation: { type: RelationType; object: number },
  entities: readonly { key: string }[],
): boolean {
  const object = entities[relation.object];
  return relation.type === "LOCATED_IN" && object !== undefined && spansCountries(object.key);
}

/** Runs the pipeline on each document and scores the mapped types by cluster pairs. */
export function evaluateTypedRelations(
  documents: readonly RelationDocument[],
  dataset: RelationDataset,
  options: AnalyzeOptions = {},
): TypedRelationReport {
  const types = scoredTypes();
  const counts = new Map(types.map((type) => [type, { tp: 0, predicted: 0, gold: 0 }]));
  let unaligned = 0;
  let outsideScheme = 0;
  let fromClassifier = 0;
  let inferred = 0;
  let seconds = 0;
  let relateSeconds = 0;
  for (const document of documents) {
    const { text, offsets } = rebuildText(document);
    const started = performance.now();
    const extraction = analyzeDocument(document, text, options);
    seconds += (performance.now() - started) / 1000;
    relateSeconds += extraction.timings.relate / 1000;
    const { entityCluster } = alignEntities(document, dataset, extraction, offsets);
    const gold = new Set(
      goldRelations(document, dataset).map((g) => `${g.type}:${g.subject}:${g.object}`),
    );
    const predicted = new Map<string, boolean>();
    for (const relation of extraction.relations) {
      if (!counts.has(relation.type)) continue;
      if (isOutsideScheme(relation, extraction.entities)) {
        outsideScheme++;
        continue;
      }
      const s = entityCluster[relation.subject];
      const o = entityCluster[relation.object];
      if (s === undefined || o === undefined) {
        unaligned++;
        continue;
      }
      if (s === o) continue;
      const key = `${relation.type}:${s}:${o}`;
      const byModel = relation.attributes.model !== undefined;
      // A pair the rules state counts as theirs, whatever the model adds.
      predicted.set(key, (predicted.get(key) ?? true) && byModel);
      if (byModel && relation.provenance === "INFERRED" && gold.has(key)) inferred++;
    }
    for (const [key, byModel] of predicted) {
      const type = key.slice(0, key.indexOf(":")) as RelationType;
      const count = counts.get(type)!;
      count.predicted++;
      if (gold.has(key)) {
        count.tp++;
        if (byModel) fromClassifier++;
      }
    }
    for (const key of gold) {
      const count = counts.get(key.slice(0, key.indexOf(":")) as RelationType);
      if (count) count.gold++;
    }
  }
  const scores = types.map((type) => {
    const count = counts.get(type)!;
    return { type, ...scoreCounts(count.tp, count.predicted, count.gold) };
  });
  const total = scores.reduce(
    (sum, s) => ({
      tp: sum.tp + s.truePositives,
      predicted: sum.predicted + s.predicted,
      gold: sum.gold + s.gold,
    }),
    { tp: 0, predicted: 0, gold: 0 },
  );
  return {
    dataset,
    documents: documents.length,
    types: scores,
    overall: scoreCounts(total.tp, total.predicted, total.gold),
    unaligned,
    outsideScheme,
    fromClassifier,
    inferred,
    seconds,
    relateSeconds,
  };
}

const percent = (value: number) => (100 * value).toFixed(1).padStart(5);

/** The report as lines; the last line is `F1 <overall, 0–100>`. */
export function formatTypedRelationReport(report: TypedRelationReport): string[] {
  const lines = [
    `${report.dataset}: documents ${report.documents}, relate stage ${((100 * report.relateSeconds) / report.seconds).toFixed(0)} % of ${report.seconds.toFixed(1)} s`,
    "relation            P      R     F1    tp/pred/gold",
  ];
  for (const s of report.types) {
    lines.push(
      `${s.type.padEnd(16)} ${percent(s.precision)}  ${percent(s.recall)}  ${percent(s.f1)}    ${s.truePositives}/${s.predicted}/${s.gold}`,
    );
  }
  const o = report.overall;
  lines.push(
    `${"overall (micro)".padEnd(16)} ${percent(o.precision)}  ${percent(o.recall)}  ${percent(o.f1)}    ${o.truePositives}/${o.predicted}/${o.gold}`,
  );
  lines.push(
    `true positives from the classifier ${report.fromClassifier} (inferred across sentences ${report.inferred}); relations with an unaligned entity, not counted: ${report.unaligned}; placing in a continent or world region (outside DWIE's scheme), not counted: ${report.outsideScheme}`,
  );
  lines.push(`F1 ${(100 * o.f1).toFixed(1)}`);
  return lines;
}
