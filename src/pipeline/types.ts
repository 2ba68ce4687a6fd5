/** Shared shapes passed between the pipeline stages; no stage imports the database or GraphQL. */
import type { EntityType, RelationProvenance, RelationType } from "../domain/vocabulary.js";

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

/** A point on the globe in decimal degrees (WGS 84). */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** A distinct entity of one article, identified across articles by (type, key). */
export interface ExtractedEntity {
  type: EntityType;
  /** Normalised identity key: a gazetteer key ("CHN") or the normalised canonical name. */
  key: string;
  name: string;
  /** Other surface forms seen in the article ("Xi", "Chinese"). */
  aliases: string[];
  /** Where a gazetteer places it (countries, cities); null when unknown. */
  coordinates: Coordinates | null;
}

/** One place in the text that names an entity. */
export interface ExtractedMention {
  /** Index into `Extraction.entities`. */
  entity: number;
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
  /** The title of office around a person's name ("President"), when the text gives one. */
  title: string | null;
  /** "Washington said": a capital standing for its country. */
  isMetonymy: boolean;
}

/** Where in the article a relation is stated. */
export interface RelationEvidence {
  sentenceIndex: number;
  sentence: string;
  sentenceStart: number;
  /** Character span of the evidence inside the article text. */
  start: number;
  end: number;
  /** The event date when the sentence states one ("in February 1972" → "1972-02"). */
  eventDate: string | null;
}

/** A typed relation found in the article, with the sentence that states it. */
export interface ExtractedRelation {
  subject: number;
  object: number;
  type: RelationType;
  /** The raw predicate as written: "embraced", "imposed sanctions on", "President". */
  predicate: string;
  confidence: number;
  attributes: Record<string, string>;
  /** The primary sentence. */
  evidence: RelationEvidence;
  provenance: RelationProvenance;
  /** Further sentences that back the relation: where both entities, or each of them, are named. */
  support: RelationEvidence[];
}

/** Two entities named in one sentence, counted over the article. */
export interface CoOccurrence {
  a: number;
  b: number;
  count: number;
}

/** Time spent in each pipeline stage, in milliseconds. */
export type StageTimings = Record<"segment" | "recognize" | "resolve" | "relate", number>;

/** Everything the pipeline learned from one article, ready to store. */
export interface Extraction {
  draft: ArticleDraft;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  relations: ExtractedRelation[];
  coOccurrences: CoOccurrence[];
  timings: StageTimings;
}

/**
 * What the store reads of an extraction: everything but the tokenised sentences, which every
 * mention and evidence row already cites by offset. Analysis threads send only this back, since
 * copying a large article's tokens between threads costs more than storing it.
 */
export type StorableExtraction = Omit<Extraction, "sentences">;
