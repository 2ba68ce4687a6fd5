/** Entities: the Entity node, its mentions and relations, and the entity root queries. */
import {
  countEntities,
  type Entity,
  findAliasesByEntityIds,
  findEntitiesByIds,
  listEntities,
} from "../../db/entities.js";
import { listMentionsForEntities, type Mention } from "../../db/mentions.js";
import {
  type AnchoredRelation,
  countRelationsForEntities,
  listRelationsForEntities,
  type RelationDirection,
} from "../../db/relations.js";
import { centralityStore } from "../../db/stats.js";
import type { EntityType } from "../../domain/vocabulary.js";
import { refreshCentralities } from "../../graph/centrality.js";
import { builder } from "../builder.js";
import { userError } from "../errors.js";
import { checkDateRangeArgs } from "../limits.js";
import { buildConnection, parsePage } from "../pagination.js";
import { ArticleRef } from "./article.js";
import {
  EntityOrderEnum,
  EntityTypeEnum,
  RelationDirectionEnum,
  RelationProvenanceEnum,
  RelationTypeEnum,
} from "./enums.js";
import {
  PROVENANCE_DESCRIPTION,
  parseConfidence,
  RelationRef,
  SINCE_DESCRIPTION,
  TAG_DESCRIPTION,
  UNTIL_DESCRIPTION,
} from "./relation.js";

/** The Entity node, loaded in batches by id. */
export const EntityRef = builder.loadableNodeRef<Entity, string>("Entity", {
  id: { resolve: (entity) => entity.id },
  load: async (ids, context) => findEntitiesByIds(context.db, ids.map(Number)),
  sort: (entity) => String(entity.id),
});

const MentionRef = builder.objectRef<Mention>("Mention").implement({
  description: "One place in an article that names an entity.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (mention) => String(mention.entityId) }),
    article: t.field({ type: ArticleRef, resolve: (mention) => String(mention.articleId) }),
    sentenceIndex: t.exposeInt("sentenceIndex"),
    start: t.exposeInt("start", { description: "Character offset in the article text." }),
    end: t.exposeInt("end", { description: "Character offset in the article text, exclusive." }),
    surface: t.exposeString("surface", { description: "The words as written." }),
    title: t.exposeString("title", {
      nullable: true,
      description: "Title of office given with the name.",
    }),
    isMetonymy: t.exposeBoolean("isMetonymy", {
      description: 'True when a place stands for its country ("Washington said").',
    }),
  }),
});

const CoordinatesRef = builder
  .objectRef<{ latitude: number; longitude: number }>("Coordinates")
  .implement({
    description: "A point on the globe in decimal degrees (WGS 84).",
    fields: (t) => ({
      latitude: t.exposeFloat("latitude"),
      longitude: t.exposeFloat("longitude"),
    }),
  });

const MentionConnection = builder.connectionObject({
  type: MentionRef,
  name: "EntityMentionsConnection",
});
const EntityRelationConnection = builder.connectionObject({
  type: RelationRef,
  name: "EntityRelationsConnection",
});

