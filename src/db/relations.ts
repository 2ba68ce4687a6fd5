/** Reads of relations and their evidence. */
import {
  type AliasedSelectQueryBuilder,
  CompiledQuery,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
} from "kysely";
import { type RelationProvenance, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.js";
import { ENTITY_COLUMNS, type Entity, entityFromRow } from "./entities.js";
import { PREPARED_STATEMENT } from "./prepared.js";
import type { DB, EntityRow, EvidenceRow, RelationRow } from "./schema.js";

const SYMMETRIC_TYPES = [...SYMMETRIC_RELATION_TYPES];

/** Which end of a relation an entity sits on. */
export type RelationDirection = "OUTGOING" | "INCOMING" | "BOTH";

/** Filters for relation lists. */
export interface RelationFilter {
  types?: readonly string[] | null;
  /** Only relations whose strongest reading is one of these (STATED, INFERRED, KNOWLEDGE). */
  provenances?: readonly string[] | null;
  minConfidence?: number | null;
  /** The subject; a symmetric relation (MET_WITH…) matches with the entity on either side. */
  subjectId?: number | null;
  /** The object; a symmetric relation matches with the entity on either side. */
  objectId?: number | null;
  /** YYYY-MM-DD (a prefix such as "2023" also works): some evidence dated on or after it (event date, else article date). */
  since?: string | null;
  /** YYYY-MM-DD or a prefix: some evidence dated on or before it. */
  until?: string | null;
  /** Only relations with evidence in an article carrying this tag. */
  tag?: string | null;
}

type RelationsExpressions = ExpressionBuilder<DB, "relations">;

/** An entity on one side of a relation; symmetric types accept it on the other side too. */
function sideCondition(
  eb: RelationsExpressions,
  column: "subject_id" | "object_id",
  entityId: number,
) {
  const other = column === "subject_id" ? "relations.object_id" : "relations.subject_id";
  return eb.or([
    eb(`relations.${column}`, "=", entityId),
    eb.and([eb(other, "=", entityId), eb("relations.type", "in", SYMMETRIC_TYPES)]),
  ]);
}

/**
 * The date of a piece of evidence as a range: the event date when the sentence states one, else
 * the article's; "1972-02" spans 1972-02-00..1972-02-99 so prefixes compare as periods.
 */
const EVIDENCE_DATE = sql<string>`coalesce(relation_evidence.event_date, articles.published_on::text)`;

/** The WHERE conditions of a relation filter, for any query over `relations`. */
function relationConditions(
  eb: RelationsExpressions,
  filter: RelationFilter,
): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.types?.length) conditions.push(eb("relations.type", "in", filter.types as string[]));
  if (filter.provenances?.length)
    conditions.push(
      eb("relations.provenance", "in", filter.provenances as RelationRow["provenance"][]),
    );
  if (filter.minConfidence != null)
    conditions.push(eb("relations.confidence", ">=", filter.minConfidence));
  if (filter.subjectId != null) conditions.push(sideCondition(eb, "subject_id", filter.subjectId));
  if (filter.objectId != null) conditions.push(sideCondition(eb, "object_id", filter.objectId));
  if (filter.since || filter.until) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom("relation_evidence")
          .innerJoin("articles", "articles.id", "relation_evidence.article_id")
          .select(sql`1`.as("one"))
          .whereRef("relation_evidence.relation_id", "=", "relations.id")
          .$if(Boolean(filter.since), (qb) =>
            qb.where(sql<SqlBool>`left(${EVIDENCE_DATE} || '-99-99', 10) >= ${filter.since}`),
          )
          .$if(Boolean(filter.until), (qb) =>
            qb.where(
              sql<SqlBool>`left(${EVIDENCE_DATE} || '-00-00', 10) <= left(${filter.until} || '-99-99', 10)`,
            ),
          ),
      ),
    );
  }
  if (filter.tag) {
    const tag = filter.tag;
    conditions.push(
      eb.exists(
        eb
          .selectFrom("relation_evidence")
          .innerJoin("article_tags", "article_tags.article_id", "relation_evidence.article_id")
          .select(sql`1`.as("one"))
          .whereRef("relation_evidence.relation_id", "=", "relations.id")
          .where("article_tags.tag", "=", tag),
      ),
    );
  }
  return conditions;
}

