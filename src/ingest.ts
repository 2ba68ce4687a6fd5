/** Article → pipeline → database: each article analysed, then stored in its own transaction. */
import type { Kysely } from "kysely";
import { findArticleIdByHash, storeExtraction } from "./db/store.js";
import type { DB } from "./db/schema.js";
import { analyzeArticle } from "./pipeline/index.js";
import { IntakeError, type RawInput, readInput } from "./pipeline/1-intake/read-input.js";

/** An article to ingest: bytes or text, a name for messages, optional format and metadata. */
export type IngestRequest = RawInput;

/** What happened to one article of a request. */
export type IngestOutcome =
  | {
      label: string;
      status: "ingested" | "duplicate";
      articleId: number;
      title: string | null;
      entityCount: number;
      relationCount: number;
      ms: number;
    }
  | { label: string; status: "failed"; code: string; message: string; ms: number };

/** Limits applied to every request. */
export interface IngestOptions {
  maxArticleBytes: number;
}

function failure(label: string, error: unknown, started: number): IngestOutcome {
  const ms = performance.now() - started;
  if (error instanceof IntakeError) return { label, status: "failed", code: error.code, message: error.message, ms };
  const message = error instanceof Error ? error.message : String(error);
  return { label, status: "failed", code: "INGEST_FAILED", message: `${label}: ${message}`, ms };
}

/** Ingests every article in the request; one failure never stops the others. */
export async function ingest(
  db: Kysely<DB>,
  request: IngestRequest,
  options: IngestOptions,
): Promise<IngestOutcome[]> {
  const started = performance.now();
  let items: ReturnType<typeof readInput>;
  try {
    items = readInput(request, { maxBytes: options.maxArticleBytes });
  } catch (error) {
    return [failure(request.name, error, started)];
  }
  const outcomes: IngestOutcome[] = [];
  for (const item of items) {
    const itemStarted = performance.now();
    if (!item.ok) {
      outcomes.push(failure(item.label, item.error, itemStarted));
      continue;
    }
    try {
      // Known content is reported without re-analysing it.
      const existing = await findArticleIdByHash(db, item.draft.contentHash);
      if (existing !== undefined) {
        outcomes.push({
          label: item.label,
          status: "duplicate",
          articleId: existing,
          title: item.draft.title,
          entityCount: 0,
          relationCount: 0,
          ms: performance.now() - itemStarted,
        });
        continue;
      }
      const extraction = analyzeArticle(item.draft);
      const stored = await db.transaction().execute((trx) => storeExtraction(trx, extraction));
      outcomes.push({
        label: item.label,
        status: stored.isNew ? "ingested" : "duplicate",
        articleId: stored.articleId,
        title: item.draft.title,
        entityCount: stored.entityCount,
        relationCount: stored.relationCount,
        ms: performance.now() - itemStarted,
      });
    } catch (error) {
      outcomes.push(failure(item.label, error, itemStarted));
    }
  }
  return outcomes;
}
