/** `kg query '<graphql document>'`: runs in process and prints the JSON result. */
import type { Command } from "commander";
import { executeDocument } from "../graphql/execute.js";
import {
  addDbOption,
  type DbOptions,
  openMigratedDatabase,
  reportFatal,
  resolveConfig,
} from "./shared.js";

interface QueryOptions extends DbOptions {
  variables?: string;
}

function parseVariables(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`--variables is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("--variables must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}

/** Registers `kg query`. */
export function registerQueryCommand(program: Command): void {
  addDbOption(
    program
      .command("query")
      .description("run a GraphQL query or mutation and print the JSON result (exit 1 on errors)")
      .argument("<document>", "the GraphQL document")
      .option("--variables <json>", "variables as a JSON object"),
  ).action(async (document: string, options: QueryOptions) => {
    try {
      const variables = parseVariables(options.variables);
      const config = resolveConfig(options);
      const database = await openMigratedDatabase(config);
      const result = await executeDocument(database.db, config, document, variables);
      await database.close();
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      if (result.errors?.length) process.exitCode = 1;
    } catch (error) {
      reportFatal(error);
    }
  });
}
