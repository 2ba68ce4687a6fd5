/** Enums shared by several schema domains. */
import { ENTITY_ORDERS } from "../../db/entities.js";
import { ENTITY_TYPES, RELATION_PROVENANCES, RELATION_TYPES } from "../../domain/vocabulary.js";
import { builder } from "../builder.js";

/** Kinds of entity in the graph. */
export const EntityTypeEnum = builder.enumType("EntityType", {
  description: "What kind of thing an entity is.",
  values: ENTITY_TYPES,
});

/** The closed relation vocabulary. */
export const RelationTypeEnum = builder.enumType("RelationType", {
  description: "The closed vocabulary of typed relations between entities.",
  values: RELATION_TYPES,
});

/** How a relation, or one sentence of its evidence, was read. */
export const RelationProvenanceEnum = builder.enumType("RelationProvenance", {
  description:
    "STATED: one sentence says it; INFERRED: the relation model joins several sentences; KNOWLEDGE: a gazetteer fact (a city's country) about entities the article names.",
  values: RELATION_PROVENANCES,
});

/** Orders of the entities list. */
export const EntityOrderEnum = builder.enumType("EntityOrder", {
  description:
    "ID: insertion order; MENTIONS: most mentioned first; DEGREE: most typed relations (distinct other ends) first; CENTRALITY: highest PageRank first; NAME: alphabetical. Ties go to the lower id.",
  values: ENTITY_ORDERS,
});

/** Which end of a relation the entity sits on. */
export const RelationDirectionEnum = builder.enumType("RelationDirection", {
  description: "OUTGOING: the entity is the subject; INCOMING: the object; BOTH: either.",
  values: ["OUTGOING", "INCOMING", "BOTH"] as const,
});

/** Formats the ingest mutation reads. */
export const ArticleFormatEnum = builder.enumType("ArticleFormat", {
  description:
    "txt: plain text; md: Markdown; html: a web page (main content extracted); json: an article object.",
  values: ["txt", "md", "html", "json"] as const,
});
