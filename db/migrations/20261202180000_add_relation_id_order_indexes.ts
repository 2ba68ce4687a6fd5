import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * An entity's relations page in id order (`Entity.relations(first, after)`): with `(subject_id,
 * id)` and `(object_id, id)` a page is an index range scan that stops after `first` rows, where
 * before every relation of the entity was read and sorted (31,000 for a hub) to keep 50.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index relations_subject_id_order_idx on relations (subject_id, id)`.execute(db);
  await sql`create index relations_object_id_order_idx on relations (object_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists relations_subject_id_order_idx`.execute(db);
  await sql`drop index if exists relations_object_id_order_idx`.execute(db);
}
