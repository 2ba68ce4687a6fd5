/** The BBC news corpus the benchmarks read (never copied into the repository). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the corpus lives; override with BENCH_CORPUS. */
export const CORPUS_DIR =
  process.env.BENCH_CORPUS ??
  path.resolve(fileURLToPath(new URL("../../../shared/data/bbc-news", import.meta.url)));

/** One corpus file in memory. */
export interface CorpusFile {
  path: string;
  bytes: Buffer;
}

/** Lists the corpus's article files (`<topic>/<n>.txt`), sorted; throws with a hint when absent. */
export function listCorpusFiles(dir = CORPUS_DIR): string[] {
  try {
    statSync(dir);
  } catch {
    throw new Error(`corpus not found at ${dir}: set BENCH_CORPUS to the bbc-news folder`);
  }
  const files: string[] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, topic.name))) {
      if (name.endsWith(".txt")) files.push(path.join(dir, topic.name, name));
    }
  }
  return files.sort();
}

/** Reads every corpus file into memory, so disk time stays out of the measurements. */
export function readCorpus(dir = CORPUS_DIR): CorpusFile[] {
  return listCorpusFiles(dir).map((file) => ({ path: file, bytes: readFileSync(file) }));
}