/** True when the filter keeps every relation. */
function isUnfiltered(filter: RelationFilter): boolean {
  return (
    !filter.types?.length &&
    !filter.provenances?.length &&
    filter.minConfidence == null &&
    filter.subjectId == null &&
    filter.objectId == null &&
    !filter.since &&
    !filter.until &&
    !filter.tag
  );
}

/** A typed fact between two entities as the API sees it (camelCase). */
export interface Relation {
  id: number;
  subjectId: number;
  objectId: number;
  type: string;
  predicate: string;
  attributes: Record<string, unknown>;
  confidence: number;
  evidenceCount: number;
  /** The strongest reading over its evidence: STATED > INFERRED > KNOWLEDGE. */
  provenance: RelationProvenance;
  firstSeenOn: string | null;
  lastSeenOn: string | null;
}

/** Maps a `relations` row to a Relation. */
export function relationFromRow(row: RelationRow): Relation {
  return {
    id: row.id,
    subjectId: row.subject_id,
    objectId: row.object_id,
    type: row.type,
    predicate: row.predicate,
    attributes: row.attributes,
    confidence: row.confidence,
    evidenceCount: row.evidence_count,
    provenance: row.provenance as RelationProvenance,
    firstSeenOn: row.first_seen_on,
    lastSeenOn: row.last_seen_on,
  };
}

/** One sentence stating a relation, as the API sees it (camelCase). */
export interface Evidence {
  id: number;
  relationId: number;
  articleId: number;
  sentenceIndex: number;
  sentence: string;
  sentenceStart: number;
  start: number;
  end: number;
  predicate: string;
  confidence: number;
  /** How this sentence backs the relation. */
  kind: RelationProvenance;
  eventDate: string | null;
}

/** Maps a `relation_evidence` row to an Evidence. */
export function evidenceFromRow(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    relationId: row.relation_id,
    articleId: row.article_id,
    sentenceIndex: row.sentence_index,
    sentence: row.sentence,
    sentenceStart: row.sentence_start,
    start: row.start,
    end: row.end,
    predicate: row.predicate,
    confidence: row.confidence,
    kind: row.kind as RelationProvenance,
    eventDate: row.event_date,
  };
}

/** A relation seen from one of its entities (`anchor`), with the entity at its other end when read. */
export type AnchoredRelation = Relation & { anchorId: number; other?: Entity };

/** Finds relations by id, in no particular order. */
export async function findRelationsByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Relation[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("relations").selectAll().where("id", "in", ids).execute();
  return rows.map(relationFromRow);
}

function anchoredRelations(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
) {
  const side = (column: "subject_id" | "object_id") =>
    db
      .selectFrom("relations")
      .selectAll()
      .select(sql<number>`${sql.ref(column)}`.as("anchor_id"))
      .where(column, "in", entityIds)
      .where((eb) => eb.and(relationConditions(eb, filter)));
  if (direction === "OUTGOING") return side("subject_id");
  if (direction === "INCOMING") return side("object_id");
  return side("subject_id").unionAll(side("object_id"));
}

/** Which page of an entity's relations to read, and what to read with it. */
export interface RelationPageRequest {
  limit: number;
  afterId?: number;
  /** Also read the entity at the other end of each relation (`AnchoredRelation.other`). */
  withEnds?: boolean;
  /**
   * Read only SLIM_RELATION_COLUMNS (and SLIM_ENTITY_COLUMNS of the other ends), straight from
   * the covering id-order indexes: for a caller that has checked nothing else is asked for
   * (Entity.relations looks ahead in its selection). The other fields of each relation and
   * other end are then placeholders (see slimRelationFromValues), never to be shown.
   */
  slim?: boolean;
}

