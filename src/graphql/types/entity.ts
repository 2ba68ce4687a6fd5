/** Entities: the Entity node, its mentions and relations, and the entity root queries. */
import { createContextCache } from "@pothos/core";
import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType } from "graphql";
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
  findEntityWithRelations,
  listRelationsForEntities,
  type RelationDirection,
  type RelationFilter,
} from "../../db/relations.js";
import { centralityStore } from "../../db/stats.js";
import type { EntityType } from "../../domain/vocabulary.js";
import { refreshCentralities } from "../../graph/centrality.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { userError } from "../errors.js";
import { checkDateRangeArgs } from "../limits.js";
import {
  childFieldsNamed,
  type SelectionBound,
  selectsFieldBelow,
  selectsWithin,
} from "../lookahead.js";
import { buildConnection, type Page, parsePage } from "../pagination.js";
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

/** The arguments of `Entity.relations`. */
interface RelationsArgs {
  first?: number | null;
  after?: string | null;
  type?: readonly string[] | null;
  provenance?: readonly string[] | null;
  direction?: string | null;
  minConfidence?: number | null;
  since?: string | null;
  until?: string | null;
  tag?: string | null;
}

/**
 * A page of an entity's relations as the arguments ask for it, and whether its selection needs
 * only a slim read (see SLIM_PAGE); `key` names it within a request.
 */
interface RelationsQuery {
  page: Page;
  direction: RelationDirection;
  filter: RelationFilter;
  slim: boolean;
  key: string;
}

/** What a relation's end may select for a slim read: the columns it carries (SLIM_ENTITY_COLUMNS). */
const SLIM_END: SelectionBound = { __typename: true, id: true, name: true, type: true };

/**
 * The selection of `Entity.relations` that a slim page answers (db/relations.ts,
 * RelationPageRequest.slim): the relation's id, type, confidence, evidence count and provenance,
 * its evidence (loaded by id) and the id, name and type of its ends. The anchor end is the
 * entity itself, loaded whole; a slim other end is only ever read for these fields.
 */
const SLIM_PAGE: SelectionBound = {
  __typename: true,
  pageInfo: true,
  totalCount: true,
  edges: {
    __typename: true,
    cursor: true,
    node: {
      __typename: true,
      id: true,
      type: true,
      confidence: true,
      evidenceCount: true,
      provenance: true,
      evidence: true,
      subject: SLIM_END,
      object: SLIM_END,
    },
  },
};

/**
 * Checks the arguments of `Entity.relations` (BAD_USER_INPUT errors) and names the page they ask
 * for; `slim` when the field's selection (`fieldNodes`) is within SLIM_PAGE.
 */
function relationsQueryOf(
  args: RelationsArgs,
  fragments: GraphQLResolveInfo["fragments"],
  fieldNodes: readonly FieldNode[],
): RelationsQuery {
  const page = parsePage(args);
  const direction = (args.direction ?? "BOTH") as RelationDirection;
  const filter: RelationFilter = {
    types: args.type ?? null,
    provenances: args.provenance ?? null,
    minConfidence: parseConfidence(args.minConfidence),
    ...checkDateRangeArgs(args),
    tag: args.tag ?? null,
  };
  const slim = selectsWithin(fragments, fieldNodes, SLIM_PAGE);
  return {
    page,
    direction,
    filter,
    slim,
    // A slim page and a whole one of the same arguments are two pages (two aliases may differ).
    key: JSON.stringify([page.first, page.afterId ?? null, direction, filter, slim]),
  };
}

/** Relation pages read ahead of their field, per request: page key → entity id → relations. */
const prefetchedPages = createContextCache(
  () => new Map<string, Map<number, AnchoredRelation[]>>(),
);

/** Fields under a relation that want the entity at its other end. */
const RELATION_ENDS: ReadonlySet<string> = new Set(["subject", "object"]);

/**
 * The relations page the selection below the root `entity` field asks for, if any; undefined
 * when there is none or its arguments are wrong (the field itself then reports them).
 */
function foreseenRelations(
  info: GraphQLResolveInfo,
): (RelationsQuery & { withEnds: boolean }) | undefined {
  const [field] = childFieldsNamed(info.fragments, info.fieldNodes, "relations");
  if (!field) return undefined;
  const entityType = info.schema.getType("Entity");
  const definition = isObjectType(entityType) ? entityType.getFields().relations : undefined;
  if (!definition) return undefined;
  try {
    const args = getArgumentValues(definition, field, info.variableValues) as RelationsArgs;
    return {
      ...relationsQueryOf(args, info.fragments, [field]),
      withEnds: selectsFieldBelow(info.fragments, [field], RELATION_ENDS),
    };
  } catch {
    return undefined;
  }
}

