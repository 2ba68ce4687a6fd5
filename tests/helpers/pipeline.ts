/** Runs the whole pipeline on a text written for a test, with no intake metadata. */
import { isFormer } from "../../src/domain/vocabulary.js";
import { type AnalyzeOptions, analyzeArticle } from "../../src/pipeline/index.js";
import type { Extraction } from "../../src/pipeline/types.js";

/** Analyses `text` as a plain-text article (`publishedAt` anchors relative dates). */
export function analyzeText(
  text: string,
  publishedAt: string | null = null,
  options: AnalyzeOptions = {},
): Extraction {
  return analyzeTitledText(null, text, publishedAt, options);
}

/** Analyses `text` as a plain-text article under a headline (rules read a headline's score). */
export function analyzeTitledText(
  title: string | null,
  text: string,
  publishedAt: string | null = null,
  options: AnalyzeOptions = {},
): Extraction {
  return analyzeArticle(
    {
      title,
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

/**
 * "Subject TYPE Object" for one relation of an extraction, with " (former)" after a role the
 * article says was held ("former WorldCom boss X"), so a past role never passes for a present one.
 */
export function factOf(extraction: Extraction, relation: Extraction["relations"][number]): string {
  const subject = extraction.entities[relation.subject]!.name;
  const object = extraction.entities[relation.object]!.name;
  return `${subject} ${relation.type} ${object}${isFormer(relation) ? " (former)" : ""}`;
}
