/**
 * Curation of entities: merge entities, detach an alias into an entity of its own, and undo
 * either. Every change is logged in `entity_merges` with a snapshot of the rows it touched.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import { normalizeAlias, normalizeKey } from "../domain/normalize.js";
import { type RelationType, SYMMETRIC_RELATION_TYPES } from "../domain/vocabulary.js";
import { type Curation, CurationError, type CurationRow, curationFromRow } from "./curation-log.js";
import { type ChangeEvent, type CurationChangeAction, transactAnnouncing } from "./notify.js";
import type { CurationAction, CurationTables, DB, EntityRow } from "./schema.js";
import { mergedAttributesSql } from "./store.js";

/** How a committed curation is announced: both entities it changed. */
export function curationChange(curation: Curation, action: CurationChangeAction): ChangeEvent {
  return {
    kind: "curation",
    curationId: curation.id,
    action,
    entityIds: [curation.entityId, curation.otherEntityId],
  };
}

/** The state of an entity's neighbourhood: undo refuses when it changed since the curation. */
interface Fingerprint {
  mentions: number;
  relations: number;
  evidence: number;
  coOccurrences: number;
  aliases: number;
}

interface MergeSnapshot {
  into: EntityRow;
  from: EntityRow;
  aliases: unknown[];
  mentionIds: number[];
  relations: unknown[];
  evidence: unknown[];
  coOccurrences: unknown[];
  after: Fingerprint;
}

interface DetachSnapshot {
  aliasRow: { id: number; entity_id: number; alias: string; normalized_alias: string };
  mentionIds: number[];
  /** False when the alias joined an entity that already existed under its key. */
  created: boolean;
  after: Fingerprint;
}

async function findEntity(trx: Transaction<DB>, id: number): Promise<EntityRow> {
  const row = await trx
    .selectFrom("entities")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new CurationError("ENTITY_NOT_FOUND", `no entity with id ${id}`);
  return row;
}

async function fingerprintOf(trx: Transaction<DB>, id: number): Promise<Fingerprint> {
  const result = await sql<Fingerprint>`select
      (select count(*)::int from mentions where entity_id = ${id}) as mentions,
      (select count(*)::int from relations where subject_id = ${id} or object_id = ${id}) as relations,
      (select coalesce(sum(evidence_count), 0)::int from relations where subject_id = ${id} or object_id = ${id}) as evidence,
      (select count(*)::int from co_occurrences where entity_a_id = ${id} or entity_b_id = ${id}) as "coOccurrences",
      (select count(*)::int from entity_aliases where entity_id = ${id}) as aliases`.execute(trx);
  return result.rows[0] as Fingerprint;
}

function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return (
    a.mentions === b.mentions &&
    a.relations === b.relations &&
    a.evidence === b.evidence &&
    a.coOccurrences === b.coOccurrences &&
    a.aliases === b.aliases
  );
}

/** Re-inserts snapshot rows with their original ids. */
async function restoreRows(trx: Transaction<DB>, table: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into ${sql.table(table)} overriding system value
    select * from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(
    trx,
  );
}

async function logCuration(
  trx: Transaction<DB>,
  row: {
    action: CurationAction;
    entity_id: number;
    other_entity_id: number;
    alias: string | null;
    snapshot: unknown;
  },
): Promise<CurationRow> {
  return (await trx
    .withTables<CurationTables>()
    .insertInto("entity_merges")
    .values({ ...row, snapshot: JSON.stringify(row.snapshot) })
    .returningAll()
    .executeTakeFirstOrThrow()) as CurationRow;
}

/** Ranks an evidence kind or relation provenance in SQL: 0 for STATED, the strongest. */
function kindRank(column: string) {
  return sql`case ${sql.ref(column)} when 'STATED' then 0 when 'INFERRED' then 1 else 2 end`;
}

/** Snapshots taken before relations had a provenance: every row then was read from one sentence. */
function withProvenance(rows: unknown[], column: "provenance" | "kind"): unknown[] {
  return rows.map((row) => ({ [column]: "STATED", ...(row as object) }));
}

