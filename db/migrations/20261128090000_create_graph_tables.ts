import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

const ENTITY_TYPES = "'PERSON','COUNTRY','PLACE','ORGANIZATION','AGREEMENT','EVENT','OTHER'";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("content_hash", "text", (col) => col.notNull().unique())
    .addColumn("title", "text")
    .addColumn("author", "text")
    .addColumn("source", "text")
    .addColumn("url", "text")
    .addColumn("published_on", "date")
    .addColumn("published_at", "timestamptz")
    .addColumn("format", "text", (col) => col.notNull())
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("ingested_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("search_vector", sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, '') || ' ' || text)`)
        .stored(),
    )
    .execute();
  await db.schema
    .createIndex("articles_published_on_idx")
    .on("articles")
    .column("published_on")
    .execute();
  await sql`create index articles_search_idx on articles using gin (search_vector)`.execute(db);
  await sql`create index articles_title_trgm_idx on articles using gin (title gin_trgm_ops)`.execute(
    db,
  );

  await db.schema
    .createTable("entities")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("type", "text", (col) => col.notNull().check(sql.raw(`type in (${ENTITY_TYPES})`)))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("normalized_key", "text", (col) => col.notNull())
    .addColumn("wikidata_id", "text")
    .addColumn("mention_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("entities_type_key_unique", ["type", "normalized_key"])
    .execute();
  await sql`create index entities_name_trgm_idx on entities using gin (name gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index entities_lower_name_idx on entities (lower(name) text_pattern_ops)`.execute(
    db,
  );

  await db.schema
    .createTable("entity_aliases")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("entity_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("alias", "text", (col) => col.notNull())
    .addColumn("normalized_alias", "text", (col) => col.notNull())
    .addUniqueConstraint("entity_aliases_entity_alias_unique", ["entity_id", "normalized_alias"])
    .execute();
  await db.schema
    .createIndex("entity_aliases_normalized_idx")
    .on("entity_aliases")
    .column("normalized_alias")
    .execute();
  await sql`create index entity_aliases_trgm_idx on entity_aliases using gin (alias gin_trgm_ops)`.execute(
    db,
  );

  await db.schema
    .createTable("mentions")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (col) =>
      col.notNull().references("articles.id").onDelete("cascade"),
    )
    .addColumn("entity_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("sentence_index", "integer", (col) => col.notNull())
    .addColumn("start", "integer", (col) => col.notNull())
    .addColumn("end", "integer", (col) => col.notNull())
    .addColumn("surface", "text", (col) => col.notNull())
    .addColumn("title", "text")
    .addColumn("is_metonymy", "boolean", (col) => col.notNull().defaultTo(false))
    .addCheckConstraint("mentions_span_check", sql`"start" >= 0 and "end" > "start"`)
    .execute();
  await db.schema
    .createIndex("mentions_entity_idx")
    .on("mentions")
    .columns(["entity_id", "article_id"])
    .execute();
  await db.schema
    .createIndex("mentions_article_idx")
    .on("mentions")
    .columns(["article_id", "start"])
    .execute();

  await db.schema
    .createTable("relations")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("subject_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("object_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("predicate", "text", (col) => col.notNull())
    .addColumn("attributes", "jsonb", (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("confidence", "real", (col) => col.notNull().check(sql`confidence between 0 and 1`))
    .addColumn("evidence_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("first_seen_on", "date")
    .addColumn("last_seen_on", "date")
    .addUniqueConstraint("relations_fact_unique", ["subject_id", "object_id", "type"])
    .addCheckConstraint("relations_no_self_check", sql`subject_id <> object_id`)
    .execute();
  await db.schema
    .createIndex("relations_object_idx")
    .on("relations")
    .columns(["object_id", "type"])
    .execute();
  await db.schema
    .createIndex("relations_type_idx")
    .on("relations")
    .columns(["type", "confidence"])
    .execute();

  await db.schema
    .createTable("relation_evidence")
    .addColumn("id", "integer", (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("relation_id", "integer", (col) =>
      col.notNull().references("relations.id").onDelete("cascade"),
    )
    .addColumn("article_id", "integer", (col) =>
      col.notNull().references("articles.id").onDelete("cascade"),
    )
    .addColumn("sentence_index", "integer", (col) => col.notNull())
    .addColumn("sentence", "text", (col) => col.notNull())
    .addColumn("sentence_start", "integer", (col) => col.notNull())
    .addColumn("start", "integer", (col) => col.notNull())
    .addColumn("end", "integer", (col) => col.notNull())
    .addColumn("predicate", "text", (col) => col.notNull())
    .addColumn("confidence", "real", (col) => col.notNull())
    .addColumn("event_date", "text")
    .addUniqueConstraint("relation_evidence_span_unique", [
      "relation_id",
      "article_id",
      "start",
      "end",
    ])
    .execute();
  await db.schema
    .createIndex("relation_evidence_relation_idx")
    .on("relation_evidence")
    .column("relation_id")
    .execute();
  await db.schema
    .createIndex("relation_evidence_article_idx")
    .on("relation_evidence")
    .column("article_id")
    .execute();

  // Entity pairs named in one sentence, counted per article: the weighted co-occurrence graph.
  await db.schema
    .createTable("co_occurrences")
    .addColumn("entity_a_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("entity_b_id", "integer", (col) =>
      col.notNull().references("entities.id").onDelete("cascade"),
    )
    .addColumn("article_id", "integer", (col) =>
      col.notNull().references("articles.id").onDelete("cascade"),
    )
    .addColumn("count", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("co_occurrences_pk", ["entity_a_id", "entity_b_id", "article_id"])
    .addCheckConstraint("co_occurrences_order_check", sql`entity_a_id < entity_b_id`)
    .execute();
  await db.schema
    .createIndex("co_occurrences_b_idx")
    .on("co_occurrences")
    .columns(["entity_b_id", "entity_a_id"])
    .execute();
  await db.schema
    .createIndex("co_occurrences_article_idx")
    .on("co_occurrences")
    .column("article_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "co_occurrences",
    "relation_evidence",
    "relations",
    "mentions",
    "entity_aliases",
    "entities",
    "articles",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
