import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * A cache of per-entity graph metrics (degree, PageRank), recomputed on demand when the graph
 * has changed since the last computation (`graph_metrics_state.fingerprint`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("entity_metrics")
    .addColumn("entity_id", "integer", (col) =>
      col.primaryKey().references("entities.id").onDelete("cascade"),
    )
    .addColumn("degree", "integer", (col) => col.notNull())
    .addColumn("pagerank", "double precision", (col) => col.notNull())
    .execute();
  await sql`create index entity_metrics_pagerank_idx on entity_metrics (pagerank desc, entity_id)`.execute(
    db,
  );
  await db.schema
    .createTable("graph_metrics_state")
    .addColumn("id", "integer", (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn("fingerprint", "text", (col) => col.notNull())
    .addColumn("computed_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("graph_metrics_state").ifExists().execute();
  await db.schema.dropTable("entity_metrics").ifExists().execute();
}