/** Moves one entity's relations onto another, folding them into facts the target already has. */
async function moveRelations(trx: Transaction<DB>, intoId: number, fromId: number): Promise<void> {
  const relations = await trx
    .selectFrom("relations")
    .selectAll()
    .where((eb) => eb.or([eb("subject_id", "=", fromId), eb("object_id", "=", fromId)]))
    .orderBy("id")
    .execute();
  for (const relation of relations) {
    let subject = relation.subject_id === fromId ? intoId : relation.subject_id;
    let object = relation.object_id === fromId ? intoId : relation.object_id;
    // "Putin met Vladimir Putin": a fact between the two merged entities has no meaning left.
    if (subject === object) {
      await trx.deleteFrom("relations").where("id", "=", relation.id).execute();
      continue;
    }
    if (SYMMETRIC_RELATION_TYPES.has(relation.type as RelationType) && subject > object)
      [subject, object] = [object, subject];
    const existing = await trx
      .selectFrom("relations")
      .selectAll()
      .where("subject_id", "=", subject)
      .where("object_id", "=", object)
      .where("type", "=", relation.type)
      .where("id", "<>", relation.id)
      .executeTakeFirst();
    if (!existing) {
      await trx
        .updateTable("relations")
        .set({ subject_id: subject, object_id: object })
        .where("id", "=", relation.id)
        .execute();
      continue;
    }
    // A sentence both facts cite keeps the stronger kind before the duplicate goes.
    await sql`update relation_evidence d set kind = e.kind
      from relation_evidence e
      where d.relation_id = ${existing.id} and e.relation_id = ${relation.id}
        and d.article_id = e.article_id and d.start = e.start and d."end" = e."end"
        and ${kindRank("e.kind")} < ${kindRank("d.kind")}`.execute(trx);
    await sql`update relation_evidence e set relation_id = ${existing.id}
      where e.relation_id = ${relation.id} and not exists (
        select 1 from relation_evidence d where d.relation_id = ${existing.id}
          and d.article_id = e.article_id and d.start = e.start and d."end" = e."end")`.execute(
      trx,
    );
    await trx.deleteFrom("relations").where("id", "=", relation.id).execute();
    await sql`update relations set
        evidence_count = (select count(*)::int from relation_evidence where relation_id = ${existing.id}),
        confidence = 1 - (1 - confidence) * (1 - ${relation.confidence}::real),
        attributes = ${mergedAttributesSql(sql.ref("attributes"), sql`${JSON.stringify(relation.attributes)}::jsonb`)},
        first_seen_on = least(first_seen_on, ${relation.first_seen_on}::date),
        last_seen_on = greatest(last_seen_on, ${relation.last_seen_on}::date),
        provenance = (select coalesce(
          (array['STATED', 'INFERRED', 'KNOWLEDGE'])[min(${kindRank("kind")}) + 1], relations.provenance)
          from relation_evidence where relation_id = ${existing.id})
      where id = ${existing.id}`.execute(trx);
  }
}

/** Moves one entity's co-occurrence counts onto another. */
async function moveCoOccurrences(
  trx: Transaction<DB>,
  intoId: number,
  fromId: number,
): Promise<void> {
  await sql`insert into co_occurrences (entity_a_id, entity_b_id, article_id, count)
      select least(other, ${intoId}::int), greatest(other, ${intoId}::int), article_id, count from (
        select case when entity_a_id = ${fromId} then entity_b_id else entity_a_id end as other, article_id, count
        from co_occurrences where entity_a_id = ${fromId} or entity_b_id = ${fromId}) moved
      where other <> ${intoId}
    on conflict (entity_a_id, entity_b_id, article_id) do update set count = co_occurrences.count + excluded.count`.execute(
    trx,
  );
  await trx
    .deleteFrom("co_occurrences")
    .where((eb) => eb.or([eb("entity_a_id", "=", fromId), eb("entity_b_id", "=", fromId)]))
    .execute();
}

