import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * The curation log: every merge or alias detachment, with a snapshot of the rows it changed so it
 * can be undone; and an index on a person's last name for linking "Putin" to "Vladimir Putin"
 * across articles.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("entity_merges")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("action", "text", (col) => col.notNull().check(sql`action in ('MERGE', 'DETACH')`))
    // MERGE: the surviving entity; DETACH: the entity the alias was taken from.
    .addColumn("entity_id", "integer", (col) => col.notNull())
    // MERGE: the entity merged away (its id is kept for undo); DETACH: the new entity.
    .addColumn("other_entity_id", "integer", (col) => col.notNull())
    .addColumn("alias", "text")
    // Rows as they were before the change, and what moved: enough to restore them.
    .addColumn("snapshot", "jsonb", (col) => col.notNull())
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("undone_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("entity_merges_entity_idx")
    .on("entity_merges")
    .column("entity_id")
    .execute();
  await sql`create index entities_person_last_name_idx
    on entities ((reverse(split_part(reverse(normalized_key), ' ', 1))))
    where type = 'PERSON' and normalized_key like '% %'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists entities_person_last_name_idx`.execute(db);
  await db.schema.dropTable("entity_merges").ifExists().execute();
}