/** One entity's page of relations, and the entity itself. */
export interface EntityRelationPage {
  entity: Entity;
  relations: AnchoredRelation[];
}

/**
 * One side of an anchor's relation page, columns still to choose: the relations whose `column`
 * is the anchor, filtered, after the cursor, in id order, at most `limit` (the id-order index
 * of that side serves it and stops there).
 */
function anchoredSide(
  db: Kysely<DB>,
  column: "subject_id" | "object_id",
  filter: RelationFilter,
  page: RelationPageRequest,
) {
  return db
    .selectFrom("relations")
    .where(`relations.${column}`, "=", sql.ref<number>("anchors.id"))
    .where((eb) => eb.and(relationConditions(eb, filter)))
    .$if(page.afterId !== undefined, (qb) => qb.where("relations.id", ">", page.afterId as number))
    .orderBy("relations.id")
    .limit(page.limit);
}

/**
 * The first `limit` relations of the anchor (`anchors.id`) after `afterId`, in id order. The page
 * is chosen on ids alone, an index-only scan of `(subject_id, id)` or `(object_id, id)` that
 * stops at `limit` (a hub's 30,000 relations cost no more than 50), and only its rows are read.
 * Read whole, the planner took a bitmap scan and sorted every relation of the entity.
 */
function relationPageOf(
  db: Kysely<DB>,
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
) {
  if (page.slim) return slimRelationPageOf(db, direction, filter, page);
  const idsOf = (column: "subject_id" | "object_id") =>
    anchoredSide(db, column, filter, page).select("relations.id");
  const ids: AliasedSelectQueryBuilder<{ id: number }, "page"> =
    direction === "OUTGOING"
      ? idsOf("subject_id").as("page")
      : direction === "INCOMING"
        ? idsOf("object_id").as("page")
        : // Each side stops at `limit` on its own index; the merge keeps the first `limit` of both.
          db
            .selectFrom(idsOf("subject_id").as("outgoing"))
            .select("outgoing.id")
            .unionAll(db.selectFrom(idsOf("object_id").as("incoming")).select("incoming.id"))
            .orderBy("id")
            .limit(page.limit)
            .as("page");
  return db
    .selectFrom(ids)
    .innerJoin("relations", "relations.id", "page.id")
    .selectAll("relations");
}

/**
 * The same page with SLIM_RELATION_COLUMNS only, which the `(subject_id, id)` and `(object_id,
 * id)` indexes carry: an index-only scan that stops at `limit`, no heap row read per relation
 * (in bench:query's entity + 50 relations, Postgres CPU per request fell by half).
 */
function slimRelationPageOf(
  db: Kysely<DB>,
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
) {
  const sideOf = (column: "subject_id" | "object_id") =>
    anchoredSide(db, column, filter, page).select(
      SLIM_RELATION_COLUMNS.map((name) => `relations.${name}` as const),
    );
  if (direction === "OUTGOING") return sideOf("subject_id");
  if (direction === "INCOMING") return sideOf("object_id");
  // Each side stops at `limit` on its own index; the merge keeps the first `limit` of both.
  return db
    .selectFrom(sideOf("subject_id").as("outgoing"))
    .selectAll("outgoing")
    .unionAll(db.selectFrom(sideOf("object_id").as("incoming")).selectAll("incoming"))
    .orderBy("id")
    .limit(page.limit);
}

/** The columns of a relation as a page sends them, in this order (one JSON array per relation). */
const RELATION_COLUMNS = [
  "id",
  "subject_id",
  "object_id",
  "type",
  "predicate",
  "attributes",
  "confidence",
  "evidence_count",
  "first_seen_on",
  "last_seen_on",
  "provenance",
] as const satisfies readonly (keyof RelationRow)[];

