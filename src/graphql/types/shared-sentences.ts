/**
 * Co-occurrence evidence: the sentences naming both entities of a pair, cut from the stored
 * article text, as pages under `CoOccurrence.sentences` and co-occurrence path hops.
 */
import { findArticlesByIds } from "../../db/articles.js";
import {
  countSharedSentences,
  type EntityPair,
  listSharedSentences,
  type SharedSentenceRecord,
} from "../../db/co-occurrence-sentences.js";
import { segmentText } from "../../pipeline/2-segment/segment.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { buildConnection, type ConnectionPage, type PageArgs, parsePage } from "../pagination.js";
import { ArticleRef } from "./article.js";

/** One sentence naming both entities, with its text. */
interface SharedSentenceShape extends SharedSentenceRecord {
  id: number;
  sentence: string;
  sentenceStart: number;
}

const SharedSentenceRef = builder.objectRef<SharedSentenceShape>("SharedSentence").implement({
  description: "A sentence that names both entities of a co-occurrence.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (item) => String(item.articleId) }),
    sentence: t.exposeString("sentence"),
    sentenceIndex: t.exposeInt("sentenceIndex"),
    sentenceStart: t.exposeInt("sentenceStart", {
      description: "Offset of the sentence in the article text.",
    }),
    start: t.exposeInt("start", {
      description: "Offset of the first of the two entities' mentions in the article text.",
    }),
    end: t.exposeInt("end", {
      description: "Exclusive end offset of the last of their mentions in the article text.",
    }),
  }),
});

/** A page of shared sentences (article id, then sentence order). */
export const SharedSentenceConnection = builder.connectionObject({
  type: SharedSentenceRef,
  name: "SharedSentenceConnection",
});

/** The key of an unordered entity pair. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

function pairFromKey(key: string): EntityPair {
  const [a, b] = key.split(":").map(Number) as [number, number];
  return { key, a, b };
}

/** The sentence around a span, from the article's segmentation (the one ingest made). */
function cutSentence(
  text: string,
  sentences: ReturnType<typeof segmentText>,
  record: SharedSentenceRecord,
): { sentence: string; sentenceStart: number } {
  const found = sentences[record.sentenceIndex];
  if (found && found.start <= record.start && record.end <= found.end) {
    return { sentence: text.slice(found.start, found.end), sentenceStart: found.start };
  }
  // The segmenter changed since the article was ingested: the mentions' span at least.
  return { sentence: text.slice(record.start, record.end), sentenceStart: record.start };
}

/** Loads one page of shared sentences for each pair key, with a lazy total count per batch. */
export async function loadSharedSentencePages(
  context: Context,
  keys: readonly string[],
  args: PageArgs,
): Promise<ConnectionPage<SharedSentenceShape>[]> {
  const page = parsePage(args);
  const pairs = keys.map(pairFromKey);
  const rows = await listSharedSentences(context.db, pairs, {
    limit: page.first + 1,
    after: page.afterId ?? 0,
  });
  const articleIds = [...new Set([...rows.values()].flat().map((row) => row.articleId))];
  const segmented = new Map(
    (await findArticlesByIds(context.db, articleIds)).map((article) => [
      article.id,
      { text: article.text, sentences: segmentText(article.text) },
    ]),
  );
  let counts: Promise<Map<string, number>> | undefined;
  return keys.map((key) => {
    const items = (rows.get(key) ?? []).map((row) => {
      const article = segmented.get(row.articleId);
      const cut = article
        ? cutSentence(article.text, article.sentences, row)
        : { sentence: "", sentenceStart: row.start };
      return { ...row, id: row.ordinal, ...cut };
    });
    return buildConnection(items, page, async () => {
      counts ??= countSharedSentences(context.db, pairs);
      return (await counts).get(key) ?? 0;
    });
  });
}
