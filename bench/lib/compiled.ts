/**
 * The compiled pipeline (dist/, from `npm run build`): what `kg ingest` and `kg serve` run. Speed
 * benchmarks time it rather than the TypeScript through tsx, whose transform adds work the
 * shipped code does not do (a `__name` call per named closure, about 2 % of the relate stage).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildState } from "../../bin/build-stamp.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The compiled intake and analysis; exits with a message when the build is missing or stale. */
export async function loadCompiledPipeline(bench: string): Promise<{
  readInput: typeof import("../../src/pipeline/1-intake/read-input.js").readInput;
  analyzeArticle: typeof import("../../src/pipeline/index.js").analyzeArticle;
}> {
  const state = buildState(ROOT);
  if (state !== "fresh") {
    process.stderr.write(
      `${bench} times the compiled pipeline, but dist/ is ${state === "missing" ? "missing" : "older than src/"}: run npm run build\n`,
    );
    process.exit(2);
  }
  const load = (module: string) => import(pathToFileURL(path.join(ROOT, "dist/src", module)).href);
  const [{ readInput }, { analyzeArticle }] = await Promise.all([
    load("pipeline/1-intake/read-input.js"),
    load("pipeline/index.js"),
  ]);
  return { readInput, analyzeArticle };
}
