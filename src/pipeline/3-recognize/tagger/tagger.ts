/**
 * The NER tagger: two averaged-perceptron stages over BILOU labels. Stage 1 tags each sentence from
 * local features; stage 2 re-tags with document-level features built from stage 1's output, so a
 * name is labelled consistently across the article.
 */
import { readFileSync } from "node:fs";
import type { NerSpan } from "../../types.js";
import { decodeStage } from "./beam.js";
import { extractDocumentKeys } from "./document-features.js";
import { extractSentenceFeatures, type SentenceFeatures } from "./features.js";
import { decodeModel, type TaggerModel } from "./model-file.js";
import { decodeBilouLabels, LABEL_COUNT } from "./spans.js";
import { computeStaticScores, selectStageScores } from "./sparse-table.js";
import { WordCache } from "./word-features.js";

/** Where the committed model lives, independent of the working directory. */
export const TAGGER_MODEL_URL = new URL("../../model/ner-tagger.bin.gz", import.meta.url);

/**
 * Stage 1 only feeds stage 2's document features, and a narrower beam there costs nothing: on
 * eng.testa, stage-1 beam 2 and 4 both give 92.61 F1 overall, beam 1 gives 91.83.
 */
const STAGE1_BEAM_SIZE = 2;

/** The highest `WordInfo.casing` of a word capitalised under 20 % of the time mid-sentence. */
const MOSTLY_LOWERCASE_CASING = 2;

/** A loaded tagger. */
export class Tagger {
  private readonly cache: WordCache;
  /** Beam width the model was trained with (1 = greedy). */
  readonly beamSize: number;

  /** Wraps a decoded model. */
  constructor(readonly model: TaggerModel) {
    this.cache = new WordCache(model.resources);
    this.beamSize = typeof model.meta.beamSize === "number" ? model.meta.beamSize : 1;
  }

  /**
   * Whether unlabelled news writes this word in lower case away from a sentence's start (under
   * a fifth of the time capitalised: "pole", "election"); false for words too rare to know.
   */
  isMostlyLowercase(word: string): boolean {
    const casing = this.cache.describe(word).casing;
    // casing is the bucket + 1 (0: unknown); buckets 0 and 1 are under 2 % and under 20 %.
    return casing > 0 && casing <= MOSTLY_LOWERCASE_CASING;
  }

  /** Tags one document (sentences of tokens); returns spans per sentence over token indices. */
  tagDocument(sentences: string[][]): NerSpan[][] {
    return this.labelDocument(sentences).map(decodeBilouLabels);
  }

  /** Stage-2 BILOU label ids per sentence. */
  labelDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const { table, resources } = this.model;
    const features: SentenceFeatures[] = sentences.map((tokens) =>
      extractSentenceFeatures(tokens, this.cache, resources),
    );
    // One buffer for the document's static scores and one for a sentence's stage scores (the
    // beam reads them only while it decodes that sentence), not two or three per sentence.
    let tokenCount = 0;
    let longest = 0;
    for (const f of features) {
      tokenCount += f.words.length;
      longest = Math.max(longest, f.words.length);
    }
    const { columns } = table;
    const staticScores = new Int32Array(tokenCount * columns);
    const stageScores = new Float64Array(longest * LABEL_COUNT);
    let at = 0;
    const all = features.map((f) => {
      const end = at + f.words.length * columns;
      const scores = computeStaticScores(table, f, staticScores.subarray(at, end));
      at = end;
      return scores;
    });
    const stage1Beam = Math.min(STAGE1_BEAM_SIZE, this.beamSize);
    const first = features.map((f, s) =>
      decodeStage(
        table,
        0,
        selectStageScores(table, 0, all[s] as Int32Array, f.words.length, undefined, stageScores),
        f.words,
        stage1Beam,
      ),
    );
    const documentKeys = extractDocumentKeys(features, first);
    return features.map((f, s) =>
      decodeStage(
        table,
        1,
        selectStageScores(
          table,
          1,
          all[s] as Int32Array,
          f.words.length,
          documentKeys[s],
          stageScores,
        ),
        f.words,
        this.beamSize,
      ),
    );
  }
}

let cachedTagger: Tagger | undefined;

/** Loads the committed model once per process (synchronously) and returns the shared tagger. */
export function loadTagger(): Tagger {
  cachedTagger ??= new Tagger(decodeModel(readFileSync(TAGGER_MODEL_URL)));
  return cachedTagger;
}
