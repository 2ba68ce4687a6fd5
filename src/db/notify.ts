/**
 * Change announcements for live updates: a stored article or a curation is announced with
 * Postgres NOTIFY inside its own transaction (delivered to listeners on commit, never for a
 * rolled-back one), and on the in-process bus once the transaction has committed (the path an
 * embedded PGlite server, the only process on its folder, listens to).
 */
import { EventEmitter } from "node:events";
import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "./schema.js";

/** The NOTIFY channel every process announces changes on. */
export const CHANGES_CHANNEL = "kg_changes";

/**
 * Largest payload sent: Postgres refuses NOTIFY payloads of 8000 bytes or more. An article
 * touching more entities than fit is announced without them; listeners look them up.
 */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7_900;

/** What a curation did, as announced: the log's actions, and the undoing of one. */
export type CurationChangeAction = "MERGE" | "DETACH" | "UNDO";

/** One announced change: ids only, listeners read the rows. */
export type ChangeEvent =
  | {
      kind: "article";
      articleId: number;
      entityCount: number;
      relationCount: number;
      /** The entities the article mentions or relates, ascending; null when too many to send. */
      entityIds: number[] | null;
    }
  | {
      kind: "curation";
      curationId: number;
      action: CurationChangeAction;
      /** The entities the curation changed (merged into and away, detached from and into). */
      entityIds: number[];
    };

/** The event as sent: short keys, so more entity ids fit in one payload. */
type Wire =
  | { k: "a"; a: number; n: number; r: number; e: number[] | null }
  | { k: "c"; c: number; x: CurationChangeAction; e: number[] };

/** Encodes a change as a NOTIFY payload, leaving out an article's entity ids when they do not fit. */
export function encodeChange(change: ChangeEvent): string {
  if (change.kind === "curation") {
    return JSON.stringify({
      k: "c",
      c: change.curationId,
      x: change.action,
      e: change.entityIds,
    } satisfies Wire);
  }
  const wire: Wire = {
    k: "a",
    a: change.articleId,
    n: change.entityCount,
    r: change.relationCount,
    e: change.entityIds,
  };
  const payload = JSON.stringify(wire);
  if (Buffer.byteLength(payload) <= MAX_NOTIFY_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ ...wire, e: null } satisfies Wire);
}

const isIdList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((id) => Number.isSafeInteger(id) && id > 0);

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && Number(value) > 0;

const CURATION_ACTIONS = new Set<unknown>(["MERGE", "DETACH", "UNDO"]);

/** Decodes a NOTIFY payload; undefined for anything this version did not send. */
export function decodeChange(payload: string): ChangeEvent | undefined {
  let wire: Record<string, unknown>;
  try {
    wire = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (wire === null || typeof wire !== "object") return undefined;
  if (wire.k === "a" && isId(wire.a) && (wire.e === null || isIdList(wire.e))) {
    return {
      kind: "article",
      articleId: wire.a,
      entityCount: Number(wire.n) || 0,
      relationCount: Number(wire.r) || 0,
      entityIds: wire.e,
    };
  }
  if (wire.k === "c" && isId(wire.c) && CURATION_ACTIONS.has(wire.x) && isIdList(wire.e)) {
    return {
      kind: "curation",
      curationId: wire.c,
      action: wire.x as CurationChangeAction,
      entityIds: wire.e,
    };
  }
  return undefined;
}

/** Announces `change` with NOTIFY in `trx`: listeners hear it when, and only if, it commits. */
export async function notifyChange(trx: Transaction<DB>, change: ChangeEvent): Promise<void> {
  await sql`select pg_notify(${CHANGES_CHANNEL}, ${encodeChange(change)})`.execute(trx);
}

/** The in-process bus: changes this process committed, published after the commit. */
const localChanges = new EventEmitter();
// Every live server subscribes once; tests open several apps in one process.
localChanges.setMaxListeners(0);

/** Publishes a committed change to listeners in this process. */
export function publishLocalChange(change: ChangeEvent): void {
  localChanges.emit("change", change);
}

/** Listens to changes committed by this process; returns how to stop. */
export function onLocalChange(listener: (change: ChangeEvent) => void): () => void {
  localChanges.on("change", listener);
  return () => localChanges.off("change", listener);
}

/**
 * Runs `work` in a transaction that announces what `changesOf` its result says: NOTIFY inside
 * the transaction, the in-process bus after the commit. A failure announces nothing.
 */
export async function transactAnnouncing<T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
  changesOf: (result: T) => ChangeEvent[],
): Promise<T> {
  const result = await db.transaction().execute(async (trx) => {
    const value = await work(trx);
    for (const change of changesOf(value)) await notifyChange(trx, change);
    return value;
  });
  for (const change of changesOf(result)) publishLocalChange(change);
  return result;
}

/** The entities an article mentions or gives evidence of a relation between, ascending. */
export async function findArticleEntityIds(db: Kysely<DB>, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("mentions")
    .select("entity_id")
    .where("article_id", "=", articleId)
    .union(
      db
        .selectFrom("relation_evidence")
        .innerJoin("relations", "relations.id", "relation_evidence.relation_id")
        .select("relations.subject_id as entity_id")
        .where("relation_evidence.article_id", "=", articleId),
    )
    .union(
      db
        .selectFrom("relation_evidence")
        .innerJoin("relations", "relations.id", "relation_evidence.relation_id")
        .select("relations.object_id as entity_id")
        .where("relation_evidence.article_id", "=", articleId),
    )
    .execute();
  return rows.map((row) => row.entity_id).sort((a, b) => a - b);
}
