/** Writes one article's extraction inside the caller's transaction, and reads the rows cross-article linking chooses from. */
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { normalizeAlias } from "../domain/normalize.js";
import type { RelationProvenance } from "../domain/vocabulary.js";
import {
  FORMER_ATTRIBUTE,
  mergeRelationAttributes,
  SYMMETRIC_RELATION_TYPES,
} from "../domain/vocabulary.js";
import {
  endsInSurname,
  lastWord,
  type RejoinCandidate,
} from "../pipeline/4-resolve/link-across-articles.js";
import type { Coordinates, ExtractedRelation, StorableExtraction } from "../pipeline/types.js";
import { PREPARED_STATEMENT } from "./prepared.js";
import type { DB } from "./schema.js";

/** What storing an article did. */
export interface StoreResult {
  articleId: number;
  /** False when an article with the same content hash was already stored: nothing was written. */
  isNew: boolean;
  entityCount: number;
  relationCount: number;
  /** The stored entities the article names (new or linked), ascending; empty for a known article. */
  entityIds: number[];
  /** The stored entity of each extracted entity, by its index; empty for a known article. */
  idsByIndex?: number[];
}

function publishedOn(publishedAt: string | null): string | null {
  return publishedAt ? publishedAt.slice(0, 10) : null;
}

function publishedTimestamp(publishedAt: string | null): string | null {
  return publishedAt && publishedAt.length > 10 ? publishedAt : null;
}

/** Noisy-or of independent confidences: more evidence, more confidence, never above 1. */
function combineConfidence(confidences: number[]): number {
  return 1 - confidences.reduce((rest, c) => rest * (1 - Math.min(Math.max(c, 0), 1)), 1);
}