async function mergeOne(
  trx: Transaction<DB>,
  into: EntityRow,
  fromId: number,
  options: { weak?: boolean } = {},
): Promise<CurationRow> {
  const from = await findEntity(trx, fromId);
  const ids = [into.id, from.id];
  const relations = await trx
    .selectFrom("relations")
    .selectAll()
    .where((eb) => eb.or([eb("subject_id", "in", ids), eb("object_id", "in", ids)]))
    .execute();
  const relationIds = relations.map((r) => r.id);
  const snapshot: Omit<MergeSnapshot, "after"> = {
    into,
    from,
    aliases: await trx
      .selectFrom("entity_aliases")
      .selectAll()
      .where("entity_id", "in", ids)
      .execute(),
    mentionIds: (
      await trx.selectFrom("mentions").select("id").where("entity_id", "=", from.id).execute()
    ).map((r) => r.id),
    relations,
    evidence:
      relationIds.length === 0
        ? []
        : await trx
            .selectFrom("relation_evidence")
            .selectAll()
            .where("relation_id", "in", relationIds)
            .execute(),
    coOccurrences: await trx
      .selectFrom("co_occurrences")
      .selectAll()
      .where((eb) => eb.or([eb("entity_a_id", "in", ids), eb("entity_b_id", "in", ids)]))
      .execute(),
  };

  await trx
    .updateTable("mentions")
    .set({ entity_id: into.id })
    .where("entity_id", "=", from.id)
    .execute();
  // The merged entity's name and aliases become the survivor's: later articles link by them.
  // A weak merge (a bare surname joining a full name as its articles would have, weakly) adds
  // none, and drops the merged entity's (the snapshot keeps them for undo).
  if (options.weak)
    await trx.deleteFrom("entity_aliases").where("entity_id", "=", from.id).execute();
  await sql`insert into entity_aliases (entity_id, alias, normalized_alias)
      select ${into.id}::int, alias, normalized_alias from entity_aliases where entity_id = ${from.id}
    on conflict (entity_id, normalized_alias) do nothing`.execute(trx);
  const fromName = normalizeAlias(from.name);
  if (fromName && !options.weak) {
    await trx
      .insertInto("entity_aliases")
      .values({ entity_id: into.id, alias: from.name, normalized_alias: fromName })
      .onConflict((oc) => oc.columns(["entity_id", "normalized_alias"]).doNothing())
      .execute();
  }
  await moveRelations(trx, into.id, from.id);
  await moveCoOccurrences(trx, into.id, from.id);
  // The survivor keeps its place on the map; the merged entity's fills a gap.
  await trx
    .updateTable("entities")
    .set({
      mention_count: sql`mention_count + ${from.mention_count}`,
      latitude: sql`coalesce(latitude, ${from.latitude}::float8)`,
      longitude: sql`case when latitude is null then ${from.longitude}::float8 else longitude end`,
    })
    .where("id", "=", into.id)
    .execute();
  await trx.deleteFrom("entities").where("id", "=", from.id).execute();
  const after = await fingerprintOf(trx, into.id);
  return logCuration(trx, {
    action: "MERGE",
    entity_id: into.id,
    other_entity_id: from.id,
    alias: null,
    snapshot: { ...snapshot, after },
  });
}

/**
 * Merges `fromIds` into `intoId`: mentions, aliases, relations (folded into the survivor's facts)
 * and co-occurrences move, the merged entities are deleted, and each merge is logged for undo.
 */
export async function mergeEntities(
  db: Kysely<DB>,
  intoId: number,
  fromIds: readonly number[],
): Promise<Curation[]> {
  const from = [...new Set(fromIds)];
  if (from.length === 0)
    throw new CurationError("BAD_USER_INPUT", "name at least one entity to merge");
  if (from.includes(intoId))
    throw new CurationError("BAD_USER_INPUT", "an entity cannot be merged into itself");
  return transactAnnouncing(
    db,
    async (trx) => {
      const logged: CurationRow[] = [];
      for (const fromId of from)
        logged.push(await mergeOne(trx, await findEntity(trx, intoId), fromId));
      return logged.map(curationFromRow);
    },
    (curations) => curations.map((curation) => curationChange(curation, "MERGE")),
  );
}

/**
 * Merges `fromId` into `intoId` inside the caller's transaction (an article's store), logged
 * and undoable as a curator's merge is. `weak`: the merged entity's aliases go rather than
 * move. Not a pair whose merge a curator undid: that undo stands.
 */
export async function mergeInTransaction(
  trx: Transaction<DB>,
  intoId: number,
  fromId: number,
  options: { weak?: boolean } = {},
): Promise<Curation | undefined> {
  const undone = await trx
    .withTables<CurationTables>()
    .selectFrom("entity_merges")
    .select("id")
    .where("action", "=", "MERGE")
    .where("entity_id", "=", intoId)
    .where("other_entity_id", "=", fromId)
    .where("undone_at", "is not", null)
    .executeTakeFirst();
  if (undone) return undefined;
  return curationFromRow(await mergeOne(trx, await findEntity(trx, intoId), fromId, options));
}

