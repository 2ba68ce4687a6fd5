/**
 * The pipeline, read top to bottom: intake → segment → recognize → resolve → relate for each
 * article of an input, then the cross-article decision (which stored entity each entity joins)
 * that ingest applies inside the article's transaction.
 */
import { type IntakeOptions, type RawInput, readInput } from "./1-intake/read-input.js";
import { segmentText } from "./2-segment/segment.js";
import { recognizeMentions } from "./3-recognize/recognize.js";
import { resolveMentions } from "./4-resolve/resolve.js";
import type { RelationModel } from "./5-relate/classifier/model.js";
import { relateEntities } from "./5-relate/relate.js";
import type { ArticleDraft, Extraction } from "./types.js";

/** One article of an input: analysed, or the reason intake or analysis rejected it. */
export type AnalyzedItem =
  | { ok: true; label: string; extraction: Extraction }
  | { ok: false; label: string; error: unknown };

/**
 * Intake, then analysis of each article an input holds, one article at a time (so callers can
 * time each). Throws an IntakeError when the input as a whole is unreadable; a bad article is
 * yielded as a failure and the others still run.
 */
export function* analyzeInput(input: RawInput, options: IntakeOptions): Generator<AnalyzedItem> {
  for (const item of readInput(input, options)) {
    if (!item.ok) {
      yield { ok: false, label: item.label, error: item.error };
      continue;
    }
    let analyzed: AnalyzedItem;
    try {
      analyzed = { ok: true, label: item.label, extraction: analyzeArticle(item.draft) };
    } catch (error) {
      analyzed = { ok: false, label: item.label, error };
    }
    yield analyzed;
  }
}

/** Analysis choices: the relation classifier to use (the committed one by default, null for rules only). */
export interface AnalyzeOptions {
  relationModel?: RelationModel | null;
}

/** Analyses one article after intake: a pure function of the draft, no database. */
export function analyzeArticle(draft: ArticleDraft, options: AnalyzeOptions = {}): Extraction {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
  const sentences = segmentText(draft.text);
  const segment = lap();
  const candidates = recognizeMentions(draft.text, sentences);
  const recognize = lap();
  const resolution = resolveMentions(candidates, sentences);
  const resolve = lap();
  const { relations, coOccurrences } = relateEntities(draft.text, sentences, resolution, {
    publishedAt: draft.publishedAt,
    title: draft.title,
    relationModel: options.relationModel,
  });
  const relate = lap();
  return {
    draft,
    sentences,
    entities: resolution.entities,
    mentions: resolution.mentions,
    relations,
    coOccurrences,
    timings: { segment, recognize, resolve, relate },
  };
}

// Across articles (applied by ingest inside the article's transaction): which stored entity
// each extracted entity joins, decided from the candidate rows the store reads.
export {
  type ContextLookup,
  type EntityLink,
  type LinkCandidates,
  type LinkLookups,
  linkAcrossArticles,
  planContextLookup,
  planLinkLookups,
  type StoredContext,
  type StoredEntityKey,
} from "./4-resolve/link-across-articles.js";
