/**
 * Training for the two-stage tagger. Stage 1 learns from local features; its output on the
 * training set comes from jackknifed models (each fold tagged by a model that never saw it), so
 * stage 2 learns to trust document-level evidence only as much as it deserves. Gazetteer features
 * for training text are jackknifed the same way, otherwise every training name would be "known".
 */
import { readFileSync } from "node:fs";
import { decodeEncoded } from "./beam.js";
import { type ConllDocument, readConllFile } from "./conll.js";
import { extractDocumentKeys } from "./document-features.js";
import {
  computeHistoryKeys,
  expandRoleKeys,
  extractSentenceFeatures,
  HISTORY_KEY_COUNT,
  type SentenceFeatures,
} from "./features.js";
import { buildGazetteer, type GazetteerEntry } from "./gazetteer-features.js";
import {
  collectCompromiseEntries,
  collectCountryEntries,
  collectCuratedEntries,
} from "./gazetteer-sources.js";
import { encodeSentence, KeyIndex, type WeightTable } from "./key-index.js";
import type { TrainedTagger } from "./model-file.js";
import { type TrainingSentence, trainPerceptron } from "./perceptron.js";
import { encodeBilouLabels, isNerLabel } from "./spans.js";
import { type FeatureResources, WordCache } from "./word-features.js";

/** Training settings; the defaults are what `npm run train` uses. */
export interface TrainOptions {
  trainFile: string;
  /** How many documents at the end of `trainFile` to leave out (a held-out split for tuning). */
  heldOutDocuments?: number;
  /** Re-DocRED JSON whose typed mentions extend the gazetteer. */
  redocredFile?: string;
  clusters?: Map<number, string>;
  casing?: Map<number, number>;
  /**
   * Add the project's curated name lists and compromise's lexicon names to the gazetteer
   * (organisations, people, places: see `collectCuratedEntries`, `collectCompromiseEntries`).
   */
  curatedGazetteer?: boolean;
  epochs: number;
  folds: number;
  seed: number;
  /** Features seen fewer times than this in training are not given weights. */
  minCount: number;
  /** Beam width for training and tagging (1 = greedy). */
  beamSize: number;
  log: (line: string) => void;
}

/** Default training settings. */
export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, "trainFile" | "log"> = {
  epochs: 10,
  folds: 4,
  seed: 20030,
  minCount: 2,
  beamSize: 4,
  curatedGazetteer: false,
};

/** One training document after feature extraction (gazetteer jackknifed by its fold). */
interface PreparedDocument {
  fold: number;
  features: SentenceFeatures[];
  gold: Uint8Array[];
}

/** Typed mention names from Re-DocRED (Wikipedia), as tokenised there. */
function collectRedocredEntries(file: string): GazetteerEntry[] {
  interface Mention {
    pos: [number, number];
    sent_id: number;
    type: string;
  }
  interface Doc {
    sents: string[][];
    vertexSet: Mention[][];
  }
  const docs = JSON.parse(readFileSync(file, "utf8")) as Doc[];
  const entries: GazetteerEntry[] = [];
  for (const doc of docs) {
    for (const cluster of doc.vertexSet) {
      for (const mention of cluster) {
        if (!isNerLabel(mention.type)) continue;
        const tokens = doc.sents[mention.sent_id]?.slice(mention.pos[0], mention.pos[1]) ?? [];
        entries.push({ tokens, type: mention.type });
      }
    }
  }
  return entries;
}

/** Names annotated in training documents. */
function collectDocumentEntries(documents: readonly ConllDocument[]): GazetteerEntry[] {
  return documents.flatMap((d) =>
    d.sentences.flatMap((s) =>
      s.spans.map((span) => ({ tokens: s.tokens.slice(span.start, span.end), type: span.label })),
    ),
  );
}

