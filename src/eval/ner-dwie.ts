/**
 * Scores the NER tagger on DWIE entity mentions (Deutsche Welle news the tagger was never tuned
 * on): exact span and type match against DWIE's coarse types, mapped onto the CoNLL ones.
 */
import { readFileSync } from "node:fs";
import { scoreSpans } from "../pipeline/3-recognize/tagger/scoring.js";
import { loadTagger, Tagger } from "../pipeline/3-recognize/tagger/tagger.js";
import type { NerLabel, NerSpan } from "../pipeline/types.js";
import { buildNerReport, type NerReport } from "./ner.js";

/** DWIE coarse types scored by default: the three whose meaning matches CoNLL's. */
const DWIE_CORE_TYPES: Readonly<Record<string, NerLabel>> = {
  "type::person": "PER",
  "type::organization": "ORG",
  "type::location": "LOC",
};

/**
 * With `misc`, DWIE's leftovers that CoNLL would call MISC ("German", "Muslim", "Titanic",
 * "Hausa", "Bundesliga") are scored too; DWIE's `other` mixes demonyms with religions and
 * ideologies, so this number is the rougher one.
 */
const DWIE_MISC_TYPES: Readonly<Record<string, NerLabel>> = {
  "type::other": "MISC",
  "type::misc": "MISC",
  "type::ethnicity": "MISC",
  "type::event": "MISC",
};

/** Documents tagged untimed, by a separate tagger, before measuring. */
const WARMUP_DOCUMENTS = 20;

/** Tokens that end a sentence when DWIE's token list is split ("." "?" "!"). */
const SENTENCE_END = /^[.?!]+$/;

/** DWIE's line-break token. */
const LINE_BREAK = "\n";

/** One DWIE document: its tokens (line breaks included), sentence ranges and gold spans. */
export interface DwieDocument {
  tokens: string[];
  /** Half-open token ranges of the sentences, line-break tokens left out. */
  sentences: [number, number][];
  /** Gold spans over document token positions. */
  spans: NerSpan[];
}

interface DwieMention {
  pos: [number, number];
  type: string;
}

interface DwieRawDocument {
  sents: string[][];
  vertexSet: DwieMention[][];
}

/** Splits a DWIE token list at line breaks and after sentence-final punctuation. */
export function splitDwieSentences(tokens: readonly string[]): [number, number][] {
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token === LINE_BREAK) {
      if (i > start) sentences.push([start, i]);
      start = i + 1;
    } else if (SENTENCE_END.test(token)) {
      sentences.push([start, i + 1]);
      start = i + 1;
    }
  }
  return sentences;
}

/**
 * Gold spans of one document: mapped mentions, deduplicated, without mentions nested in a longer
 * one (a flat tagger cannot produce "Mediterranean" inside "Southern Central Mediterranean").
 */
function collectGoldSpans(
  document: DwieRawDocument,
  types: Readonly<Record<string, NerLabel>>,
): NerSpan[] {
  const byKey = new Map<string, NerSpan>();
  for (const cluster of document.vertexSet) {
    for (const mention of cluster) {
      const label = types[mention.type];
      if (label === undefined) continue;
      const [start, end] = mention.pos;
      byKey.set(`${start}:${end}:${label}`, { start, end, label });
    }
  }
  const spans = [...byKey.values()];
  return spans
    .filter(
      (s) =>
        !spans.some(
          (o) =>
            o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start,
        ),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : 1));
}

/** Reads a DWIE file in the Re-DocRED layout (one token list per document). */
export function readDwieFile(file: string, misc = false): DwieDocument[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as DwieRawDocument[];
  const types = misc ? { ...DWIE_CORE_TYPES, ...DWIE_MISC_TYPES } : DWIE_CORE_TYPES;
  return raw.map((document) => {
    const tokens = document.sents.flat();
    return {
      tokens,
      sentences: splitDwieSentences(tokens),
      spans: collectGoldSpans(document, types),
    };
  });
}

/**
 * Tags each document and scores its spans against the gold ones at document level; predicted
 * types that are not scored (MISC unless `misc`) are dropped rather than counted as errors.
 */
export function evaluateNerDwie(
  file: string,
  options: { misc?: boolean; tagger?: Tagger } = {},
): NerReport {
  const documents = readDwieFile(file, options.misc ?? false);
  const tagger = options.tagger ?? loadTagger();
  const scored = new Set<NerLabel>([
    "PER",
    "LOC",
    "ORG",
    ...(options.misc ? ["MISC" as const] : []),
  ]);
  const gold: NerSpan[][] = [];
  const predicted: NerSpan[][] = [];
  let tokens = 0;
  let characters = 0;
  let sentences = 0;
  const split = (document: DwieDocument): string[][] =>
    document.sentences.map(([from, to]) => document.tokens.slice(from, to));
  // warm the JIT with a throwaway tagger, as `evaluateNer` does, so throughput compares
  const warmup = new Tagger(tagger.model);
  for (const document of documents.slice(0, WARMUP_DOCUMENTS)) warmup.tagDocument(split(document));
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const document of documents) {
    const texts = split(document);
    const found = tagger.tagDocument(texts);
    const spans: NerSpan[] = [];
    document.sentences.forEach(([from], s) => {
      for (const span of found[s] ?? []) {
        if (scored.has(span.label))
          spans.push({ start: from + span.start, end: from + span.end, label: span.label });
      }
    });
    for (const text of texts) {
      tokens += text.length;
      for (const token of text) characters += token.length;
    }
    sentences += texts.length;
    gold.push(document.spans);
    predicted.push(spans);
  }
  return buildNerReport(gold, predicted, {
    documents: documents.length,
    sentences,
    tokens,
    characters,
    started,
    cpuStarted,
  });
}
