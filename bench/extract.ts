/**
 * `npm run bench:extract`: our pipeline's throughput per core over the BBC corpus, stage by stage,
 * next to compromise's people/places/organizations over the same text in the same run.
 *
 * Both run on one thread (so KB/s is per core), over the same analysed text (the drafts intake
 * produced), interleaved chunk by chunk so a noisy neighbour slows both alike; ratios are medians
 * of per-chunk pairs. Ours is the compiled pipeline (dist/), which the npm script builds first.
 * Options: --rounds N (default 2), --chunks N (default 5), --limit N articles.
 */
import { parseArgs } from "node:util";
import nlp from "compromise";
import type { ArticleDraft, StageTimings } from "../src/pipeline/types.js";
import { loadCompiledPipeline } from "./lib/compiled.js";
import { readCorpus } from "./lib/corpus.js";
import { describeMachine } from "./lib/machine.js";
import { saveResult } from "./lib/results.js";
import { median, round, sum } from "./lib/stats.js";
import { formatTable } from "./lib/table.js";

/** After the first round, stop starting chunks after this long, so a run stays under 10 minutes. */
const TIME_BUDGET_MS = 5 * 60_000;
const STAGES = [
  "segment",
  "recognize",
  "resolve",
  "relate",
] as const satisfies readonly (keyof StageTimings)[];
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** KB = 1,000 bytes, like MB in the ingest benchmark. */
const KB = 1000;
const WARMUP_ARTICLES = 100;
const MODEL_RETRY_DELAY_MS = 60_000;

// The compiled code, as `kg ingest` runs it (npm run bench:extract builds it first).
const { readInput, analyzeArticle } = await loadCompiledPipeline("bench:extract");

const { values: options } = parseArgs({
  options: {
    rounds: { type: "string", default: "2" },
    chunks: { type: "string", default: "5" },
    limit: { type: "string" },
  },
});

/** One timed pass of one engine over one chunk of drafts. */
interface ChunkSample {
  articles: number;
  bytes: number;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (all its threads): what a core spent, whatever else the machine ran. */
  cpuMs: number;
  stages?: StageTimings;
  found: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function textBytes(drafts: readonly ArticleDraft[]): number {
  return sum(drafts.map((draft) => Buffer.byteLength(draft.text)));
}

function runOurs(drafts: readonly ArticleDraft[]): ChunkSample {
  const stages: StageTimings = { segment: 0, recognize: 0, resolve: 0, relate: 0 };
  let found = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const draft of drafts) {
    const extraction = analyzeArticle(draft);
    for (const stage of STAGES) stages[stage] += extraction.timings[stage];
    found += extraction.entities.length;
  }
  const ms = performance.now() - started;
  return {
    articles: drafts.length,
    bytes: textBytes(drafts),
    ms,
    cpuMs: cpuMsSince(cpu),
    stages,
    found,
  };
}

function runCompromise(drafts: readonly ArticleDraft[]): ChunkSample {
  let found = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const draft of drafts) {
    const doc = nlp(draft.text);
    // distinct names per article, like our per-article entity list
    const names = new Set<string>([
      ...doc.people().out("array"),
      ...doc.places().out("array"),
      ...doc.organizations().out("array"),
    ]);
    found += names.size;
  }
  const ms = performance.now() - started;
  return { articles: drafts.length, bytes: textBytes(drafts), ms, cpuMs: cpuMsSince(cpu), found };
}

/** The first analysis loads the tagger model; another engineer may be replacing it, so retry once a minute. */
async function warmUp(drafts: readonly ArticleDraft[]): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const started = performance.now();
      analyzeArticle(drafts[0] as ArticleDraft);
      const firstMs = performance.now() - started;
      runOurs(drafts);
      runCompromise(drafts);
      return firstMs;
    } catch (error) {
      if (attempt >= 3) throw error;
      process.stderr.write(`pipeline failed to load (${String(error)}); retrying in a minute\n`);
      await new Promise((resolve) => setTimeout(resolve, MODEL_RETRY_DELAY_MS));
    }
  }
}

const kbPerSecond = (bytes: number, ms: number) => bytes / KB / (ms / 1000);