/** Inserts the article row; undefined when an article with the same content hash is stored already. */
export async function insertArticle(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
): Promise<number | undefined> {
  const { draft } = extraction;
  const row = await trx
    .insertInto("articles")
    .values({
      content_hash: draft.contentHash,
      title: draft.title,
      author: draft.author,
      source: draft.source,
      url: draft.url,
      published_on: publishedOn(draft.publishedAt),
      published_at: publishedTimestamp(draft.publishedAt),
      format: draft.format,
      text: draft.text,
    })
    .onConflict((oc) => oc.column("content_hash").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Finds the stored article with this content hash. */
export async function findArticleIdByHash(
  db: Kysely<DB>,
  contentHash: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("articles")
    .select("id")
    .where("content_hash", "=", contentHash)
    .executeTakeFirst();
  return row?.id;
}

/** Where an extracted entity was linked to across articles (decided by the pipeline). */
export interface StoredLink {
  id: number;
  /** Its surface forms are not recorded as aliases of the target. */
  weak: boolean;
  /** The target, stored under a short form or a name, takes the extracted entity's key and name. */
  rekey?: true;
  /** The target's aliases go before this entity's are recorded (a short form's, a variant's). */
  replaceAliases?: true;
  /** The target is stored with another type: its mentions' types are counted again. */
  recount?: true;
}

/** The last word of a person's key ("vladimir putin" → "putin"), as indexed by the migration. */
const LAST_NAME = sql<string>`reverse(split_part(reverse(normalized_key), ' ', 1))`;

/** The last word of a stored alias ("moammar gadhafi" → "gadhafi"), as indexed by the migration. */
const ALIAS_LAST_WORD = sql<string>`reverse(split_part(reverse(entity_aliases.normalized_alias), ' ', 1))`;

/**
 * The initials of a stored name's capitalised words, lower case, as `nameInitials` computes
 * them ("World Anti-Doping Agency" → "wada"): a word in capitals stays whole ("UN Security
 * Council" → "unsc"), each other capitalised word keeps its first letter, every other word and
 * separator goes. Indexed by the migration, which spells the expression the same way.
 */
const INITIALS = sql<string>`lower(regexp_replace(name, '([[:upper:]]{2,})(?=[[:space:]‐‑–-]|$)|([[:upper:]])[^[:space:]‐‑–-]*|[^[:space:]‐‑–-]+|[[:space:]‐‑–-]+', '\\1\\2', 'g'))`;

/**
 * The entity an alias row belongs to, looked up by id for each matching alias. A plain join
 * leaves the choice to the planner, which without statistics (PGlite, a server without
 * autovacuum, a store that just grew) expects hundreds of matches for a dozen names and
 * hash-joins a scan of every entity: 2.4 ms for one matching alias among 6,000 people. OFFSET 0
 * keeps the subquery apart, so each of the few matching aliases costs one primary-key probe.
 */
const ENTITY_OF_ALIAS = sql`cross join lateral (
    select id, type, normalized_key from entities where entities.id = entity_aliases.entity_id offset 0
  ) as entity`;

/** Stored entities with the same (type, key) as one of `entities`, in one statement. */
export async function findEntitiesByTypeKeys(
  trx: Transaction<DB>,
  entities: readonly { type: string; key: string }[],
): Promise<{ id: number; type: string; key: string }[]> {
  if (entities.length === 0) return [];
  const rows = await trx
    .selectFrom("entities")
    .select(["id", "type", "normalized_key"])
    .where((eb) =>
      eb(
        eb.refTuple("type", "normalized_key"),
        "in",
        entities.map((e) => eb.tuple(e.type, e.key)),
      ),
    )
    .execute();
  return rows.map((row) => ({ id: row.id, type: row.type, key: row.normalized_key }));
}

/**
 * The stored rows cross-article linking chooses from: entities by normalised alias, people by
 * the last word of their full name, and entities of any type by key.
 */
/** The lookups cross-article linking makes for one article (see `planLinkLookups`). */
export interface LinkLookups {
  names: readonly string[];
  lastNames: readonly string[];
  keys: readonly string[];
  bareKeys: readonly string[];
  initials: readonly string[];
}

/**
 * The one statement reading every lookup (a union of the reads, each row tagged with its kind),
 * or undefined when there is nothing to look up. Each read has an index of its own (migrations
 * 20261128130000 and 20261204220000): a read without one scans every entity or alias for each
 * stored article, so storing grows slower with the store.
 */
export function linkCandidateQuery(lookups: LinkLookups): RawBuilder<CandidateRow> | undefined {
  // The separate reads were four round trips per article on average, each a statement's fixed
  // cost in our process and in the backend.
  const parts: RawBuilder<CandidateRow>[] = [];
  if (lookups.names.length > 0)
    parts.push(sql<CandidateRow>`select 'alias' as kind, entity.id, entity.type, entity.normalized_key as key,
        entity_aliases.normalized_alias as value
      from entity_aliases ${ENTITY_OF_ALIAS}
      where entity_aliases.normalized_alias = any(${[...lookups.names]}::text[])`);
  if (lookups.lastNames.length > 0) {
    parts.push(sql<CandidateRow>`select 'last' as kind, id, type, normalized_key as key, ${LAST_NAME} as value
      from entities
      where type = 'PERSON' and normalized_key like '% %' and ${LAST_NAME} = any(${[...lookups.lastNames]}::text[])`);
    // "Gadhafi" stored only as an alias ("Moammar Gadhafi") of the person keyed "muammar gaddafi".
    parts.push(sql<CandidateRow>`select 'alias-last' as kind, entity.id, entity.type, entity.normalized_key as key,
        ${ALIAS_LAST_WORD} as value
      from entity_aliases ${ENTITY_OF_ALIAS}
      where entity.type = 'PERSON' and entity_aliases.normalized_alias like '% %'
        and ${ALIAS_LAST_WORD} = any(${[...lookups.lastNames]}::text[])`);
  }
  if (lookups.keys.length > 0)
    parts.push(sql<CandidateRow>`select 'key' as kind, id, type, normalized_key as key, null as value
      from entities where normalized_key = any(${[...lookups.keys]}::text[])`);
  if (lookups.bareKeys.length > 0)
    parts.push(sql<CandidateRow>`select 'bare' as kind, id, type, normalized_key as key, null as value
      from entities where normalized_key = any(${[...lookups.bareKeys]}::text[])`);
  // "WADA" alone, "World Anti-Doping Agency" stored: organisations with a name of several words.
  if (lookups.initials.length > 0)
    parts.push(sql<CandidateRow>`select 'initials' as kind, id, type, normalized_key as key, ${INITIALS} as value
      from entities
      where type = 'ORGANIZATION' and name like '% %' and ${INITIALS} = any(${[...lookups.initials]}::text[])`);
  // Each list is one array parameter, so the text depends only on which reads there are (at
  // most 32 shapes): a prepared statement, planned once per connection, where a list of values
  // made every article's statement new to parse and plan (half the statement's backend time).
  return parts.length === 0
    ? undefined
    : sql<CandidateRow>`${sql.raw(PREPARED_STATEMENT)}${sql.join(parts, sql` union all `)}`;
}

/**
 * The stored rows cross-article linking chooses from: entities by normalised alias, people by
 * the last word of their full name, and entities of any type by key.
 */
export async function findLinkCandidates(
  trx: Transaction<DB>,
  lookups: LinkLookups,
): Promise<{
  aliases: { id: number; type: string; normalizedAlias: string; key: string }[];
  lastNames: { id: number; lastName: string; key?: string }[];
  keys: { id: number; key: string; type: string }[];
  bareKeys: { id: number; type: string; key: string }[];
  initials: { id: number; initials: string }[];
}> {
  const query = linkCandidateQuery(lookups);
  const rows = query ? (await query.execute(trx)).rows : [];
  const of = (kind: CandidateRow["kind"]) => rows.filter((row) => row.kind === kind);
  return {
    initials: of("initials").map((row) => ({ id: row.id, initials: row.value as string })),
    bareKeys: of("bare").map((row) => ({ id: row.id, type: row.type, key: row.key })),
    aliases: of("alias").map((row) => ({
      id: row.id,
      type: row.type,
      normalizedAlias: row.value as string,
      key: row.key,
    })),
    // A stored key's first word tells "Josh Lewsey" from "Jim Lewsey" for a "J Lewsey"; an
    // alias's may be a form of address ("Mr Blair"), so only keys carry it.
    lastNames: [
      ...of("last").map((row) => ({ id: row.id, lastName: row.value as string, key: row.key })),
      ...of("alias-last").map((row) => ({ id: row.id, lastName: row.value as string })),
    ],
    keys: of("key").map((row) => ({ id: row.id, key: row.key, type: row.type })),
  };
}

/**
 * What cross-article linking reads to tell one story from another: which context entities share
 * which stored article with each candidate, in how many articles each candidate is named, and
 * how many articles are stored. Read through the mentions' entity and article indexes.
 */
export async function findSharedContext(
  trx: Transaction<DB>,
  lookup: { candidateIds: readonly number[]; contextIds: readonly number[] },
): Promise<{
  shared: { id: number; contextId: number; articleId: number }[];
  candidateArticles: { id: number; articles: number }[];
  totalArticles: number;
}> {
  // One statement, each row tagged with the read it answers: three were three round trips.
  const counted = sql<ContextRow>`select 'total' as kind, count(*)::int as id, null::int as other, null::int as article_id
    from articles`;
  const lists = lookup.candidateIds.length > 0 && lookup.contextIds.length > 0;
  const { rows } = await (lists
    ? sql<ContextRow>`${sql.raw(PREPARED_STATEMENT)}${counted}
      union all
      select 'shared', shared.* from (
        select distinct own.entity_id as id, beside.entity_id as other, own.article_id
        from mentions as own inner join mentions as beside on beside.article_id = own.article_id
        where own.entity_id = any(${[...lookup.candidateIds]}::int[])
          and beside.entity_id = any(${[...lookup.contextIds]}::int[])
      ) as shared
      union all
      -- The candidates: in how many articles each is named.
      select 'articles', entity_id, count(distinct article_id)::int, null
      from mentions
      where entity_id = any(${[...lookup.candidateIds]}::int[])
      group by entity_id`
    : sql<ContextRow>`${sql.raw(PREPARED_STATEMENT)}${counted}`
  ).execute(trx);
  const totalArticles = Number(rows.find((row) => row.kind === "total")?.id ?? 0);
  if (!lists) return { shared: [], candidateArticles: [], totalArticles };
  return {
    shared: rows
      .filter((row) => row.kind === "shared")
      .map((row) => ({
        id: row.id,
        contextId: row.other as number,
        articleId: row.article_id as number,
      })),
    candidateArticles: rows
      .filter((row) => row.kind === "articles")
      .map((row) => ({ id: row.id, articles: Number(row.other) })),
    totalArticles,
  };
}

/**
 * What planRejoins reads for the article's full names and their surnames: the bare entity stored
 * under each surname, the other people whose full name or alias ends in it, whether the full
 * name holds it as an alias, and for each such pair the bare entity's articles and the entities
 * they name that one of the full name's articles names too. Nothing past the first read when no
 * surname is stored alone, as for nearly every article.
 */
export async function findRejoinCandidates(
  trx: Transaction<DB>,
  lookups: readonly { id: number; surname: string }[],
): Promise<RejoinCandidate[]> {
  if (lookups.length === 0) return [];
  const surnames = [...new Set(lookups.map((lookup) => lookup.surname))];
  // A surname alone stored as a person, or as OTHER ("Nadal"), as the linker reads bare surnames;
  // one stored both ways is two things to choose from, as for the linker: neither joins.
  const stored = await trx
    .selectFrom("entities")
    .select(["id", "normalized_key"])
    .where("type", "in", ["PERSON", "OTHER"])
    .where("normalized_key", "in", surnames)
    .execute();
  const bare = stored.filter(
    (row) => stored.filter((other) => other.normalized_key === row.normalized_key).length === 1,
  );
  if (bare.length === 0) return [];
  const found = await findLinkCandidates(trx, {
    names: bare.map((row) => row.normalized_key),
    // Stored names are read by their last word: "o connell" (O'Connell) as "connell".
    lastNames: bare.map((row) => lastWord(row.normalized_key)),
    keys: [],
    bareKeys: [],
    initials: [],
  });
  // In the lookups' order: a candidate with rivals now, the others once their pairs are read.
  const slots: (RejoinCandidate | { id: number; bareId: number; surname: string })[] = [];
  const judged: { id: number; bareId: number; surname: string }[] = [];
  // The people whose name ends in the surname, as the linker's surnameHolders reads them: a row
  // keyed by another name ending in the last word ("Paul Connell" for "o connell") is none.
  const holders = (surname: string) =>
    found.lastNames
      .filter((row) => row.lastName === lastWord(surname) && endsInSurname(row, surname))
      .map((row) => row.id);
  for (const { id, surname } of lookups) {
    const bareId = bare.find((row) => row.normalized_key === surname)?.id;
    if (bareId === undefined || bareId === id) continue;
    const people = new Set(holders(surname));
    people.delete(id);
    // Another person ends in the surname: planRejoins refuses it, so nothing more is read.
    if (people.size > 0) {
      const none = { writesSurname: false, bareArticles: [], fullArticles: [], shared: [] };
      slots.push({ id, bareId, surname, rivals: people.size, ...none });
      continue;
    }
    judged.push({ id, bareId, surname });
    slots.push({ id, bareId, surname });
  }
  const rows = await readRejoinPairs(trx, judged);
  const of = (kind: RejoinRow["kind"], id: number, bareId: number) =>
    rows.filter((row) => row.kind === kind && row.id === id && row.bare_id === bareId);
  return slots.map((slot): RejoinCandidate => {
    if ("rivals" in slot) return slot;
    const { id, bareId, surname } = slot;
    return {
      id,
      bareId,
      surname,
      rivals: 0,
      writesSurname: found.aliases.some(
        (row) => row.id === id && row.normalizedAlias === normalizeAlias(surname),
      ),
      bareArticles: of("bare", id, bareId).map((row) => row.article_id),
      fullArticles: of("full", id, bareId).map((row) => row.article_id),
      shared: of("shared", id, bareId).map((row) => ({
        articleId: row.article_id,
        row: { id: row.entity_id as number, type: row.type as string, key: row.key as string },
      })),
    };
  });
}

/** A row of readRejoinPairs' one statement: which read it answers, for which full name. */
interface RejoinRow {
  kind: "bare" | "full" | "shared";
  /** The pair: the full name and the bare entity. */
  id: number;
  bare_id: number;
  article_id: number;
  /** The entity named beside the bare surname (shared rows only). */
  entity_id: number | null;
  type: string | null;
  key: string | null;
}

/**
 * For every (full name, bare surname) pair at once: the bare entity's articles, the full name's,
 * and the entities named in one of the bare entity's articles and in one of the full name's, each
 * row tagged with its read and the pair's full name. One statement: three per pair were three
 * round trips each, for an article naming several people whose surnames are stored alone.
 */
async function readRejoinPairs(
  trx: Transaction<DB>,
  pairs: readonly { id: number; bareId: number }[],
): Promise<RejoinRow[]> {
  if (pairs.length === 0) return [];
  const ids = pairs.map((pair) => pair.id);
  const bareIds = pairs.map((pair) => pair.bareId);
  const { rows } = await sql<RejoinRow>`${sql.raw(PREPARED_STATEMENT)}with pair (id, bare_id) as (
      select * from unnest(${ids}::int[], ${bareIds}::int[])
    )
    select * from (
      select distinct 'bare' as kind, pair.id, pair.bare_id, bare.article_id,
        null::int as entity_id, null::text as type, null::text as key
      from pair inner join mentions as bare on bare.entity_id = pair.bare_id
      union all
      select distinct 'full', pair.id, pair.bare_id, own.article_id, null::int, null::text, null::text
      from pair inner join mentions as own on own.entity_id = pair.id
      union all
      select distinct 'shared', pair.id, pair.bare_id, bare.article_id, e.id, e.type, e.normalized_key
      from pair
      inner join mentions as bare on bare.entity_id = pair.bare_id
      inner join mentions as beside on beside.article_id = bare.article_id
      inner join entities as e on e.id = beside.entity_id
      where exists (
        select 1 from mentions as own inner join mentions as there on there.article_id = own.article_id
        where own.entity_id = pair.id and there.entity_id = beside.entity_id)
    ) as read
    order by kind, id, bare_id, article_id, entity_id`.execute(trx);
  return rows;
}

/** A row of findSharedContext's one statement: which read it answers, and its values. */
interface ContextRow {
  kind: "total" | "shared" | "articles";
  /** The article count (total), or the candidate (shared, articles). */
  id: number;
  /** The context entity (shared), or the candidate's article count (articles). */
  other: number | null;
  article_id: number | null;
}

/** A row of findLinkCandidates' one statement: which lookup found it, and what it matched on. */
export interface CandidateRow {
  kind: "alias" | "last" | "alias-last" | "key" | "bare" | "initials";
  id: number;
  type: string;
  key: string;
  value: string | null;
}

const UPPER_RE = /\p{Lu}/gu;
const CAMEL_RE = /\p{Ll}\p{Lu}/gu;
const LOWER_START_RE = /^\p{Ll}/u;

/**
 * Of two spellings of one (type, key), the name an entity keeps whatever the order its articles
 * came in: the one with more words in small letters ("Theo van Gogh" over a headline's "Theo
 * Van Gogh", "Prisoner of Azkaban" over "Prisoner Of Azkaban"), then more capitals inside a word
 * ("GoldenEye" over "Goldeneye", "McDonald's"), then fewer capitals ("Burnley" over a line-up's
 * "BURNLEY"), then the longer ("Standard & Poor's", "Warner Bros."), then the first in code-point
 * order: a total order, so the name is the best of all the spellings stored, in any order.
 */
export function isPreferredName(name: string, other: string): boolean {
  const lowerWords = (text: string) =>
    text.split(" ").filter((word) => LOWER_START_RE.test(word)).length;
  const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
  return (
    (lowerWords(name) - lowerWords(other) ||
      count(name, CAMEL_RE) - count(other, CAMEL_RE) ||
      count(other, UPPER_RE) - count(name, UPPER_RE) ||
      name.length - other.length ||
      (name < other ? 1 : name > other ? -1 : 0)) > 0
  );
}

/** Upserts the article's entities in (type, key) order, so concurrent writers never deadlock. */
async function upsertEntities(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
  links: ReadonlyMap<number, StoredLink>,
): Promise<number[]> {
  const mentionCounts = new Array<number>(extraction.entities.length).fill(0);
  for (const mention of extraction.mentions) {
    mentionCounts[mention.entity] = (mentionCounts[mention.entity] ?? 0) + 1;
  }
  const ids = new Array<number>(extraction.entities.length);
  if (extraction.entities.length === 0) return ids;
  const order = extraction.entities
    .map((entity, index) => ({ entity, index }))
    .filter(({ index }) => !links.has(index))
    .sort((x, y) =>
      x.entity.type === y.entity.type
        ? x.entity.key < y.entity.key
          ? -1
          : x.entity.key > y.entity.key
            ? 1
            : 0
        : x.entity.type < y.entity.type
          ? -1
          : 1,
    );
  const rows =
    order.length === 0
      ? []
      : await trx
          .insertInto("entities")
          .values(
            order.map(({ entity, index }) => ({
              type: entity.type,
              normalized_key: entity.key,
              name: entity.name,
              mention_count: mentionCounts[index] ?? 0,
              latitude: entity.coordinates?.latitude ?? null,
              longitude: entity.coordinates?.longitude ?? null,
            })),
          )
          .onConflict((oc) =>
            oc.columns(["type", "normalized_key"]).doUpdateSet({
              mention_count: sql`entities.mention_count + excluded.mention_count`,
              // Coordinates fill a gap, never move a placed entity: both columns change together.
              latitude: sql`case when entities.latitude is null then excluded.latitude else entities.latitude end`,
              longitude: sql`case when entities.latitude is null then excluded.longitude else entities.longitude end`,
            }),
          )
          .returning(["id", "type", "normalized_key", "name"])
          .execute();
  const idByKey = new Map(rows.map((row) => [`${row.type}\u0000${row.normalized_key}`, row.id]));
  // "Warner Bros." stored, "Warner Bros" here: the name kept is the preferred spelling of the
  // two, so it does not depend on which article came first.
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const written = order.find(
      ({ entity }) => entity.type === row.type && entity.key === row.normalized_key,
    )?.entity.name;
    if (written !== undefined && written !== row.name && isPreferredName(written, row.name))
      await trx.updateTable("entities").set({ name: written }).where("id", "=", row.id).execute();
  }
  extraction.entities.forEach((entity, index) => {
    const id = links.get(index)?.id ?? idByKey.get(`${entity.type}\u0000${entity.key}`);
    if (id === undefined) throw new Error(`entity ${entity.type}/${entity.key} was not stored`);
    ids[index] = id;
  });
  // Linked entities count their mentions on the entity they joined, in id order (no deadlocks),
  // and place it when it has no coordinates yet (the first placed entity linked to it wins).
  const linkedCounts = new Map<number, number>();
  const linkedCoordinates = new Map<number, Coordinates>();
  for (const [index, link] of [...links].sort(([a], [b]) => a - b)) {
    linkedCounts.set(link.id, (linkedCounts.get(link.id) ?? 0) + (mentionCounts[index] ?? 0));
    const coordinates = extraction.entities[index]?.coordinates;
    if (coordinates && !linkedCoordinates.has(link.id)) linkedCoordinates.set(link.id, coordinates);
  }
  // "Kenteris" stored alone, "Kostas Kenteris" now: the entity takes the full key and name, so
  // its key does not depend on which article came first.
  const rekeyed = [...links].filter(([, link]) => link.rekey).sort(([, a], [, b]) => a.id - b.id);
  for (const [index, link] of rekeyed) {
    const entity = extraction.entities[index];
    if (!entity) continue;
    // Another entity holding that key already (a concurrent article) keeps it.
    await trx
      .updateTable("entities")
      .set({ normalized_key: entity.key, name: entity.name })
      .where("id", "=", link.id)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("entities as holder")
              .select("holder.id")
              .whereRef("holder.type", "=", "entities.type")
              .where("holder.normalized_key", "=", entity.key),
          ),
        ),
      )
      .execute();
  }
  for (const [id, count] of [...linkedCounts].sort(([a], [b]) => a - b)) {
    const coordinates = linkedCoordinates.get(id);
    await trx
      .updateTable("entities")
      .set({
        mention_count: sql`mention_count + ${count}`,
        ...(coordinates
          ? {
              latitude: sql`coalesce(latitude, ${coordinates.latitude}::float8)`,
              longitude: sql`case when latitude is null then ${coordinates.longitude}::float8 else longitude end`,
            }
          : {}),
      })
      .where("id", "=", id)
      .execute();
  }

  // "J Lewsey" stored alone, "Josh Lewsey" now: the initial form's aliases go, as they would
  // never have been recorded had this article come first (see EntityLink.replaceAliases).
  const replaced = [
    ...new Set([...links.values()].filter((link) => link.replaceAliases).map((link) => link.id)),
  ].sort((a, b) => a - b);
  if (replaced.length > 0)
    await trx.deleteFrom("entity_aliases").where("entity_id", "in", replaced).execute();
  const aliases = new Map<string, { entity_id: number; alias: string; normalized_alias: string }>();
  extraction.entities.forEach((entity, index) => {
    if (links.get(index)?.weak) return;
    const entityId = ids[index] as number;
    for (const alias of [entity.name, ...entity.aliases]) {
      const normalized = normalizeAlias(alias);
      if (normalized)
        aliases.set(`${entityId}\u0000${normalized}`, {
          entity_id: entityId,
          alias,
          normalized_alias: normalized,
        });
    }
  });
  if (aliases.size > 0) {
    const sorted = [...aliases.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
    // One alias written two ways ("Mr Blair", "MR BLAIR") keeps the first in code-point order,
    // not the first stored: the same text whatever order the articles came in.
    await trx
      .insertInto("entity_aliases")
      .values(sorted)
      .onConflict((oc) =>
        oc
          .columns(["entity_id", "normalized_alias"])
          .doUpdateSet({ alias: sql`excluded.alias` })
          .where(sql<boolean>`excluded.alias collate "C" < entity_aliases.alias collate "C"`),
      )
      .execute();
  }
  return ids;
}

