import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Article search reads the title and the first 100,000 characters of the text. A tsvector keeps
 * word positions only up to 16,383 (later words all sit at that position) and computing it is
 * one statement: for a 900 KB article it held an embedded database's thread for most of a
 * second, during which a server answered nothing. 100,000 characters is about 16,000 words, so
 * the bound drops only words whose positions were already lost; a news article is far shorter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists articles_search_idx`.execute(db);
  await db.schema.alterTable("articles").dropColumn("search_vector").execute();
  await db.schema
    .alterTable("articles")
    .addColumn("search_vector", sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`to_tsvector('english', coalesce(title, '') || ' ' || left(text, 100000))`,
        )
        .stored(),
    )
    .execute();
  await sql`create index articles_search_idx on articles using gin (search_vector)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists articles_search_idx`.execute(db);
  await db.schema.alterTable("articles").dropColumn("search_vector").execute();
  await db.schema
    .alterTable("articles")
    .addColumn("search_vector", sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, '') || ' ' || text)`)
        .stored(),
    )
    .execute();
  await sql`create index articles_search_idx on articles using gin (search_vector)`.execute(db);
}