/**
 * The entity with the relations page its selection asks for, in one statement: the page is left
 * for the `relations` field, the entity (and the other ends) primed in the entity loader. Falls
 * back to the loader alone if that read fails, so errors show where they always did.
 */
async function readEntityWithRelations(
  context: Context,
  id: string,
  foreseen: RelationsQuery & { withEnds: boolean },
): Promise<Entity | string | null> {
  let found: Awaited<ReturnType<typeof findEntityWithRelations>>;
  try {
    found = await findEntityWithRelations(
      context.db,
      Number(id),
      foreseen.direction,
      foreseen.filter,
      {
        limit: foreseen.page.first + 1,
        afterId: foreseen.page.afterId,
        withEnds: foreseen.withEnds,
        slim: foreseen.slim,
      },
    );
  } catch {
    return id;
  }
  if (!found) return null;
  let pages = prefetchedPages(context).get(foreseen.key);
  if (!pages) {
    pages = new Map();
    prefetchedPages(context).set(foreseen.key, pages);
  }
  pages.set(found.entity.id, found.relations);
  EntityRef.getDataloader(context).prime(id, found.entity);
  return found.entity;
}

/**
 * A read the root `entity` field can start from its selection instead of loading the entity
 * first: it resolves to the entity (read with it), null when there is no such entity, or
 * undefined when it could not tell. Returns undefined when the selection has nothing for it.
 */
export type EntityLookahead = (
  context: Context,
  entityId: number,
  info: GraphQLResolveInfo,
) => Promise<Entity | null | undefined> | undefined;

const entityLookaheads: EntityLookahead[] = [];

/** Lets a field defined elsewhere on Entity (a neighbourhood) be read with its entity. */
export function addEntityLookahead(lookahead: EntityLookahead): void {
  entityLookaheads.push(lookahead);
}

async function readEntityEarly(
  context: Context,
  id: string,
  early: Promise<Entity | null | undefined>,
): Promise<Entity | string | null> {
  let entity: Entity | null | undefined;
  try {
    entity = await early;
  } catch {
    return id;
  }
  if (entity === undefined) return id;
  if (entity) EntityRef.getDataloader(context).prime(id, entity);
  return entity;
}

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
      load: async (ids: number[], context, args, info) => {
        const { page, direction, filter, slim, key } = relationsQueryOf(
          args,
          info.fragments,
          info.fieldNodes,
        );
        // Read early by the root `entity` field (one statement with the entity), when it was.
        const early = prefetchedPages(context).get(key);
        const missing = early ? ids.filter((id) => !early.has(id)) : ids;
        const rows =
          missing.length === 0
            ? new Map<number, AnchoredRelation[]>()
            : await listRelationsForEntities(context.db, missing, direction, filter, {
                limit: page.first + 1,
                afterId: page.afterId,
                withEnds: selectsFieldBelow(info.fragments, info.fieldNodes, RELATION_ENDS),
                slim,
              });
        let counts: Promise<Map<number, number>> | undefined;
        return ids.map((id) =>
          buildConnection<AnchoredRelation>(
            early?.get(id) ?? rows.get(id) ?? [],
            page,
            async () => {
              // One count query for all entities of the batch, run only if a client asks.
              counts ??= countRelationsForEntities(context.db, ids, direction, filter);
              return (await counts).get(id) ?? 0;
            },
          ),
        );
      },
      resolve: (entity, _args, context) => {
        // The entity at this end of each relation is this one: no need to load it again.
        EntityRef.getDataloader(context).prime(String(entity.id), entity);
        return entity.id;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: EntityRef }) },
    resolve: (_root, args, context, info) => {
      const foreseen = foreseenRelations(info);
      if (foreseen) return readEntityWithRelations(context, args.id.id, foreseen);
      for (const lookahead of entityLookaheads) {
        const early = lookahead(context, Number(args.id.id), info);
        if (early) return readEntityEarly(context, args.id.id, early);
      }
      return args.id.id;
    },
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
      if (orderBy === "CENTRALITY")
        await refreshCentralities(centralityStore(context.db, context.primaryDb));
      const rows = await listEntities(context.db, filter, {
        limit: page.first + 1,
        afterId: page.afterId,
        orderBy,
      });
      return buildConnection(rows, page, () => countEntities(context.db, filter));
    },
  }),
}));