/** Strength of each provenance: a lower rank wins (STATED > INFERRED > KNOWLEDGE). */
const PROVENANCE_RANK: Readonly<Record<RelationProvenance, number>> = {
  STATED: 0,
  INFERRED: 1,
  KNOWLEDGE: 2,
};

/** The strongest of some provenances. */
function strongestProvenance(kinds: readonly RelationProvenance[]): RelationProvenance {
  return kinds.reduce<RelationProvenance>(
    (best, kind) => (PROVENANCE_RANK[kind] < PROVENANCE_RANK[best] ? kind : best),
    "KNOWLEDGE",
  );
}

/** Ranks a provenance column in SQL, as PROVENANCE_RANK does. */
function provenanceRank(column: string) {
  return sql`case ${sql.ref(column)} when 'STATED' then 0 when 'INFERRED' then 1 else 2 end`;
}

/**
 * Two readings' attributes together in SQL, as `mergeRelationAttributes` does: the incoming keys
 * win, and a role stays former only when both say so (so the order of articles changes nothing).
 */
export function mergedAttributesSql(current: RawBuilder<unknown>, incoming: RawBuilder<unknown>) {
  return sql<string>`case when ${current} ? ${FORMER_ATTRIBUTE}::text and ${incoming} ? ${FORMER_ATTRIBUTE}::text
    then ${current} || ${incoming} else (${current} || ${incoming}) - ${FORMER_ATTRIBUTE}::text end`;
}

