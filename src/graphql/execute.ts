/** Runs a GraphQL document in process, as a trusted local caller (the CLI). */
import { type ExecutionResult, graphql } from "graphql";
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { DB } from "../db/schema.js";
import { ingest } from "../ingest/ingest.js";
import type { Context } from "./context.js";
import { schema } from "./schema.js";

/** Executes `source` against the schema with a fresh context. */
export async function executeDocument(
  db: Kysely<DB>,
  config: Config,
  source: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult> {
  const contextValue: Context = {
    db,
    primaryDb: db,
    config,
    canWrite: true,
    ingest: (request) => ingest(db, request, { maxArticleBytes: config.maxArticleBytes }),
  };
  return graphql({ schema, source, variableValues: variables, contextValue });
}
