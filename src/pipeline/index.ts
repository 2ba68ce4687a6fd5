/** The analysis pipeline, read top to bottom: segment → recognize → resolve → relate. */
import { segmentText } from "./2-segment/segment.js";
import { recognizeMentions } from "./3-recognize/recognize.js";
import { resolveMentions } from "./4-resolve/resolve.js";
import type { RelationModel } from "./5-relate/classifier/model.js";
import { relateEntities } from "./5-relate/relate.js";
import type { ArticleDraft, Extraction } from "./types.js";

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
