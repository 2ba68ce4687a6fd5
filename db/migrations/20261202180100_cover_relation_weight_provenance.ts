import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Graph hops select each relation's provenance (20261202060000 added it) but the per-node
 * "strongest first" indexes did not cover it, so every hop left the index for the heap: Postgres
 * took a bitmap scan, read all of a node's relations (30,000 for a hub) and sorted them to keep
 * 50. With provenance in the index a hop is an index-only top-k scan per node again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists relations_subject_weight_idx`.execute(db);
  await sql`drop index if exists relations_object_weight_idx`.execute(db);
  await sql`create index relations_subject_weight_idx
    on relations (subject_id, evidence_count desc, confidence desc, id) include (object_id, type, predicate, provenance)`.execute(
    db,
  );
  await sql`create index relations_object_weight_idx
    on relations (object_id, evidence_count desc, confidence desc, id) include (subject_id, type, predicate, provenance)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists relations_subject_weight_idx`.execute(db);
  await sql`drop index if exists relations_object_weight_idx`.execute(db);
  await sql`create index relations_subject_weight_idx
    on relations (subject_id, evidence_count desc, confidence desc, id) include (object_id, type, predicate)`.execute(
    db,
  );
  await sql`create index relations_object_weight_idx
    on relations (object_id, evidence_count desc, confidence desc, id) include (subject_id, type, predicate)`.execute(
    db,
  );
}