async function main(): Promise<void> {
  const rounds = Number(options.rounds);
  const chunkCount = Number(options.chunks);
  const runStarted = performance.now();
  const machine = await describeMachine();

  let files = readCorpus();
  if (options.limit) files = files.slice(0, Number(options.limit));
  const rawBytes = sum(files.map((file) => file.bytes.length));

  // Intake, timed on its own over bytes already in memory (disk reads excluded).
  const intakeMs: number[] = [];
  const intakeCpuMs: number[] = [];
  let drafts: ArticleDraft[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const passDrafts: ArticleDraft[] = [];
    for (const file of files) {
      for (const item of readInput(
        { bytes: file.bytes, name: file.path },
        { maxBytes: MAX_ARTICLE_BYTES },
      )) {
        if (item.ok) passDrafts.push(item.draft);
      }
    }
    intakeMs.push(performance.now() - started);
    intakeCpuMs.push(cpuMsSince(cpu));
    drafts = passDrafts;
  }
  const analysedBytes = textBytes(drafts);
  process.stderr.write(
    `${files.length} files, ${(rawBytes / 1e6).toFixed(2)} MB raw → ${drafts.length} drafts, ${(analysedBytes / 1e6).toFixed(2)} MB of text\n`,
  );

  const firstArticleMs = await warmUp(drafts.slice(0, WARMUP_ARTICLES));

  // Chunks by stride, so each mixes all five topics.
  const chunks = Array.from({ length: chunkCount }, (_, chunk) =>
    drafts.filter((_, i) => i % chunkCount === chunk),
  );
  const ours: ChunkSample[] = [];
  const theirs: ChunkSample[] = [];
  measuring: for (let pass = 0; pass < rounds; pass++) {
    for (const [index, chunk] of chunks.entries()) {
      // the first round always completes, so every article is measured once
      if (pass > 0 && performance.now() - runStarted > TIME_BUDGET_MS) break measuring;
      // alternate which engine goes first, so neither always runs on a warmer or quieter machine
      if ((pass + index) % 2 === 0) {
        ours.push(runOurs(chunk));
        theirs.push(runCompromise(chunk));
      } else {
        theirs.push(runCompromise(chunk));
        ours.push(runOurs(chunk));
      }
      process.stderr.write(`round ${pass + 1}/${rounds} chunk ${index + 1}/${chunkCount} done\n`);
    }
  }
  const roundsRun = ours.length / chunkCount;

  // Headline rates use CPU time, so other load on a shared machine does not count against either engine.
  const cpuRate = (sample: ChunkSample) => kbPerSecond(sample.bytes, sample.cpuMs);
  const wallRate = (sample: ChunkSample) => kbPerSecond(sample.bytes, sample.ms);
  const ourRates = ours.map(cpuRate);
  const theirRates = theirs.map(cpuRate);
  const ratios = ourRates.map((rate, i) => rate / (theirRates[i] as number));
  const wallRatios = ours.map((sample, i) => wallRate(sample) / wallRate(theirs[i] as ChunkSample));
  const intakeRate = median(intakeCpuMs.map((ms) => kbPerSecond(rawBytes, ms)));
  const intakeWallRate = median(intakeMs.map((ms) => kbPerSecond(rawBytes, ms)));
  // A stage's CPU time: the chunk's CPU time split in proportion to the stage's wall time.
  const stageCpuMs = (sample: ChunkSample, stage: (typeof STAGES)[number]) =>
    ((sample.stages?.[stage] ?? 0) / sample.ms) * sample.cpuMs;
  // Small stages are noisy per chunk, so their rates pool all chunks: total bytes ÷ total stage time.
  const timedBytes = sum(ours.map((sample) => sample.bytes));
  const stageRates = Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      kbPerSecond(timedBytes, sum(ours.map((sample) => stageCpuMs(sample, stage)))),
    ]),
  ) as Record<(typeof STAGES)[number], number>;
  const stageShares = Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      sum(ours.map((s) => s.stages?.[stage] ?? 0)) / sum(ours.map((s) => s.ms)),
    ]),
  ) as Record<(typeof STAGES)[number], number>;
  const articlesTimed = sum(ours.map((sample) => sample.articles));
  const oursCpuPerArticle = sum(ours.map((s) => s.cpuMs)) / articlesTimed;
  const theirsCpuPerArticle = sum(theirs.map((s) => s.cpuMs)) / articlesTimed;
  const oursFound = sum(ours.slice(0, chunkCount).map((s) => s.found));
  const theirsFound = sum(theirs.slice(0, chunkCount).map((s) => s.found));

  const rows = [
    [
      "intake (readInput, raw bytes)",
      round(intakeRate),
      round(intakeWallRate),
      round(median(intakeCpuMs) / files.length),
      null,
      null,
    ],
    ...STAGES.map((stage) => [
      `ours: ${stage}`,
      round(stageRates[stage]),
      null,
      null,
      `${Math.round(stageShares[stage] * 100)}%`,
      null,
    ]),
    [
      "**ours: analyzeArticle (all stages)**",
      round(median(ourRates)),
      round(median(ours.map(wallRate))),
      round(oursCpuPerArticle),
      "100%",
      oursFound,
    ],
    [
      `**compromise ${nlp.version} people+places+orgs**`,
      round(median(theirRates)),
      round(median(theirs.map(wallRate))),
      round(theirsCpuPerArticle),
      null,
      theirsFound,
    ],
    [
      "**ratio ours / compromise**",
      round(median(ratios)),
      round(median(wallRatios)),
      null,
      null,
      null,
    ],
  ];
  const table = formatTable(
    [
      "engine / stage",
      "KB/s per core (CPU time, median)",
      "KB/s wall (median)",
      "CPU ms/article (mean)",
      "share of analysis time",
      "entities found",
    ],
    rows,
  );
  const notes = [
    "Ours is the compiled pipeline (dist/, built by npm run build), as kg ingest runs it.",
    `${drafts.length} articles, ${(analysedBytes / 1e6).toFixed(2)} MB of analysed text (${(rawBytes / 1e6).toFixed(2)} MB raw); ` +
      `${round(roundsRun)} round(s) × ${chunkCount} interleaved chunks on one thread; KB = 1,000 bytes.`,
    "KB/s per core = text bytes ÷ CPU seconds of the process (immune to other load on a shared machine); wall = bytes ÷ elapsed seconds.",
    "Stage rates split each chunk's CPU time in proportion to the stage timings analyzeArticle returns, pooled over all chunks; intake (timed apart, before analysis) is raw bytes ÷ time, median of 3 passes.",
    `"entities found" = distinct entities (ours) or distinct people/place/organization strings (compromise) per article, summed over one pass; a size check, not a quality measure.`,
    `Ratio = median over chunks of (ours ÷ compromise) on the same chunk; first article incl. tagger model load: ${firstArticleMs.toFixed(0)} ms.`,
  ];
  const markdown = `${table}\n\n${notes.map((note) => `- ${note}`).join("\n")}`;

  saveResult(
    "extract",
    machine,
    {
      corpus: { files: files.length, drafts: drafts.length, rawBytes, analysedBytes },
      settings: { rounds: round(roundsRun), chunks: chunkCount, kbBytes: KB, code: "compiled" },
      intake: {
        kbPerCpuSecond: round(intakeRate),
        kbPerWallSecond: round(intakeWallRate),
        passesMs: intakeMs.map((ms) => round(ms)),
        passesCpuMs: intakeCpuMs.map((ms) => round(ms)),
      },
      ours: {
        kbPerCpuSecondMedian: round(median(ourRates)),
        kbPerCpuSecondSamples: ourRates.map((rate) => round(rate)),
        kbPerWallSecondMedian: round(median(ours.map(wallRate))),
        cpuMsPerArticle: round(oursCpuPerArticle),
        stageKbPerSecond: Object.fromEntries(
          STAGES.map((stage) => [stage, round(stageRates[stage])]),
        ),
        stageShare: Object.fromEntries(STAGES.map((stage) => [stage, round(stageShares[stage])])),
        entitiesFound: oursFound,
        firstArticleMs: round(firstArticleMs),
      },
      compromise: {
        version: nlp.version,
        kbPerCpuSecondMedian: round(median(theirRates)),
        kbPerCpuSecondSamples: theirRates.map((rate) => round(rate)),
        kbPerWallSecondMedian: round(median(theirs.map(wallRate))),
        cpuMsPerArticle: round(theirsCpuPerArticle),
        entitiesFound: theirsFound,
      },
      ratioOursOverCompromise: {
        cpuMedian: round(median(ratios)),
        wallMedian: round(median(wallRatios)),
        samples: ratios.map((r) => round(r)),
      },
      elapsedSeconds: round((performance.now() - runStarted) / 1000),
    },
    markdown,
  );
}

await main();