interface RelationGroup {
  subjectId: number;
  objectId: number;
  relations: ExtractedRelation[];
}

/** Groups the article's relations by fact (subject, object, type), symmetric ones ordered by id. */
function groupRelations(
  relations: ExtractedRelation[],
  entityIds: number[],
): Map<string, RelationGroup> {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    let subjectId = entityIds[relation.subject] as number;
    let objectId = entityIds[relation.object] as number;
    if (subjectId === objectId) continue;
    if (SYMMETRIC_RELATION_TYPES.has(relation.type) && subjectId > objectId) {
      [subjectId, objectId] = [objectId, subjectId];
    }
    const key = `${subjectId}:${objectId}:${relation.type}`;
    const group = groups.get(key) ?? { subjectId, objectId, relations: [] };
    group.relations.push(relation);
    groups.set(key, group);
  }
  return groups;
}

const EVIDENCE_COLUMNS = [
  ["relation_id", "int"],
  ["article_id", "int"],
  ["sentence_index", "int"],
  ["sentence", "text"],
  ["sentence_start", "int"],
  ["start", "int"],
  ["end", "int"],
  ["predicate", "text"],
  ["confidence", "real"],
  ["event_date", "text"],
  ["kind", "text"],
] as const;

async function upsertRelations(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
  articleId: number,
  entityIds: number[],
): Promise<number> {
  const groups = [...groupRelations(extraction.relations, entityIds).values()].sort(
    (a, b) =>
      a.subjectId - b.subjectId ||
      a.objectId - b.objectId ||
      (a.relations[0]!.type < b.relations[0]!.type ? -1 : 1),
  );
  if (groups.length === 0) return 0;
  const seenOn = publishedOn(extraction.draft.publishedAt);
  // One row per sentence backing the fact: each relation's primary evidence and its support, with
  // the relation's kind; where two relations of a group cite one span, the stronger kind keeps it.
  const evidenceOf = (group: RelationGroup) => {
    const bySpan = new Map<
      string,
      { relation: ExtractedRelation; evidence: ExtractedRelation["evidence"] }
    >();
    const ranked = [...group.relations].sort(
      (a, b) => PROVENANCE_RANK[a.provenance] - PROVENANCE_RANK[b.provenance],
    );
    for (const relation of ranked) {
      for (const evidence of [relation.evidence, ...relation.support]) {
        const span = `${evidence.start}:${evidence.end}`;
        if (!bySpan.has(span)) bySpan.set(span, { relation, evidence });
      }
    }
    return [...bySpan.values()];
  };
  const evidenceByGroup = new Map(groups.map((group) => [group, evidenceOf(group)]));
  const rows = await trx
    .insertInto("relations")
    .values(
      groups.map((group) => {
        const first = group.relations[0] as ExtractedRelation;
        return {
          subject_id: group.subjectId,
          object_id: group.objectId,
          type: first.type,
          predicate: first.predicate,
          attributes: JSON.stringify(
            mergeRelationAttributes(group.relations.map((r) => r.attributes)),
          ),
          confidence: combineConfidence(group.relations.map((r) => r.confidence)),
          evidence_count: evidenceByGroup.get(group)?.length ?? 0,
          first_seen_on: seenOn,
          last_seen_on: seenOn,
          provenance: strongestProvenance(group.relations.map((r) => r.provenance)),
        };
      }),
    )
    .onConflict((oc) =>
      oc.columns(["subject_id", "object_id", "type"]).doUpdateSet({
        evidence_count: sql`relations.evidence_count + excluded.evidence_count`,
        confidence: sql`1 - (1 - relations.confidence) * (1 - excluded.confidence)`,
        attributes: mergedAttributesSql(
          sql.ref("relations.attributes"),
          sql.ref("excluded.attributes"),
        ),
        first_seen_on: sql`least(relations.first_seen_on, excluded.first_seen_on)`,
        last_seen_on: sql`greatest(relations.last_seen_on, excluded.last_seen_on)`,
        // A stronger reading upgrades the relation; a weaker one never downgrades it.
        provenance: sql`case when ${provenanceRank("excluded.provenance")} < ${provenanceRank("relations.provenance")}
          then excluded.provenance else relations.provenance end`,
      }),
    )
    .returning(["id", "subject_id", "object_id", "type"])
    .execute();
  const idByKey = new Map(
    rows.map((row) => [`${row.subject_id}:${row.object_id}:${row.type}`, row.id]),
  );

  const evidence = groups.flatMap((group) =>
    (evidenceByGroup.get(group) ?? []).map(({ relation, evidence: sentence }) => ({
      relation_id: idByKey.get(`${group.subjectId}:${group.objectId}:${relation.type}`) as number,
      article_id: articleId,
      sentence_index: sentence.sentenceIndex,
      sentence: sentence.sentence,
      sentence_start: sentence.sentenceStart,
      start: sentence.start,
      end: sentence.end,
      predicate: relation.predicate,
      confidence: relation.confidence,
      event_date: sentence.eventDate,
      kind: relation.provenance,
    })),
  );
  await insertInChunks(evidence, 250, (chunk) =>
    insertUnnested(
      trx,
      "relation_evidence",
      EVIDENCE_COLUMNS,
      chunk,
      sql`on conflict (relation_id, article_id, start, "end") do nothing`,
    ),
  );
  return groups.length;
}

