import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Node loads graphql 16 through its "main" (CommonJS) for yoga and Pothos; vite would pick the
// "module" build for our sources, and two copies of graphql break `instanceof GraphQLError`.
const GRAPHQL_MAIN = createRequire(import.meta.url).resolve("graphql");

// tests/ mirrors src/. Pipeline and eval tests need no database and run once (the identity
// scorer ingests, so it runs with the database tests); everything that
// touches a database runs on PGlite and on Postgres; the explorer runs in Chromium (below).
const PURE_TESTS = [
  "tests/pipeline/**/*.test.ts",
  "tests/eval/**/*.test.ts",
  "tests/domain/**/*.test.ts",
  "tests/graph/**/*.test.ts",
  "tests/scripts/**/*.test.ts",
  "tests/deploy/**/*.test.ts",
];
const DATABASE_TESTS = [
  "tests/db/**/*.test.ts",
  "tests/graphql/**/*.test.ts",
  "tests/cli/**/*.test.ts",
  "tests/ingest/**/*.test.ts",
  "tests/queue/**/*.test.ts",
  "tests/server/**/*.test.ts",
  "tests/export/**/*.test.ts",
  "tests/eval/identity.test.ts",
  "tests/hardening/**/*.test.ts",
  "tests/*.test.ts",
];
// Settings only a Postgres server has: run by the postgres project alone.
const POSTGRES_ONLY_TESTS = ["tests/db/database.test.ts", "tests/hardening/read-replicas.test.ts"];

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: GRAPHQL_MAIN }] },
  test: {
    testTimeout: 60_000,
    // A test that runs no expect() proves nothing: it fails (tables and loops included).
    expect: { requireAssertions: true },
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "pipeline", include: PURE_TESTS, exclude: DATABASE_TESTS },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: DATABASE_TESTS,
          exclude: POSTGRES_ONLY_TESTS,
          env: { KG_TEST_BACKEND: "pglite" },
        },
      },
      {
        extends: true,
        test: { name: "postgres", include: DATABASE_TESTS, env: { KG_TEST_BACKEND: "postgres" } },
      },
      {
        // The explorer page in headless Chromium against a real `kg serve`, once, on PGlite.
        extends: true,
        test: {
          name: "web",
          include: ["tests/web/**/*.test.ts"],
          env: { KG_TEST_BACKEND: "pglite" },
        },
      },
    ],
  },
});
