import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printSortedSchema } from "../../src/graphql/schema.js";

describe("schema/schema.graphql", () => {
  it("matches the Pothos schema (run npm run schema:print after changing it)", () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(printSortedSchema());
  });
});
