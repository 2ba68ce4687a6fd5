/**
 * `npx tsx scripts/relation-gaps.ts [--limit N] [--show WORD]`: where typed relations are missing on
 * the BBC corpus. For neighbouring mentions of two entities in one sentence with no typed relation
 * between them, counts the words joining them (the whole gap when short, and each word in it), and
 * counts articles with 0-2 relations by section. `--show WORD` prints gaps containing WORD.
 */

import { parseArgs } from "node:util";
import { readCorpus } from "../bench/lib/corpus.js";
import { reportProgress } from "../bench/lib/progress.js";
import { readInput } from "../src/pipeline/1-intake/read-input.js";
import { analyzeArticle } from "../src/pipeline/index.js";

const { values: options } = parseArgs({
  options: {
    limit: { type: "string" },
    show: { type: "string" },
    top: { type: "string", default: "60" },
  },
});
const MAX_GAP_CHARS = 60;
const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "to",
  "in",
  "on",
  "for",
  "at",
  "'s",
  "by",
  "with",
  "from",
  "as",
  "is",
  "was",
  "has",
  "have",
  "that",
  "it",
  "be",
  "are",
  "said",
  "his",
  "her",
  "its",
  "their",
]);

let files = readCorpus();
if (options.limit) files = files.slice(0, Number(options.limit));
const gaps = new Map<string, number>();
const gapWords = new Map<string, number>();
const lowBySection = new Map<string, [number, number]>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
for (const [done, file] of files.entries()) {
  reportProgress(done + 1, files.length);
  const section = file.path.split("/").at(-2) ?? "?";
  for (const item of readInput({ bytes: file.bytes, name: file.path }, { maxBytes: 1 << 21 })) {
    if (!item.ok) continue;
    const x = analyzeArticle(item.draft);
    const tally = lowBySection.get(section) ?? [0, 0];
    tally[1]++;
    if (x.relations.length <= 2) tally[0]++;
    lowBySection.set(section, tally);
    const related = new Set<string>();
    for (const r of x.relations) {
      related.add(`${Math.min(r.subject, r.object)}:${Math.max(r.subject, r.object)}`);
    }
    const bySentence = new Map<number, typeof x.mentions>();
    for (const m of x.mentions) {
      const list = bySentence.get(m.sentenceIndex) ?? [];
      list.push(m);
      bySentence.set(m.sentenceIndex, list);
    }
    for (const mentions of bySentence.values()) {
      mentions.sort((a, b) => a.start - b.start);
      for (let i = 0; i + 1 < mentions.length; i++) {
        const a = mentions[i]!;
        const b = mentions[i + 1]!;
        if (a.entity === b.entity || b.start < a.end) continue;
        const key = `${Math.min(a.entity, b.entity)}:${Math.max(a.entity, b.entity)}`;
        if (related.has(key)) continue;
        const between = x.draft.text
          .slice(a.end, b.start)
          .replace(/\s+/g, " ")
          .trim()
          .toLowerCase();
        if (between.length > MAX_GAP_CHARS || between === "," || between === "and") continue;
        const ta = x.entities[a.entity]!.type;
        const tb = x.entities[b.entity]!.type;
        const shown = `${ta} [${between}] ${tb}`;
        bump(gaps, shown);
        for (const w of new Set(between.split(/[^a-z'-]+/)))
          if (w && !STOP.has(w)) bump(gapWords, w);
        if (
          options.show !== undefined &&
          (options.show === "*" || ` ${between} `.includes(` ${options.show} `))
        ) {
          const sentence = x.sentences[a.sentenceIndex]!;
          const text = x.draft.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ");
          console.log(
            `${file.path.split("/").slice(-2).join("/")} | ${ta} ${a.surface} [${between}] ${tb} ${b.surface} | ${text}`,
          );
        }
      }
    }
  }
}
const top = Number(options.top);
const list = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, top)
    .map(([k, n]) => `${n}\t${k}`)
    .join("\n");
if (!options.show) {
  console.log("articles with 0-2 relations by section:");
  for (const [section, [low, all]] of [...lowBySection.entries()].sort())
    console.log(`  ${section}: ${low}/${all}`);
  console.log(`\ngap words:\n${list(gapWords)}\n\nwhole gaps:\n${list(gaps)}`);
}