EntityRef.implement({
  description:
    "A person, country, place, organization, agreement or event, one node across articles.",
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.field({ type: EntityTypeEnum, resolve: (entity) => entity.type as EntityType }),
    mentionCount: t.exposeInt("mentionCount"),
    coordinates: t.field({
      type: CoordinatesRef,
      nullable: true,
      description: "Where a gazetteer places the entity (countries, cities); null when unknown.",
      resolve: (entity) =>
        entity.latitude === null || entity.longitude === null
          ? null
          : { latitude: entity.latitude, longitude: entity.longitude },
    }),
    aliases: t.loadableList({
      type: "String",
      description: "Other names seen for this entity.",
      load: async (ids: number[], context) => {
        const aliases = await findAliasesByEntityIds(context.db, ids);
        return ids.map((id) => aliases.get(id) ?? []);
      },
      resolve: (entity) => entity.id,
    }),
    mentions: t.loadable({
      type: MentionConnection,
      byPath: true,
      args: { first: t.arg.int(), after: t.arg.string() },
      load: async (ids: number[], context, args) => {
        const page = parsePage(args);
        const rows = await listMentionsForEntities(context.db, ids, {
          limit: page.first + 1,
          afterId: page.afterId,
        });
        const entities = new Map((await findEntitiesByIds(context.db, ids)).map((e) => [e.id, e]));
        return ids.map((id) =>
          buildConnection(rows.get(id) ?? [], page, () => entities.get(id)?.mentionCount ?? 0),
        );
      },
      resolve: (entity) => entity.id,
    }),
    relations: t.loadable({
      type: EntityRelationConnection,
      byPath: true,
      args: {
        first: t.arg.int(),
        after: t.arg.string(),
        type: t.arg({ type: [RelationTypeEnum], description: "Only these relation types." }),
        provenance: t.arg({ type: [RelationProvenanceEnum], description: PROVENANCE_DESCRIPTION }),
        direction: t.arg({ type: RelationDirectionEnum, defaultValue: "BOTH" }),
        minConfidence: t.arg.float(),
        since: t.arg.string({ description: SINCE_DESCRIPTION }),
        until: t.arg.string({ description: UNTIL_DESCRIPTION }),
        tag: t.arg.string({ description: TAG_DESCRIPTION }),
      },
      load: async (ids: number[], context, args) => {
        const page = parsePage(args);
        const direction = (args.direction ?? "BOTH") as RelationDirection;
        const filter = {
          types: args.type,
          provenances: args.provenance,
          minConfidence: parseConfidence(args.minConfidence),
          ...checkDateRangeArgs(args),
          tag: args.tag,
        };
        const rows = await listRelationsForEntities(context.db, ids, direction, filter, {
          limit: page.first + 1,
          afterId: page.afterId,
        });
        let counts: Promise<Map<number, number>> | undefined;
        return ids.map((id) =>
          buildConnection<AnchoredRelation>(rows.get(id) ?? [], page, async () => {
            // One count query for all entities of the batch, run only if a client asks.
            counts ??= countRelationsForEntities(context.db, ids, direction, filter);
            return (await counts).get(id) ?? 0;
          }),
        );
      },
      resolve: (entity) => entity.id,
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: EntityRef }) },
    resolve: (_root, args) => args.id.id,
  }),
  entities: t.connection({
    type: EntityRef,
    args: {
      type: t.arg({ type: EntityTypeEnum }),
      search: t.arg.string({ description: "Part of a name or alias, case-insensitive." }),
      source: t.arg.string({
        description: "Only entities mentioned in articles of this source (exact match).",
      }),
      since: t.arg.string({
        description: "Only entities mentioned in articles published on or after this date.",
      }),
      until: t.arg.string({
        description: "Only entities mentioned in articles published on or before this date.",
      }),
      tag: t.arg.string({ description: "Only entities mentioned in articles carrying this tag." }),
      orderBy: t.arg({
        type: EntityOrderEnum,
        defaultValue: "ID",
        description: "The order of the list (a cursor keeps its place in that order).",
      }),
    },
    resolve: async (_root, args, context) => {
      if (args.last != null || args.before != null) {
        throw userError("BAD_USER_INPUT", "entities pages forward only: use first and after");
      }
      const page = parsePage(args);
      const filter = {
        type: args.type,
        search: args.search,
        source: args.source,
        tag: args.tag,
        ...checkDateRangeArgs(args),
      };
      const orderBy = args.orderBy ?? "ID";
      // PageRank is cached; bring it up to date before ordering by it.
      if (orderBy === "CENTRALITY") await refreshCentralities(centralityStore(context.db));
      const rows = await listEntities(context.db, filter, {
        limit: page.first + 1,
        afterId: page.afterId,
        orderBy,
      });
      return buildConnection(rows, page, () => countEntities(context.db, filter));
    },
  }),
}));