/**
 * Inserts `rows` a chunk at a time. Chunks stay far under Postgres's 65,535 parameters and small
 * enough that building one statement (and, on PGlite, running it in process) holds the main
 * thread for tens of milliseconds, not seconds: a server storing a large article keeps answering
 * /health and reads between chunks (the event loop runs between statements: see database.ts).
 */
async function insertInChunks<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** A column filled from an array parameter: its name and the SQL type of its elements. */
type UnnestColumn<T> = readonly [name: string & keyof T, type: "int" | "text" | "bool" | "real"];

/**
 * `insert into <table> (columns) select … from unnest(<one array per column>)`, rows in the
 * order given: one statement text whatever the number of rows, so Postgres parses and plans it
 * once per connection (PREPARED_STATEMENT), and the parameters are one array per column rather
 * than one per value. Multi-row VALUES cost a parse and a plan per article in the backend and
 * a query build of every value in our process. `conflict` is the statement's ON CONFLICT clause.
 */
async function insertUnnested<T extends Record<string, unknown>>(
  trx: Transaction<DB>,
  table: "mentions" | "co_occurrences" | "relation_evidence",
  columns: readonly UnnestColumn<T>[],
  rows: readonly T[],
  conflict = sql``,
): Promise<void> {
  const names = sql.join(columns.map(([name]) => sql.id(name)));
  const arrays = sql.join(
    columns.map(([name, type]) => sql`${rows.map((row) => row[name] ?? null)}::${sql.raw(type)}[]`),
  );
  await sql`${sql.raw(PREPARED_STATEMENT)}insert into ${sql.id(table)} (${names})
    select ${names} from unnest(${arrays}) with ordinality as given (${names}, position)
    order by position ${conflict}`.execute(trx);
}

