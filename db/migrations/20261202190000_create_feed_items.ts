import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Feed items `kg watch` has taken (issue 13): one row per (feed, item), claimed by the watcher
 * that inserts it first, so two watchers of one feed never fetch or store an item twice, and a
 * restarted watcher skips what it already read. The outcome and its code are kept for listing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("feed_items")
    .addColumn("id", "serial", (col) => col.primaryKey())
    .addColumn("feed_url", "text", (col) => col.notNull())
    .addColumn("item_key", "text", (col) => col.notNull())
    .addColumn("link", "text", (col) => col.notNull())
    .addColumn("title", "text")
    .addColumn("status", "text", (col) =>
      col.notNull().defaultTo("claimed").check(sql`status in ('claimed', 'ingested', 'failed')`),
    )
    .addColumn("code", "text")
    .addColumn("article_id", "integer", (col) => col.references("articles.id").onDelete("set null"))
    .addColumn("seen_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("feed_items_feed_item_key", ["feed_url", "item_key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("feed_items").execute();
}
