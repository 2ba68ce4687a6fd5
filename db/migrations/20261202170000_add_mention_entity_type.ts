import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Each mention keeps the type its article's analysis gave the entity, so an entity's type can be
 * the vote of all its mentions instead of whichever article was stored first: the same articles
 * give the same types in any order (issue 12). Votes move with mentions when entities are merged
 * or detached. Mentions written before this migration vote for their entity's type of today.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mentions").addColumn("entity_type", "text").execute();
  await sql`update mentions m set entity_type = e.type from entities e where e.id = m.entity_id`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mentions").dropColumn("entity_type").execute();
}
