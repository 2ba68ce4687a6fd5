/** Kysely table types: rows stay snake_case, as in the database. */
import type { ColumnType, Generated, Insertable, RawBuilder, Selectable } from "kysely";
import type { RelationProvenance } from "../domain/vocabulary.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back from pg as strings once the date type parser is set (see database.ts). */
type DateColumn = ColumnType<string | null, string | null | undefined, string | null>;

export interface ArticlesTable {
  id: Generated<number>;
  content_hash: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  published_on: DateColumn;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  format: string;
  text: string;
  ingested_at: Timestamp;
  search_vector: ColumnType<string, never, never>;
}

/** One tag of an article: the folder it came from, or a `kg ingest --tag`. */
export interface ArticleTagsTable {
  article_id: number;
  tag: string;
}

export interface EntitiesTable {
  id: Generated<number>;
  type: string;
  name: string;
  normalized_key: string;
  wikidata_id: string | null;
  mention_count: Generated<number>;
  /** Decimal degrees; both null when no gazetteer places the entity. */
  latitude: ColumnType<number | null, number | null | undefined, number | null>;
  longitude: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface EntityAliasesTable {
  id: Generated<number>;
  entity_id: number;
  alias: string;
  normalized_alias: string;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  entity_id: number;
  sentence_index: number;
  start: number;
  end: number;
  surface: string;
  title: string | null;
  is_metonymy: Generated<boolean>;
  /** The type the article's analysis gave the entity: its vote for the entity's type. */
  entity_type: string | null;
}

export interface RelationsTable {
  id: Generated<number>;
  subject_id: number;
  object_id: number;
  type: string;
  predicate: string;
  attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
  confidence: number;
  evidence_count: Generated<number>;
  first_seen_on: DateColumn;
  last_seen_on: DateColumn;
  /** The strongest kind over the relation's evidence: STATED > INFERRED > KNOWLEDGE. */
  provenance: ColumnType<RelationProvenance, RelationProvenance | undefined, RelationProvenance>;
}

export interface RelationEvidenceTable {
  id: Generated<number>;
  relation_id: number;
  article_id: number;
  sentence_index: number;
  sentence: string;
  sentence_start: number;
  start: number;
  end: number;
  predicate: string;
  confidence: number;
  event_date: string | null;
  /** How this sentence backs the relation. */
  kind: ColumnType<RelationProvenance, RelationProvenance | undefined, RelationProvenance>;
}

export interface CoOccurrencesTable {
  entity_a_id: number;
  entity_b_id: number;
  article_id: number;
  count: number;
}

/** What a curation did. */
export type CurationAction = "MERGE" | "DETACH";

/** The curation log, reached through `db.withTables<CurationTables>()` by db/curation.ts only. */
export type CurationTables = {
  entity_merges: {
    id: Generated<number>;
    action: CurationAction;
    entity_id: number;
    other_entity_id: number;
    alias: string | null;
    snapshot: ColumnType<unknown, string, string>;
    created_at: Generated<Date>;
    undone_at: ColumnType<Date | null, never, RawBuilder<unknown>>;
  };
};

/** The cached graph metrics, reached through `db.withTables<MetricsTables>()` by db/stats.ts only. */
export type MetricsTables = {
  entity_metrics: { entity_id: number; degree: number; pagerank: number };
  graph_metrics_state: { id: number; fingerprint: string; computed_at: Date };
};

/** The whole database as kysely sees it. */
/** An item of a watched feed, claimed by the watcher that inserted it (see `kg watch`). */
export interface FeedItemsTable {
  id: Generated<number>;
  feed_url: string;
  item_key: string;
  link: string;
  title: string | null;
  status: Generated<"claimed" | "queued" | "ingested" | "failed">;
  code: string | null;
  article_id: number | null;
  /** The ingest job that carries the item (Postgres: `kg watch` queues, workers store). */
  job_id: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  seen_at: Generated<Date>;
}

export interface DB {
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  mentions: MentionsTable;
  relations: RelationsTable;
  relation_evidence: RelationEvidenceTable;
  co_occurrences: CoOccurrencesTable;
  feed_items: FeedItemsTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type EntityRow = Selectable<EntitiesTable>;
export type MentionRow = Selectable<MentionsTable>;
export type RelationRow = Selectable<RelationsTable>;
export type EvidenceRow = Selectable<RelationEvidenceTable>;