/** Builds the feature index for a set of sentences, keeping keys seen at least `minCount` times. */
function buildFeatureIndex(
  sentences: readonly { features: SentenceFeatures; extra?: number[][]; gold: Uint8Array }[],
  minCount: number,
): KeyIndex {
  const counts = new Map<number, number>();
  const bump = (key: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const history = new Int32Array(HISTORY_KEY_COUNT);
  for (const { features, extra, gold } of sentences) {
    for (const key of expandRoleKeys(features).keys) bump(key);
    if (extra !== undefined) for (const keys of extra) for (const key of keys) bump(key);
    for (let i = 0; i < gold.length; i++) {
      computeHistoryKeys(
        features.words[i] as (typeof features.words)[number],
        i > 0 ? (gold[i - 1] as number) : -1,
        i > 1 ? (gold[i - 2] as number) : -1,
        history,
      );
      for (const key of history) bump(key);
    }
  }
  let kept = 0;
  for (const count of counts.values()) if (count >= minCount) kept++;
  const index = new KeyIndex(kept);
  for (const [key, count] of counts) if (count >= minCount) index.insert(key);
  return index;
}

/** Trains one stage on the given sentences. */
function trainStage(
  sentences: readonly { features: SentenceFeatures; extra?: number[][]; gold: Uint8Array }[],
  options: TrainOptions,
  seed: number,
): WeightTable {
  const index = buildFeatureIndex(sentences, options.minCount);
  const data: TrainingSentence[] = sentences.map(({ features, extra, gold }) => {
    const { keys, offsets } = expandRoleKeys(features);
    return { sentence: encodeSentence(index, keys, offsets, features.words, extra), gold };
  });
  return trainPerceptron(index, data, options.epochs, seed, options.beamSize);
}

/** Trains both stages (score the result with `evaluateNer` after encoding it). */
export function trainTagger(options: TrainOptions): TrainedTagger {
  const { log } = options;
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const all = readConllFile(options.trainFile);
  const documents = all.slice(0, all.length - (options.heldOutDocuments ?? 0));
  const clusters = options.clusters ?? new Map<number, string>();
  const external = [
    ...collectCountryEntries(),
    ...(options.curatedGazetteer
      ? [...collectCuratedEntries(), ...collectCompromiseEntries()]
      : []),
    ...(options.redocredFile ? collectRedocredEntries(options.redocredFile) : []),
  ];
  const casing = options.casing ?? new Map<number, number>();
  const cache = new WordCache({ clusters, gazetteer: new Map(), gazetteerMaxLength: 0, casing });

  // fold-specific gazetteers: names from the other folds plus the external lists
  const foldResources: FeatureResources[] = [];
  for (let f = 0; f < options.folds; f++) {
    const { gazetteer, maxLength } = buildGazetteer([
      ...external,
      ...collectDocumentEntries(documents.filter((_, d) => d % options.folds !== f)),
    ]);
    foldResources.push({ clusters, gazetteer, gazetteerMaxLength: maxLength, casing });
  }
  const full = buildGazetteer([...external, ...collectDocumentEntries(documents)]);
  const resources: FeatureResources = {
    clusters,
    gazetteer: full.gazetteer,
    gazetteerMaxLength: full.maxLength,
    casing,
  };

  const prepared: PreparedDocument[] = documents.map((document, d) => {
    const fold = d % options.folds;
    return {
      fold,
      features: document.sentences.map((s) =>
        extractSentenceFeatures(s.tokens, cache, foldResources[fold] as FeatureResources),
      ),
      gold: document.sentences.map((s) => encodeBilouLabels(s.spans, s.tokens.length)),
    };
  });
  log(`prepared ${documents.length} documents (${elapsed()})`);

  const sentencesOf = (docs: readonly PreparedDocument[]) =>
    docs.flatMap((doc) =>
      doc.features.map((features, s) => ({ features, gold: doc.gold[s] as Uint8Array })),
    );

  // jackknifed stage-1 labels for the training documents
  const stage1Labels: Uint8Array[][] = prepared.map(() => []);
  for (let f = 0; f < options.folds; f++) {
    const model = trainStage(
      sentencesOf(prepared.filter((doc) => doc.fold !== f)),
      options,
      options.seed + f + 1,
    );
    prepared.forEach((doc, d) => {
      if (doc.fold !== f) return;
      stage1Labels[d] = doc.features.map((features) => {
        const { keys, offsets } = expandRoleKeys(features);
        return decodeEncoded(
          model,
          encodeSentence(model.index, keys, offsets, features.words),
          options.beamSize,
        );
      });
    });
    log(`fold ${f + 1}/${options.folds} trained (${elapsed()})`);
  }

  const stage1 = trainStage(sentencesOf(prepared), options, options.seed);
  log(`stage 1 trained: ${stage1.index.size} features (${elapsed()})`);

  const stage2Sentences = prepared.flatMap((doc, d) => {
    const documentKeys = extractDocumentKeys(doc.features, stage1Labels[d] as Uint8Array[]);
    return doc.features.map((features, s) => ({
      features,
      extra: documentKeys[s],
      gold: doc.gold[s] as Uint8Array,
    }));
  });
  const stage2 = trainStage(stage2Sentences, options, options.seed + 100);
  log(`stage 2 trained: ${stage2.index.size} features (${elapsed()})`);

  return {
    stages: [stage1, stage2],
    resources,
    meta: {
      beamSize: options.beamSize,
      epochs: options.epochs,
      folds: options.folds,
      seed: options.seed,
      minCount: options.minCount,
      trainedOn: "conll2003/eng.train",
    },
  };
}

/**
 * The mean of several trained taggers, stage by stage: every feature key any of them weighs,
 * with the average of their weights (a key a model lacks counts as 0). Each stage scores a label
 * linearly, so the mean model scores every label sequence by the mean of the models' scores: an
 * ensemble at the cost of one model. The resources must be the same (training is deterministic
 * apart from the seed, which only orders the updates); the first model's are kept.
 */
export function averageTaggers(models: readonly TrainedTagger[]): TrainedTagger {
  const first = models[0];
  if (first === undefined) throw new Error("averageTaggers needs at least one model");
  for (const model of models) {
    if (model.stages.length !== first.stages.length)
      throw new Error("averageTaggers: models with different stage counts");
    if (
      model.resources.clusters.size !== first.resources.clusters.size ||
      model.resources.gazetteer.size !== first.resources.gazetteer.size ||
      model.resources.casing.size !== first.resources.casing.size
    )
      throw new Error("averageTaggers: models trained with different resources");
  }
  const stages = first.stages.map((_, s): WeightTable => {
    const tables = models.map((model) => model.stages[s] as WeightTable);
    const stride = (tables[0] as WeightTable).stride;
    const capacity = tables.reduce((sum, table) => sum + table.index.size, 0);
    const index = new KeyIndex(capacity);
    const rowsOf = tables.map((table) =>
      Array.from(table.index.keysByRow(), (k) => index.insert(k)),
    );
    const weights = new Float32Array(index.size * stride);
    tables.forEach((table, t) => {
      (rowsOf[t] as number[]).forEach((row, r) => {
        for (let l = 0; l < stride; l++) {
          const at = row * stride + l;
          weights[at] =
            (weights[at] as number) +
            (table.weights[r * table.stride + l] as number) / tables.length;
        }
      });
    });
    return { index, weights, stride };
  });
  return {
    stages,
    resources: first.resources,
    meta: { ...first.meta, seed: undefined, seeds: models.map((model) => model.meta.seed) },
  };
}