/** The columns a slim page sends of each relation (see RelationPageRequest.slim), in this order. */
const SLIM_RELATION_COLUMNS = [
  "id",
  "subject_id",
  "object_id",
  "type",
  "confidence",
  "evidence_count",
  "provenance",
] as const satisfies readonly (keyof RelationRow)[];

/** The columns a slim page sends of each other end, in this order. */
const SLIM_ENTITY_COLUMNS = ["id", "type", "name"] as const satisfies readonly (keyof EntityRow)[];

/**
 * What one anchor's row carries: its entity and its page, each relation one array of
 * RELATION_COLUMNS then (with the ends) ENTITY_COLUMNS of its other end. Positional arrays are a
 * third cheaper to build in Postgres and to parse here than objects repeating every key.
 */
interface RelationPageRow {
  anchor_id: number;
  entity: unknown[] | null;
  relations: unknown[][];
}

function jsonColumns(alias: string, columns: readonly string[]) {
  return sql.join(columns.map((column) => sql.ref(`${alias}.${column}`)));
}

/** Maps ENTITY_COLUMNS values from `offset` on to an Entity (the timestamp comes as ISO text). */
function entityFromValues(values: readonly unknown[], offset: number): Entity {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < ENTITY_COLUMNS.length; i++)
    row[ENTITY_COLUMNS[i] as string] = values[offset + i];
  row.created_at = new Date(row.created_at as string);
  return entityFromRow(row as unknown as EntityRow);
}

function relationFromValues(values: readonly unknown[]): Relation {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < RELATION_COLUMNS.length; i++) row[RELATION_COLUMNS[i] as string] = values[i];
  return relationFromRow(row as unknown as RelationRow);
}

/**
 * A relation from SLIM_RELATION_COLUMNS values. The fields a slim page does not read are
 * placeholders: the caller asked for a slim page because nothing will show them.
 */
function slimRelationFromValues(values: readonly unknown[]): Relation {
  return {
    id: values[0] as number,
    subjectId: values[1] as number,
    objectId: values[2] as number,
    type: values[3] as string,
    predicate: "",
    attributes: {},
    confidence: values[4] as number,
    evidenceCount: values[5] as number,
    provenance: values[6] as RelationProvenance,
    firstSeenOn: null,
    lastSeenOn: null,
  };
}

/** An other end from SLIM_ENTITY_COLUMNS values; the rest placeholders, as slimRelationFromValues. */
function slimEntityFromValues(values: readonly unknown[], offset: number): Entity {
  return {
    id: values[offset] as number,
    type: values[offset + 1] as string,
    name: values[offset + 2] as string,
    normalizedKey: "",
    wikidataId: null,
    mentionCount: 0,
    latitude: null,
    longitude: null,
    createdAt: new Date(0),
  };
}

/** The statement readRelationPages runs: each entity with its page (see there). */
function relationPagesQuery(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
  withEntity: boolean,
) {
  const pageQuery = relationPageOf(db, direction, filter, page);
  const other = sql`case when p.subject_id = anchors.id then p.object_id else p.subject_id end`;
  const relationColumns = jsonColumns("p", page.slim ? SLIM_RELATION_COLUMNS : RELATION_COLUMNS);
  const endColumns = jsonColumns("other_end", page.slim ? SLIM_ENTITY_COLUMNS : ENTITY_COLUMNS);
  const relations = page.withEnds
    ? sql`(select coalesce(json_agg(json_build_array(${relationColumns}, ${endColumns}) order by p.id), '[]')
        from (${pageQuery}) p left join entities other_end on other_end.id = ${other})`
    : sql`(select coalesce(json_agg(json_build_array(${relationColumns}) order by p.id), '[]')
        from (${pageQuery}) p)`;
  const entity = withEntity
    ? sql`json_build_array(${jsonColumns("anchors", ENTITY_COLUMNS)})`
    : sql`null`;
  // Without filters the text takes a few shapes (direction, cursor, ends, entity): prepared.
  const prepared = sql.raw(isUnfiltered(filter) ? PREPARED_STATEMENT : "");
  return sql<RelationPageRow>`${prepared}select anchors.id as anchor_id, ${entity} as entity,
      ${relations} as relations
    from entities anchors where anchors.id = any(${entityIds}::int[])`;
}

