/** An in-process app on a test database, and a tiny GraphQL client for it. */
import { type Config, loadConfig } from "../../src/config.js";
import type { ChangeHub } from "../../src/graphql/subscriptions.js";
import { createApp } from "../../src/graphql/yoga.js";
import type { TestDatabase } from "./db.js";

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Builds the app over `database` with configuration overrides. */
export function createTestApp(
  database: TestDatabase,
  overrides: Partial<Config> = {},
  changes?: ChangeHub,
) {
  const config: Config = {
    ...loadConfig({}),
    ...overrides,
    database: { kind: "pglite", dataDir: "unused" },
  };
  const app = createApp({ db: database.db, config, databaseKind: database.kind, changes });
  const gql = async <T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> => {
    const response = await app.fetch("http://kg.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse<T>, "status">;
    return { status: response.status, ...body };
  };
  return { app, config, gql };
}
