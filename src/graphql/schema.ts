/** Builds the executable schema from the domain modules. */
import { isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.js";
import "./types/article.js";
import "./types/curation.js";
import "./types/entity.js";
import "./types/graph-queries.js";
import "./types/live.js";
import "./types/relation.js";
import "./types/search.js";

/** The GraphQL schema of the service. */
export const schema = builder.toSchema();

/**
 * Node types whose global id is the row's `id` (each `loadableNodeRef` here resolves its id as
 * `(row) => row.id`). Pothos resolves a node id through an async wrapper, so a page of 50
 * relations and their 50 other ends made 101 promises per request for a string computed from
 * a number already at hand; the same id is encoded here without one.
 */
const ROW_ID_NODE_TYPES = ["Article", "Curation", "Entity", "Relation"] as const;

for (const name of ROW_ID_NODE_TYPES) {
  const type = schema.getType(name);
  const field = isObjectType(type) ? type.getFields().id : undefined;
  if (!field) throw new Error(`node type ${name} has no id field`);
  // Pothos' encodeGlobalID: base64 of "Type:id".
  field.resolve = (row: { id: number }) => Buffer.from(`${name}:${row.id}`).toString("base64");
}

/** The schema as SDL, types sorted, as committed in schema/schema.graphql. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
