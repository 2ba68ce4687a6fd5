/** Evaluates the tagger on a CoNLL file: conlleval exact-span scores plus throughput. */

import { type ConllDocument, readConllFile } from "../pipeline/3-recognize/tagger/conll.js";
import { type SpanScores, scoreSpans } from "../pipeline/3-recognize/tagger/scoring.js";
import { NER_TYPES } from "../pipeline/3-recognize/tagger/spans.js";
import { loadTagger, Tagger } from "../pipeline/3-recognize/tagger/tagger.js";
import type { NerLabel, NerSpan } from "../pipeline/types.js";

/** Documents tagged untimed, by a separate tagger, before measuring. */
const WARMUP_DOCUMENTS = 100;

/** Scores and speed of one evaluation run. */
export interface NerReport extends SpanScores {
  documents: number;
  sentences: number;
  tokens: number;
  /** Characters of token text (token lengths summed, separators not counted). */
  characters: number;
  /** Wall-clock seconds spent tagging. */
  seconds: number;
  /** CPU seconds spent tagging (what "per core" throughput is measured on). */
  cpuSeconds: number;
  /** Tokens per CPU second. */
  tokensPerSecond: number;
  /** Kilobytes of token text per CPU second. */
  kilobytesPerSecond: number;
}

/** Tags every document of a CoNLL file (IOB1 or IOB2) and scores the result. */
export function evaluateNer(file: string, tagger: Tagger = loadTagger()): NerReport {
  return evaluateNerDocuments(readConllFile(file), tagger);
}

/** Tags already-read CoNLL documents (a held-out split of a training file) and scores the result. */
export function evaluateNerDocuments(
  documents: readonly ConllDocument[],
  tagger: Tagger = loadTagger(),
): NerReport {
  const gold: NerSpan[][] = [];
  const predicted: NerSpan[][] = [];
  let tokens = 0;
  let characters = 0;
  let sentences = 0;
  for (const document of documents) {
    for (const sentence of document.sentences) {
      tokens += sentence.tokens.length;
      for (const token of sentence.tokens) characters += token.length;
    }
  }
  // Warm the JIT with a throwaway tagger (its own word cache): the timed run then sees what a
  // long-running ingest process sees, compiled code but words it has not cached yet.
  const warmup = new Tagger(tagger.model);
  for (const document of documents.slice(0, WARMUP_DOCUMENTS))
    warmup.tagDocument(document.sentences.map((s) => s.tokens));
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const document of documents) {
    const spans = tagger.tagDocument(document.sentences.map((s) => s.tokens));
    for (let s = 0; s < document.sentences.length; s++) {
      gold.push((document.sentences[s] as { spans: NerSpan[] }).spans);
      predicted.push(spans[s] ?? []);
      sentences++;
    }
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

/** Scores gold against predicted spans and adds the run's size and CPU throughput. */
export function buildNerReport(
  gold: NerSpan[][],
  predicted: NerSpan[][],
  run: {
    documents: number;
    sentences: number;
    tokens: number;
    characters: number;
    started: bigint;
    cpuStarted: NodeJS.CpuUsage;
  },
): NerReport {
  const seconds = Number(process.hrtime.bigint() - run.started) / 1e9;
  const cpu = process.cpuUsage(run.cpuStarted);
  // CPU time keeps the figure honest on a shared machine where other processes take turns
  const cpuSeconds = Math.max((cpu.user + cpu.system) / 1e6, 1e-6);
  return {
    ...scoreSpans(gold, predicted),
    documents: run.documents,
    sentences: run.sentences,
    tokens: run.tokens,
    characters: run.characters,
    seconds,
    cpuSeconds,
    tokensPerSecond: run.tokens / cpuSeconds,
    kilobytesPerSecond: run.characters / 1024 / cpuSeconds,
  };
}

/** Renders a report as the lines the CLI prints (the given types, then throughput); the last line is `F1 <overall>`. */
export function formatNerReport(
  report: NerReport,
  types: readonly NerLabel[] = NER_TYPES,
): string[] {
  const pad = (s: string, n: number): string => s.padStart(n);
  const lines = [
    `${"type".padEnd(6)}${pad("precision", 11)}${pad("recall", 9)}${pad("F1", 8)}${pad("gold", 7)}${pad("found", 7)}`,
  ];
  for (const type of types) {
    const s = report.byType[type];
    lines.push(
      `${type.padEnd(6)}${pad(s.precision.toFixed(2), 11)}${pad(s.recall.toFixed(2), 9)}${pad(s.f1.toFixed(2), 8)}${pad(String(s.gold), 7)}${pad(String(s.predicted), 7)}`,
    );
  }
  const o = report.overall;
  lines.push(
    `${"all".padEnd(6)}${pad(o.precision.toFixed(2), 11)}${pad(o.recall.toFixed(2), 9)}${pad(o.f1.toFixed(2), 8)}${pad(String(o.gold), 7)}${pad(String(o.predicted), 7)}`,
  );
  lines.push(
    `throughput ${Math.round(report.tokensPerSecond)} tokens/s, ${report.kilobytesPerSecond.toFixed(0)} KB/s of token text per core ` +
      `(${report.tokens} tokens, ${report.documents} documents, ${report.cpuSeconds.toFixed(2)} s CPU, ${report.seconds.toFixed(2)} s wall; JIT warm, word cache cold)`,
  );
  lines.push(`F1 ${o.f1.toFixed(2)}`);
  return lines;
}