const MENTION_COLUMNS = [
  ["article_id", "int"],
  ["entity_id", "int"],
  ["sentence_index", "int"],
  ["start", "int"],
  ["end", "int"],
  ["surface", "text"],
  ["title", "text"],
  ["is_metonymy", "bool"],
  ["entity_type", "text"],
] as const;

async function insertMentions(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
  articleId: number,
  entityIds: number[],
): Promise<void> {
  const rows = extraction.mentions.map((mention) => ({
    article_id: articleId,
    entity_id: entityIds[mention.entity] as number,
    sentence_index: mention.sentenceIndex,
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    title: mention.title,
    is_metonymy: mention.isMetonymy,
    entity_type: extraction.entities[mention.entity]?.type ?? null,
  }));
  await insertInChunks(rows, 250, (chunk) =>
    insertUnnested(trx, "mentions", MENTION_COLUMNS, chunk),
  );
}

const CO_OCCURRENCE_COLUMNS = [
  ["entity_a_id", "int"],
  ["entity_b_id", "int"],
  ["article_id", "int"],
  ["count", "int"],
] as const;

async function insertCoOccurrences(
  trx: Transaction<DB>,
  extraction: StorableExtraction,
  articleId: number,
  entityIds: number[],
): Promise<void> {
  const counts = new Map<string, { a: number; b: number; count: number }>();
  for (const pair of extraction.coOccurrences) {
    const x = entityIds[pair.a] as number;
    const y = entityIds[pair.b] as number;
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const entry = counts.get(`${a}:${b}`) ?? { a, b, count: 0 };
    entry.count += pair.count;
    counts.set(`${a}:${b}`, entry);
  }
  const rows = [...counts.values()].map(({ a, b, count }) => ({
    entity_a_id: a,
    entity_b_id: b,
    article_id: articleId,
    count,
  }));
  await insertInChunks(rows, 1000, (chunk) =>
    insertUnnested(trx, "co_occurrences", CO_OCCURRENCE_COLUMNS, chunk),
  );
}

