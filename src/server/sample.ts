/** The bundled sample articles, written for this project, loaded into an empty database on start. */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { countArticles } from "../db/articles.js";
import type { DB } from "../db/schema.js";
import type { IngestOutcome } from "../ingest/ingest.js";

const SAMPLE_DIR = fileURLToPath(new URL("./sample/", import.meta.url));

/** Ingests the sample articles when the database holds no article; returns what was done. */
export async function loadSampleIfEmpty(
  db: Kysely<DB>,
  maxArticleBytes: number,
): Promise<IngestOutcome[]> {
  if ((await countArticles(db, {})) > 0) return [];
  // The ingest path (the pipeline and its models) loads only when there is something to ingest.
  const { ingest } = await import("../ingest/ingest.js");
  const files = (await readdir(SAMPLE_DIR)).filter((file) => file.endsWith(".txt")).sort();
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    const bytes = await readFile(`${SAMPLE_DIR}${file}`);
    outcomes.push(...(await ingest(db, { bytes, name: `sample/${file}` }, { maxArticleBytes })));
  }
  return outcomes;
}
