/** Shared shapes passed between the pipeline stages; no stage imports the database or GraphQL. */

/** The entity types of the knowledge graph (mirrors the GraphQL `EntityType` enum). */
export const ENTITY_TYPES = [
  "PERSON",
  "COUNTRY",
  "PLACE",
  "ORGANIZATION",
  "AGREEMENT",
  "EVENT",
  "OTHER",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Input formats the intake stage understands. */
export type ArticleFormat = "txt" | "md" | "html" | "json" | "jsonl";

/** An article after intake: metadata pulled out, text cleaned and ready for analysis. */
export interface ArticleDraft {
  title: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, when the article states one. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** The analysed text: what sentences, mentions and evidence offsets refer to. */
  text: string;
  /** sha256 hex of the normalised text; makes ingestion idempotent. */
  contentHash: string;
  format: ArticleFormat;
}

/** A token with character offsets into `ArticleDraft.text`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence with character offsets into `ArticleDraft.text` and its tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

/** The tagger's coarse CoNLL types. */
export type NerLabel = "PER" | "LOC" | "ORG" | "MISC";

/** A span proposed by the tagger: token indices into one sentence, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
}
