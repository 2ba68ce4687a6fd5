/**
 * Profiling helper (not a benchmark): analyses every fifth BBC article (first N, default 400),
 * one warm-up pass, then `passes` timed passes; with PROFILE=file, writes a CPU profile of the
 * timed passes only.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { readCorpus } from "../bench/lib/corpus.js";
import { readInput } from "../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../src/pipeline/index.js";
import type { ArticleDraft } from "../src/pipeline/types.js";

const limit = Number(process.argv[2] ?? 400);
const passes = Number(process.argv[3] ?? 2);
const files = readCorpus()
  .filter((_, i) => i % 5 === 0)
  .slice(0, limit);
const drafts: ArticleDraft[] = [];
for (const file of files)
  for (const item of readInput({ bytes: file.bytes, name: file.path }, { maxBytes: 2 << 20 }))
    if (item.ok) drafts.push(item.draft);
let bytes = 0;
for (const d of drafts) bytes += Buffer.byteLength(d.text);
for (const d of drafts) analyzeArticle(d);
const session = new Session();
if (process.env.PROFILE) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}
for (let pass = 0; pass < passes; pass++) {
  const cpu = process.cpuUsage();
  const t = { segment: 0, recognize: 0, resolve: 0, relate: 0 };
  for (const d of drafts) {
    const e = analyzeArticle(d);
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += e.timings[k];
  }
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const stages = Object.entries(t).map(([k, v]) => `${k} ${Math.round(v)}`);
  process.stdout.write(
    `pass ${pass}: ${drafts.length} articles ${(bytes / 1000 / (ms / 1000)).toFixed(0)} KB/s cpu; ms ${stages.join(", ")}\n`,
  );
}
if (process.env.PROFILE) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