/** Stand-ins compiled into a page statement's template where each request's values go. */
const LIMIT_SLOT = -2_000_000_001;
const AFTER_SLOT = -2_000_000_002;
const IDS_SLOT: readonly number[] = [];

/** Compiled page statements per database handle and shape (see readRelationPages). */
const pageTemplates = new WeakMap<Kysely<DB>, Map<string, CompiledQuery<RelationPageRow>>>();

/**
 * Each entity with its page of relations (and their other ends when asked) in ONE statement: a
 * LATERAL page per entity, aggregated to JSON so the rows of the page come back as one value.
 * An unfiltered page (the common case) takes a handful of shapes: each is built and compiled
 * once, with stand-ins for the values, and later requests only fill in their values (building
 * the query with kysely cost more than Postgres took to run it).
 */
async function readRelationPages(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
  withEntity: boolean,
): Promise<RelationPageRow[]> {
  if (entityIds.length === 0) return [];
  if (!isUnfiltered(filter)) {
    const query = relationPagesQuery(db, [...entityIds], direction, filter, page, withEntity);
    return (await query.execute(db)).rows;
  }
  const shape = `${direction}:${page.afterId !== undefined}:${Boolean(page.withEnds)}:${Boolean(page.slim)}:${withEntity}`;
  let templates = pageTemplates.get(db);
  if (!templates) {
    templates = new Map();
    pageTemplates.set(db, templates);
  }
  let template = templates.get(shape);
  if (!template) {
    const slots: RelationPageRequest = {
      limit: LIMIT_SLOT,
      afterId: page.afterId === undefined ? undefined : AFTER_SLOT,
      withEnds: page.withEnds,
      slim: page.slim,
    };
    template = relationPagesQuery(db, IDS_SLOT, direction, filter, slots, withEntity).compile(db);
    templates.set(shape, template);
  }
  const ids = [...entityIds];
  const parameters = template.parameters.map((value) =>
    value === LIMIT_SLOT
      ? page.limit
      : value === AFTER_SLOT
        ? page.afterId
        : value === IDS_SLOT
          ? ids
          : value,
  );
  return (await db.executeQuery(CompiledQuery.raw(template.sql, parameters)))
    .rows as RelationPageRow[];
}

function anchoredFromValues(
  anchorId: number,
  items: readonly unknown[][],
  slim = false,
): AnchoredRelation[] {
  const endOffset = slim ? SLIM_RELATION_COLUMNS.length : RELATION_COLUMNS.length;
  return items.map((values) => {
    const relation = slim ? slimRelationFromValues(values) : relationFromValues(values);
    const anchored: AnchoredRelation = Object.assign(relation, { anchorId });
    // a relation's other end always exists (foreign keys): its id is null only without the ends
    if (values[endOffset] != null)
      anchored.other = slim
        ? slimEntityFromValues(values, endOffset)
        : entityFromValues(values, endOffset);
    return anchored;
  });
}

/**
 * The first `limit` relations after `afterId` of each entity, in id order, in one statement;
 * with `withEnds`, each relation carries the entity at its other end.
 */
export async function listRelationsForEntities(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
): Promise<Map<number, AnchoredRelation[]>> {
  const result = new Map<number, AnchoredRelation[]>(entityIds.map((id) => [id, []]));
  const rows = await readRelationPages(db, entityIds, direction, filter, page, false);
  for (const row of rows)
    result.set(row.anchor_id, anchoredFromValues(row.anchor_id, row.relations, page.slim));
  return result;
}

/**
 * An entity and the first page of its relations (with their other ends when asked), in one
 * statement; undefined when there is no such entity.
 */
