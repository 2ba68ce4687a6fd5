import type { Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Tags on articles (issue 18): the folder an article was read from ("business", "sport") and
 * any `kg ingest --tag`, so questions can be asked of part of a corpus. One row per tag; the
 * (tag, article_id) index serves every "articles with this tag" filter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("article_tags")
    .addColumn("article_id", "integer", (col) =>
      col.notNull().references("articles.id").onDelete("cascade"),
    )
    .addColumn("tag", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("article_tags_pkey", ["article_id", "tag"])
    .execute();
  await db.schema
    .createIndex("article_tags_tag_idx")
    .on("article_tags")
    .columns(["tag", "article_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("article_tags").ifExists().execute();
}
