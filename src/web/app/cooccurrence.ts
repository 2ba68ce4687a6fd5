/** Evidence for co-occurrence edges: the sentences where both entities are mentioned. */
import { type EntityNames, fetchArticleText } from "./api.js";
import { cutSentence } from "./highlight.js";
import type { EvidenceItem } from "./panel.js";

const MAX_COOCCURRENCE_SENTENCES = 8;

/**
 * Co-occurrence edges carry no sentences, so the panel finds them: sentences (article +
 * sentence index) where both entities have a mention, cut from the article text around them.
 */
export async function cooccurrenceEvidence(
  a: EntityNames,
  b: EntityNames,
): Promise<EvidenceItem[]> {
  const key = (articleId: string, sentenceIndex: number) => `${articleId}#${sentenceIndex}`;
  const fromA = new Map<string, { start: number; end: number }>();
  for (const { node } of a.mentions.edges) {
    const k = key(node.article.id, node.sentenceIndex);
    const seen = fromA.get(k);
    fromA.set(k, {
      start: Math.min(seen?.start ?? node.start, node.start),
      end: Math.max(seen?.end ?? node.end, node.end),
    });
  }
  const shared: {
    k: string;
    start: number;
    end: number;
    sentenceIndex: number;
    article: EvidenceItem["article"];
  }[] = [];
  for (const { node } of b.mentions.edges) {
    const k = key(node.article.id, node.sentenceIndex);
    const span = fromA.get(k);
    if (!span || shared.some((item) => item.k === k)) continue;
    shared.push({
      k,
      start: Math.min(span.start, node.start),
      end: Math.max(span.end, node.end),
      sentenceIndex: node.sentenceIndex,
      article: node.article,
    });
    if (shared.length >= MAX_COOCCURRENCE_SENTENCES) break;
  }
  const texts = new Map<string, string | null>();
  for (const item of shared) {
    if (!texts.has(item.article.id))
      texts.set(item.article.id, await fetchArticleText(item.article.id));
  }
  const items: EvidenceItem[] = [];
  for (const item of shared) {
    const text = texts.get(item.article.id);
    if (!text) continue;
    const cut = cutSentence(text, item.start, item.end);
    items.push({
      sentence: {
        text: cut.text,
        sentenceStart: cut.sentenceStart,
        sentenceIndex: item.sentenceIndex,
        articleId: item.article.id,
      },
      article: item.article,
    });
  }
  return items;
}
