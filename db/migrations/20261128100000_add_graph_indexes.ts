import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Indexes for graph reads: an entity's strongest relations on either end come straight off an
 * index in weight order (the per-node fan-out cap is a LIMIT, even on hubs), and alias prefixes
 * use a pattern index for `like 'abc%'` under any collation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index relations_subject_weight_idx
    on relations (subject_id, evidence_count desc, confidence desc, id)`.execute(db);
  await sql`create index relations_object_weight_idx
    on relations (object_id, evidence_count desc, confidence desc, id)`.execute(db);
  await sql`create index entity_aliases_normalized_pattern_idx
    on entity_aliases (normalized_alias text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists entity_aliases_normalized_pattern_idx`.execute(db);
  await sql`drop index if exists relations_object_weight_idx`.execute(db);
  await sql`drop index if exists relations_subject_weight_idx`.execute(db);
}
