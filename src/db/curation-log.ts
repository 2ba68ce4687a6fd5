/** The curation log (`entity_merges`): its rows as the API sees them, and the errors curation raises. */
import { type Kysely, sql } from "kysely";
import type { CurationAction, CurationTables, DB } from "./schema.js";

/** One logged curation, as stored (snake_case row). */
export interface CurationRow {
  id: number;
  action: CurationAction;
  /** MERGE: the surviving entity; DETACH: the entity the alias was taken from. */
  entity_id: number;
  /** MERGE: the entity merged away; DETACH: the entity that now holds the alias. */
  other_entity_id: number;
  alias: string | null;
  snapshot: unknown;
  created_at: Date;
  undone_at: Date | null;
}

/** One logged curation as the API sees it (camelCase). */
export interface Curation {
  id: number;
  action: CurationAction;
  /** MERGE: the surviving entity; DETACH: the entity the alias was taken from. */
  entityId: number;
  /** MERGE: the entity merged away; DETACH: the entity that now holds the alias. */
  otherEntityId: number;
  alias: string | null;
  createdAt: Date;
  undoneAt: Date | null;
}

/** Maps an `entity_merges` row to a Curation (the undo snapshot stays in db/). */
export function curationFromRow(row: CurationRow): Curation {
  return {
    id: row.id,
    action: row.action,
    entityId: row.entity_id,
    otherEntityId: row.other_entity_id,
    alias: row.alias,
    // new Date(): the row may come back through a driver that hands timestamps over as strings.
    createdAt: new Date(row.created_at),
    undoneAt: row.undone_at ? new Date(row.undone_at) : null,
  };
}

/** Codes of the expected curation failures. */
export type CurationErrorCode =
  | "ENTITY_NOT_FOUND"
  | "ALIAS_NOT_FOUND"
  | "CURATION_NOT_FOUND"
  | "CURATION_CONFLICT"
  | "BAD_USER_INPUT";

/** An expected curation failure: a missing entity, an unknown alias, an undo that would lose data. */
export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CurationError";
  }
}

/** Finds logged curations by id, in no particular order. */
export async function findCurationsByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<Curation[]> {
  if (ids.length === 0) return [];
  const rows = (await db
    .withTables<CurationTables>()
    .selectFrom("entity_merges")
    .selectAll()
    .where("id", "in", ids)
    .execute()) as CurationRow[];
  return rows.map(curationFromRow);
}

/** Lists logged curations after a cursor, oldest first; only those touching `entityId` when given. */
export async function listCurations(
  db: Kysely<DB>,
  filter: { entityId?: number },
  page: { limit: number; afterId?: number },
): Promise<{ rows: Curation[]; total: () => Promise<number> }> {
  const filtered = () => {
    let query = db.withTables<CurationTables>().selectFrom("entity_merges");
    if (filter.entityId !== undefined) {
      const id = filter.entityId;
      query = query.where((eb) =>
        eb.or([eb("entity_id", "=", id), eb("other_entity_id", "=", id)]),
      );
    }
    return query;
  };
  let rows = filtered().selectAll();
  if (page.afterId !== undefined) rows = rows.where("id", ">", page.afterId);
  return {
    rows: ((await rows.orderBy("id").limit(page.limit).execute()) as CurationRow[]).map(
      curationFromRow,
    ),
    total: async () =>
      (await filtered().select(sql<number>`count(*)::int`.as("count")).executeTakeFirstOrThrow())
        .count,
  };
}