export async function findEntityWithRelations(
  db: Kysely<DB>,
  entityId: number,
  direction: RelationDirection,
  filter: RelationFilter,
  page: RelationPageRequest,
): Promise<EntityRelationPage | undefined> {
  const [row] = await readRelationPages(db, [entityId], direction, filter, page, true);
  if (!row?.entity) return undefined;
  return {
    entity: entityFromValues(row.entity, 0),
    relations: anchoredFromValues(row.anchor_id, row.relations, page.slim),
  };
}

/** Counts each entity's relations under the same direction and filter, in one query. */
export async function countRelationsForEntities(
  db: Kysely<DB>,
  entityIds: readonly number[],
  direction: RelationDirection,
  filter: RelationFilter,
): Promise<Map<number, number>> {
  const result = new Map<number, number>(entityIds.map((id) => [id, 0]));
  if (entityIds.length === 0) return result;
  const rows = await db
    .selectFrom(anchoredRelations(db, entityIds, direction, filter).as("anchored"))
    .select(["anchor_id", sql<number>`count(*)::int`.as("count")])
    .groupBy("anchor_id")
    .execute();
  for (const row of rows) result.set(row.anchor_id, row.count);
  return result;
}

function filteredRelations(db: Kysely<DB>, filter: RelationFilter) {
  return db.selectFrom("relations").where((eb) => eb.and(relationConditions(eb, filter)));
}

/** Lists relations by id after a cursor. */
export async function listRelations(
  db: Kysely<DB>,
  filter: RelationFilter,
  page: { limit: number; afterId?: number },
): Promise<Relation[]> {
  const rows = await filteredRelations(db, filter)
    .selectAll()
    .$if(page.afterId !== undefined, (qb) => qb.where("id", ">", page.afterId as number))
    .orderBy("id")
    .limit(page.limit)
    .execute();
  return rows.map(relationFromRow);
}

/** Counts the relations a filter matches. */
export async function countRelations(db: Kysely<DB>, filter: RelationFilter): Promise<number> {
  const row = await filteredRelations(db, filter)
    .select(sql<number>`count(*)::int`.as("count"))
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Evidence rows of each relation, ordered by article date (undated last), in one query; at most
 * `perRelation` rows each (a hub relation can have 100,000).
 */
export async function findEvidenceByRelationIds(
  db: Kysely<DB>,
  relationIds: readonly number[],
  perRelation: number = Number.MAX_SAFE_INTEGER,
): Promise<Map<number, Evidence[]>> {
  const result = new Map<number, Evidence[]>(relationIds.map((id) => [id, []]));
  if (relationIds.length === 0 || perRelation <= 0) return result;
  const ranked = db
    .selectFrom("relation_evidence")
    .innerJoin("articles", "articles.id", "relation_evidence.article_id")
    .selectAll("relation_evidence")
    .select(
      sql<number>`row_number() over (partition by relation_evidence.relation_id order by articles.published_on asc nulls last, relation_evidence.article_id, relation_evidence.start)`.as(
        "rank",
      ),
    )
    .where("relation_evidence.relation_id", "in", relationIds);
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll()
    .where("rank", "<=", Math.min(perRelation, 2_147_483_647))
    .orderBy("relation_id")
    .orderBy("rank")
    .execute();
  for (const row of rows) result.get(row.relation_id)?.push(evidenceFromRow(row));
  return result;
}

/** Relations with evidence in each article, in one query. */
export async function findRelationIdsByArticleIds(
  db: Kysely<DB>,
  articleIds: readonly number[],
): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return result;
  const rows = await db
    .selectFrom("relation_evidence")
    .select(["article_id", "relation_id"])
    .distinct()
    .where("article_id", "in", articleIds)
    .orderBy("article_id")
    .orderBy("relation_id")
    .execute();
  for (const row of rows) result.get(row.article_id)?.push(row.relation_id);
  return result;
}