/**
 * Detaches an alias into an entity of its own (or the entity its key already names): the mentions
 * written that way move with it, the alias leaves the entity. Relations stay where they were: their
 * evidence is a sentence, not a surface form.
 */
export async function detachAlias(
  db: Kysely<DB>,
  entityId: number,
  alias: string,
): Promise<Curation> {
  const normalized = normalizeAlias(alias);
  return transactAnnouncing(
    db,
    async (trx) => {
      const entity = await findEntity(trx, entityId);
      if (normalized === normalizeAlias(entity.name)) {
        throw new CurationError(
          "BAD_USER_INPUT",
          "the entity's own name cannot be detached; merge or rename instead",
        );
      }
      const aliasRow = await trx
        .selectFrom("entity_aliases")
        .selectAll()
        .where("entity_id", "=", entity.id)
        .where("normalized_alias", "=", normalized)
        .executeTakeFirst();
      if (!aliasRow)
        throw new CurationError(
          "ALIAS_NOT_FOUND",
          `entity ${entity.id} has no alias ${JSON.stringify(alias)}`,
        );
      const key = normalizeKey(aliasRow.alias);
      if (!key || key === entity.normalized_key) {
        throw new CurationError(
          "BAD_USER_INPUT",
          `alias ${JSON.stringify(alias)} has the entity's own key`,
        );
      }
      const mentions = await trx
        .selectFrom("mentions")
        .select(["id", "surface"])
        .where("entity_id", "=", entity.id)
        .execute();
      const mentionIds = mentions
        .filter((m) => normalizeAlias(m.surface) === normalized)
        .map((m) => m.id);

      const existing = await trx
        .selectFrom("entities")
        .select("id")
        .where("type", "=", entity.type)
        .where("normalized_key", "=", key)
        .executeTakeFirst();
      const target =
        existing ??
        (await trx
          .insertInto("entities")
          .values({
            type: entity.type,
            name: aliasRow.alias,
            normalized_key: key,
            mention_count: 0,
          })
          .returning("id")
          .executeTakeFirstOrThrow());
      if (mentionIds.length > 0) {
        await trx
          .updateTable("mentions")
          .set({ entity_id: target.id })
          .where("id", "in", mentionIds)
          .execute();
      }
      await trx.deleteFrom("entity_aliases").where("id", "=", aliasRow.id).execute();
      await trx
        .insertInto("entity_aliases")
        .values({ entity_id: target.id, alias: aliasRow.alias, normalized_alias: normalized })
        .onConflict((oc) => oc.columns(["entity_id", "normalized_alias"]).doNothing())
        .execute();
      await updateMentionCount(trx, entity.id, -mentionIds.length);
      await updateMentionCount(trx, target.id, mentionIds.length);
      const snapshot: DetachSnapshot = {
        aliasRow,
        mentionIds,
        created: !existing,
        after: await fingerprintOf(trx, target.id),
      };
      const logged = await logCuration(trx, {
        action: "DETACH",
        entity_id: entity.id,
        other_entity_id: target.id,
        alias: aliasRow.alias,
        snapshot,
      });
      return curationFromRow(logged);
    },
    (curation) => [curationChange(curation, "DETACH")],
  );
}

async function updateMentionCount(trx: Transaction<DB>, id: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await trx
    .updateTable("entities")
    .set({ mention_count: sql`greatest(mention_count + ${delta}, 0)` })
    .where("id", "=", id)
    .execute();
}