/** The order types win a tie of votes in (vocabulary order); OTHER loses every tie. */
const TYPE_ORDER = sql.raw(
  `array['PERSON','COUNTRY','PLACE','ORGANIZATION','AGREEMENT','EVENT','OTHER']`,
);

/**
 * Sets each entity's type to the one most of its mentions were given ("Fidesz" an organisation in
 * three articles, OTHER in one), ties in vocabulary order: a function of the mentions, not of
 * which article came first. OTHER (the tagger's "something else": works, products, nicknames)
 * counts half, so a specific type wins unless OTHER has more than twice its votes ("the Academy"
 * OTHER in twelve mentions, PERSON in one, is OTHER). An entity whose winning type would clash
 * with another entity of that type and key keeps its type.
 */
async function recountTypes(trx: Transaction<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`update entities e set type = v.type
    from (
      select distinct on (entity_id) entity_id, entity_type as type
      from (
        select entity_id, entity_type, count(*) as votes from mentions
        where entity_id in (${sql.join(ids)}) and entity_type is not null
        group by entity_id, entity_type
      ) counted
      order by entity_id, case when entity_type = 'OTHER' then votes / 2.0 else votes end desc,
        entity_type = 'OTHER', array_position(${TYPE_ORDER}, entity_type)
    ) v
    where e.id = v.entity_id and e.type <> v.type
      and not exists (
        select 1 from entities holder where holder.type = v.type and holder.normalized_key = e.normalized_key)`.execute(
    trx,
  );
}

/**
 * Stores an inserted article's entities (new, or joined to `links` by index), mentions,
 * relations and co-occurrences in `trx`.
 */
export async function storeArticleContent(
  trx: Transaction<DB>,
  articleId: number,
  extraction: StorableExtraction,
  links: ReadonlyMap<number, StoredLink>,
): Promise<StoreResult> {
  const entityIds = await upsertEntities(trx, extraction, links);
  await insertMentions(trx, extraction, articleId, entityIds);
  await recountTypes(
    trx,
    [...new Set([...links.values()].filter((link) => link.recount).map((link) => link.id))].sort(
      (a, b) => a - b,
    ),
  );
  const relationCount = await upsertRelations(trx, extraction, articleId, entityIds);
  await insertCoOccurrences(trx, extraction, articleId, entityIds);
  return {
    articleId,
    isNew: true,
    entityCount: extraction.entities.length,
    relationCount,
    entityIds: [...new Set(entityIds)].sort((a, b) => a - b),
    idsByIndex: entityIds,
  };
}
