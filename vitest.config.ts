import { defineConfig } from "vitest/config";

// Pipeline tests run once; everything that touches a database runs on PGlite and on Postgres.
const DATABASE_TESTS = ["tests/db/**/*.test.ts", "tests/graphql/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "pipeline", include: ["tests/pipeline/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "pglite", include: DATABASE_TESTS, env: { KG_TEST_BACKEND: "pglite" } },
      },
      {
        extends: true,
        test: { name: "postgres", include: DATABASE_TESTS, env: { KG_TEST_BACKEND: "postgres" } },
      },
    ],
  },
});
