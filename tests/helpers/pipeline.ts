/** Runs the whole pipeline on a text written for a test, with no intake metadata. */
import { type AnalyzeOptions, analyzeArticle } from "../../src/pipeline/index.js";
import type { Extraction } from "../../src/pipeline/types.js";

/** Analyses `text` as a plain-text article (`publishedAt` anchors relative dates). */
export function analyzeText(
  text: string,
  publishedAt: string | null = null,
  options: AnalyzeOptions = {},
): Extraction {
  return analyzeArticle(
    {
      title: null,
      author: null,
      publishedAt,
      source: null,
      url: null,
      text,
      contentHash: "",
      format: "txt",
    },
    options,
  );
}
