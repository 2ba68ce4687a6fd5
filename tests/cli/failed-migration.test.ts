/** A migration that fails stops `kg` with its name and a non-zero exit, and nothing runs after it. */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, openTestTarget } from "../helpers/db.js";

let target: Awaited<ReturnType<typeof createTestTarget>>;

beforeAll(async () => {
  target = await createTestTarget();
  // A table in the way of the first migration, as a foreign schema in a shared database would be.
  const database = await openTestTarget(target.target);
  try {
    await sql`create table articles (unrelated text)`.execute(database.db);
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  await target?.cleanup();
});

describe(`a failed migration on ${BACKEND}`, () => {
  it("stops kg migrate with the migration's name and exit 1", async () => {
    const result = await runKg(["migrate", "--db", target.target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/migration 20261128090000_create_graph_tables failed/);
  });

  it("stops kg ingest before it reads any article", async () => {
    const result = await runKg(["ingest", "-", "--db", target.target], {
      input: "A title\n\nAngela Merkel visited Paris.\n",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/migration .* failed/);
    expect(result.stdout).not.toMatch(/ingested/);
  });
});
