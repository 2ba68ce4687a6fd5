/** Builds the executable schema from the domain modules. */
import { lexicographicSortSchema, printSchema } from "graphql";
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

/** The schema as SDL, types sorted, as committed in schema/schema.graphql. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
