/** Articles: the Article node, its root queries and the ingest mutation. */
import {
  type Article,
  countArticles,
  findArticlesByIds,
  findTagsByArticleIds,
  listArticles,
} from "../../db/articles.js";
import { findEntitiesByIds, findEntityIdsByArticleIds } from "../../db/entities.js";
import { findRelationIdsByArticleIds, findRelationsByIds } from "../../db/relations.js";
import { normalisePublishedAt } from "../../pipeline/1-intake/publication-date.js";
import { builder } from "../builder.js";
import { databaseUnavailableError, userError } from "../errors.js";
import { checkDateRangeArgs } from "../limits.js";
import { buildConnection, parsePage } from "../pagination.js";
import { EntityRef } from "./entity.js";
import { ArticleFormatEnum } from "./enums.js";
import { RelationRef } from "./relation.js";

/** The Article node, loaded in batches by id. */
export const ArticleRef = builder.loadableNodeRef<Article, string>("Article", {
  id: { resolve: (article) => article.id },
  load: async (ids, context) => findArticlesByIds(context.db, ids.map(Number)),
  sort: (article) => String(article.id),
});

ArticleRef.implement({
  description: "A news article as ingested: its metadata, analysed text and what was found in it.",
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    author: t.exposeString("author", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    publishedAt: t.string({
      nullable: true,
      description: "ISO 8601: a date (YYYY-MM-DD) when only the day is known, else a timestamp.",
      resolve: (article) => article.publishedAt?.toISOString() ?? article.publishedOn,
    }),
    format: t.exposeString("format"),
    tags: t.loadableList({
      type: "String",
      description: "Tags, sorted: the folder the article was read from and any `kg ingest --tag`.",
      load: async (articleIds: number[], context) => {
        const tags = await findTagsByArticleIds(context.db, articleIds);
        return articleIds.map((id) => tags.get(id) ?? []);
      },
      resolve: (article) => article.id,
    }),
    contentHash: t.exposeString("contentHash"),
    ingestedAt: t.string({ resolve: (article) => article.ingestedAt.toISOString() }),
    text: t.exposeString("text", {
      description: "The analysed text; evidence offsets point into it.",
    }),
    entities: t.loadableList({
      type: EntityRef,
      description: "Entities mentioned in the article, in order of first mention.",
      load: async (articleIds: number[], context) => {
        const idsByArticle = await findEntityIdsByArticleIds(context.db, articleIds);
        const entities = await findEntitiesByIds(context.db, [
          ...new Set([...idsByArticle.values()].flat()),
        ]);
        const byId = new Map(entities.map((entity) => [entity.id, entity]));
        return articleIds.map((id) =>
          (idsByArticle.get(id) ?? []).map((entityId) => byId.get(entityId)!),
        );
      },
      resolve: (article) => article.id,
    }),
    relations: t.loadableList({
      type: RelationRef,
      description: "Relations with evidence in the article.",
      load: async (articleIds: number[], context) => {
        const idsByArticle = await findRelationIdsByArticleIds(context.db, articleIds);
        const relations = await findRelationsByIds(context.db, [
          ...new Set([...idsByArticle.values()].flat()),
        ]);
        const byId = new Map(relations.map((relation) => [relation.id, relation]));
        return articleIds.map((id) =>
          (idsByArticle.get(id) ?? []).map((relationId) => byId.get(relationId)!),
        );
      },
      resolve: (article) => article.id,
    }),
  }),
});

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    text: t.string({ required: true, description: "Plain text, Markdown or HTML." }),
    title: t.string(),
    url: t.string(),
    author: t.string(),
    publishedAt: t.string({ description: "A date or timestamp, e.g. 2023-03-23." }),
    source: t.string(),
    format: t.field({
      type: ArticleFormatEnum,
      description: "How to read the text; detected from the text when omitted.",
    }),
  }),
});

interface IngestPayloadShape {
  articleId: number;
  created: boolean;
  entityCount: number;
  relationCount: number;
}

const IngestArticlePayload = builder
  .objectRef<IngestPayloadShape>("IngestArticlePayload")
  .implement({
    fields: (t) => ({
      article: t.field({ type: ArticleRef, resolve: (payload) => String(payload.articleId) }),
      created: t.exposeBoolean("created", {
        description: "False when the same content was already ingested: nothing changed.",
      }),
      entityCount: t.exposeInt("entityCount"),
      relationCount: t.exposeInt("relationCount"),
    }),
  });

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: ArticleRef }) },
    resolve: (_root, args) => args.id.id,
  }),
  articles: t.connection({
    type: ArticleRef,
    args: {
      search: t.arg.string({ description: "Words in the title or text." }),
      since: t.arg.string({
        description: "Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
      }),
      until: t.arg.string({
        description: "Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
      }),
      source: t.arg.string(),
      tag: t.arg.string({ description: "Only articles carrying this tag." }),
    },
    resolve: async (_root, args, context) => {
      if (args.last != null || args.before != null) {
        throw userError("BAD_USER_INPUT", "articles pages forward only: use first and after");
      }
      const page = parsePage(args);
      const filter = { ...args, ...checkDateRangeArgs(args) };
      const rows = await listArticles(context.db, filter, {
        limit: page.first + 1,
        afterId: page.afterId,
      });
      return buildConnection(rows, page, () => countArticles(context.db, filter));
    },
  }),
}));

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description: "Analyses an article and stores its entities and relations, all or nothing.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      // Intake drops a date it cannot read; a caller who gave one hears about it instead.
      if (input.publishedAt?.trim() && normalisePublishedAt(input.publishedAt) === null) {
        throw userError(
          "BAD_USER_INPUT",
          `publishedAt must be a real date or timestamp (e.g. 2023-03-23), got "${input.publishedAt}"`,
          { argument: "publishedAt" },
        );
      }
      const [outcome] = await context.ingest({
        bytes: input.text,
        name: "mutation",
        format: input.format ?? undefined,
        meta: {
          title: input.title,
          url: input.url,
          author: input.author,
          publishedAt: input.publishedAt,
          source: input.source,
        },
      });
      if (!outcome) throw userError("EMPTY_ARTICLE", "no article found in the input");
      if (outcome.status === "failed") {
        if (outcome.code === "DATABASE_UNAVAILABLE") throw databaseUnavailableError();
        throw userError(outcome.code, outcome.message);
      }
      return {
        articleId: outcome.articleId,
        created: outcome.status === "ingested",
        entityCount: outcome.entityCount,
        relationCount: outcome.relationCount,
      };
    },
  }),
}));