async function undoMerge(
  trx: Transaction<DB>,
  log: CurationRow,
  snapshot: MergeSnapshot,
): Promise<void> {
  const intoId = log.entity_id;
  const fromId = log.other_entity_id;
  const into = await trx
    .selectFrom("entities")
    .select("id")
    .where("id", "=", intoId)
    .forUpdate()
    .executeTakeFirst();
  const from = await trx
    .selectFrom("entities")
    .select("id")
    .where("id", "=", fromId)
    .executeTakeFirst();
  if (!into || from)
    throw new CurationError("CURATION_CONFLICT", "the merged entities changed since the merge");
  if (!sameFingerprint(await fingerprintOf(trx, intoId), snapshot.after)) {
    throw new CurationError(
      "CURATION_CONFLICT",
      "the entity gained mentions, aliases or relations since the merge; undo later curations first or merge again",
    );
  }
  await restoreRows(trx, "entities", [snapshot.from]);
  await trx
    .updateTable("entities")
    .set({
      name: snapshot.into.name,
      mention_count: snapshot.into.mention_count,
      latitude: snapshot.into.latitude ?? null,
      longitude: snapshot.into.longitude ?? null,
    })
    .where("id", "=", intoId)
    .execute();
  if (snapshot.mentionIds.length > 0) {
    await trx
      .updateTable("mentions")
      .set({ entity_id: fromId })
      .where("id", "in", snapshot.mentionIds)
      .execute();
  }
  await trx.deleteFrom("entity_aliases").where("entity_id", "=", intoId).execute();
  await restoreRows(trx, "entity_aliases", snapshot.aliases);
  // Relations and co-occurrences of the survivor go back to how they were, evidence included.
  await trx
    .deleteFrom("relations")
    .where((eb) => eb.or([eb("subject_id", "=", intoId), eb("object_id", "=", intoId)]))
    .execute();
  await restoreRows(trx, "relations", withProvenance(snapshot.relations, "provenance"));
  await restoreRows(trx, "relation_evidence", withProvenance(snapshot.evidence, "kind"));
  await trx
    .deleteFrom("co_occurrences")
    .where((eb) => eb.or([eb("entity_a_id", "=", intoId), eb("entity_b_id", "=", intoId)]))
    .execute();
  await restoreRows(trx, "co_occurrences", snapshot.coOccurrences);
}

async function undoDetach(
  trx: Transaction<DB>,
  log: CurationRow,
  snapshot: DetachSnapshot,
): Promise<void> {
  const entity = await trx
    .selectFrom("entities")
    .select("id")
    .where("id", "=", log.entity_id)
    .forUpdate()
    .executeTakeFirst();
  if (!entity)
    throw new CurationError("CURATION_CONFLICT", "the entity the alias came from no longer exists");
  if (!sameFingerprint(await fingerprintOf(trx, log.other_entity_id), snapshot.after)) {
    throw new CurationError(
      "CURATION_CONFLICT",
      "the detached entity changed since the curation; undo later curations first",
    );
  }
  if (snapshot.mentionIds.length > 0) {
    await trx
      .updateTable("mentions")
      .set({ entity_id: log.entity_id })
      .where("id", "in", snapshot.mentionIds)
      .execute();
  }
  await updateMentionCount(trx, log.entity_id, snapshot.mentionIds.length);
  await trx
    .deleteFrom("entity_aliases")
    .where("entity_id", "=", log.other_entity_id)
    .where("normalized_alias", "=", snapshot.aliasRow.normalized_alias)
    .execute();
  await restoreRows(trx, "entity_aliases", [snapshot.aliasRow]);
  if (snapshot.created)
    await trx.deleteFrom("entities").where("id", "=", log.other_entity_id).execute();
  else await updateMentionCount(trx, log.other_entity_id, -snapshot.mentionIds.length);
}

/** Undoes one logged curation; refuses (CURATION_CONFLICT) when later changes would be lost. */
export async function undoCuration(db: Kysely<DB>, id: number): Promise<Curation> {
  return transactAnnouncing(
    db,
    async (trx) => {
      const log = (await trx
        .withTables<CurationTables>()
        .selectFrom("entity_merges")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst()) as CurationRow | undefined;
      if (!log) throw new CurationError("CURATION_NOT_FOUND", `no curation with id ${id}`);
      if (log.undone_at)
        throw new CurationError("CURATION_CONFLICT", `curation ${id} was already undone`);
      if (log.action === "MERGE") await undoMerge(trx, log, log.snapshot as MergeSnapshot);
      else await undoDetach(trx, log, log.snapshot as DetachSnapshot);
      const undone = (await trx
        .withTables<CurationTables>()
        .updateTable("entity_merges")
        .set({ undone_at: sql`now()` })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow()) as CurationRow;
      return curationFromRow(undone);
    },
    (curation) => [curationChange(curation, "UNDO")],
  );
}
