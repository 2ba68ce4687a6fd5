/** The first evidence sentence of each export edge (`evidence=1`, `kg export --evidence`). */
import type { Kysely } from "kysely";
import { findArticlesByIds } from "../db/articles.js";
import { listSharedSentences } from "../db/co-occurrence-sentences.js";
import { findEvidenceByRelationIds } from "../db/relations.js";
import type { DB } from "../db/schema.js";
import { toGlobalId } from "../domain/global-id.js";
import { segmentText } from "../pipeline/2-segment/segment.js";
import type { ExportEdge, ExportEvidence } from "./export-graph.js";

/** Edges looked up per statement, so a whole-graph export stays within parameter limits. */
const CHUNK = 5_000;

const RELATION_ID_RE = /^Relation:(\d+)$/;
const PAIR_ID_RE = /^CoOccurrence:(\d+):(\d+)$/;

function decode(id: string): { relationId: number } | { a: number; b: number } | undefined {
  const text = Buffer.from(id, "base64").toString();
  const relation = RELATION_ID_RE.exec(text);
  if (relation) return { relationId: Number(relation[1]) };
  const pair = PAIR_ID_RE.exec(text);
  return pair ? { a: Number(pair[1]), b: Number(pair[2]) } : undefined;
}

/** Returns the edges with `evidence` set: the relation's earliest evidence, or a pair's first shared sentence. */
export async function attachEvidence(
  db: Kysely<DB>,
  edges: readonly ExportEdge[],
): Promise<ExportEdge[]> {
  const found = new Map<
    string,
    { articleId: number; sentence: string | null; start: number; end: number; index: number }
  >();
  const relations: { key: string; relationId: number }[] = [];
  const pairs: { key: string; a: number; b: number }[] = [];
  for (const edge of edges) {
    const decoded = decode(edge.id);
    if (!decoded) continue;
    if ("relationId" in decoded) relations.push({ key: edge.id, relationId: decoded.relationId });
    else pairs.push({ key: edge.id, ...decoded });
  }
  for (let i = 0; i < relations.length; i += CHUNK) {
    const chunk = relations.slice(i, i + CHUNK);
    const evidence = await findEvidenceByRelationIds(
      db,
      chunk.map((item) => item.relationId),
      1,
    );
    for (const item of chunk) {
      const first = evidence.get(item.relationId)?.[0];
      if (first) {
        found.set(item.key, {
          articleId: first.articleId,
          sentence: first.sentence,
          start: first.start,
          end: first.end,
          index: first.sentenceIndex,
        });
      }
    }
  }
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const sentences = await listSharedSentences(db, chunk, { limit: 1, after: 0 });
    for (const item of chunk) {
      const first = sentences.get(item.key)?.[0];
      if (first) {
        found.set(item.key, {
          articleId: first.articleId,
          sentence: null,
          start: first.start,
          end: first.end,
          index: first.sentenceIndex,
        });
      }
    }
  }
  const articleIds = [...new Set([...found.values()].map((item) => item.articleId))];
  const articles = new Map<number, { title: string | null; text: string }>();
  for (let i = 0; i < articleIds.length; i += CHUNK) {
    for (const article of await findArticlesByIds(db, articleIds.slice(i, i + CHUNK))) {
      articles.set(article.id, { title: article.title, text: article.text });
    }
  }
  const segmented = new Map<number, ReturnType<typeof segmentText>>();
  const sentenceOf = (item: { articleId: number; start: number; end: number; index: number }) => {
    const article = articles.get(item.articleId);
    if (!article) return "";
    let sentences = segmented.get(item.articleId);
    if (!sentences) {
      sentences = segmentText(article.text);
      segmented.set(item.articleId, sentences);
    }
    const sentence = sentences[item.index];
    return sentence && sentence.start <= item.start && item.end <= sentence.end
      ? article.text.slice(sentence.start, sentence.end)
      : article.text.slice(item.start, item.end);
  };
  return edges.map((edge) => {
    const item = found.get(edge.id);
    if (!item) return { ...edge, evidence: null };
    const evidence: ExportEvidence = {
      sentence: item.sentence ?? sentenceOf(item),
      article: toGlobalId("Article", item.articleId),
      articleTitle: articles.get(item.articleId)?.title ?? null,
    };
    return { ...edge, evidence };
  });
}
