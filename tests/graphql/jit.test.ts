import { type ExecutionArgs, execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Config, loadConfig } from "../../src/config.js";
import type { Context } from "../../src/graphql/context.js";
import { createJitExecute } from "../../src/graphql/jit.js";
import { schema } from "../../src/graphql/schema.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { buildExtraction } from "../fixtures/extractions.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;
let context: Context;
let personId: string;
let countryId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  const config: Config = { ...loadConfig({}), database: { kind: "pglite", dataDir: "unused" } };
  context = {
    db: database.db,
    primaryDb: database.db,
    config,
    canWrite: true,
    ingest: async () => [],
  };
  const extraction = buildExtraction({
    text: "Quill Ardent met Rowan Vesper in Lumaria.",
    entities: [
      ["PERSON", "quill ardent", "Quill Ardent"],
      ["PERSON", "rowan vesper", "Rowan Vesper"],
      ["COUNTRY", "lumaria", "Lumaria"],
    ],
    relations: [
      [0, "MET_WITH", 1],
      [0, "VISITED", 2],
    ],
  });
  await database.db.transaction().execute((trx) => storeArticle(trx, extraction));
  const found = await client.gql(`{ searchEntities(query: "Quill Ardent") { entity { id } } }`);
  personId = found.data.searchEntities[0].entity.id;
  const country = await client.gql(`{ searchEntities(query: "Lumaria") { entity { id } } }`);
  countryId = country.data.searchEntities[0].entity.id;
});
afterAll(async () => {
  await database?.close();
});

/** Runs a document through graphql-js and through the compiled executor, on the same context. */
async function bothWays(source: string, variableValues: Record<string, unknown>) {
  const args: ExecutionArgs = {
    schema,
    document: parse(source),
    variableValues,
    contextValue: context,
  };
  const fallback = vi.fn(execute);
  const compiled = await createJitExecute(fallback)({ ...args, contextValue: { ...context } });
  const reference = await execute({ ...args, contextValue: { ...context } });
  return { compiled: JSON.parse(JSON.stringify(compiled)), reference, fallback };
}

/** What a caller can rely on in an error: its code, path and message. */
function shape(
  errors: readonly { message: string; path?: readonly unknown[]; extensions?: any }[] = [],
) {
  return errors.map((error) => ({
    code: error.extensions?.code,
    path: error.path,
    message: error.message,
  }));
}

describe(`compiled execution on ${BACKEND}`, () => {
  it.each([
    [
      "an entity with its relation page, fragments and aliases",
      `query($id: ID!) { entity(id: $id) { ...E relations(first: 5) { totalCount edges { cursor node { id type confidence subject { name } object { ...E } } } } } }
       fragment E on Entity { id name type mentionCount }`,
      () => ({ id: personId }),
      undefined,
    ],
    [
      "an abstract type: node(id) with inline fragments",
      `query($a: ID!, $b: ID!) { a: node(id: $a) { id __typename ... on Entity { name type } } b: node(id: $b) { id ... on Entity { name } } }`,
      () => ({ a: personId, b: countryId }),
      undefined,
    ],
    [
      "skip and include",
      `query($id: ID!, $yes: Boolean!) { entity(id: $id) { name @include(if: $yes) type @skip(if: $yes) } }`,
      () => ({ id: personId, yes: true }),
      undefined,
    ],
    [
      "a resolver's BAD_USER_INPUT error, with its path",
      `query($id: ID!) { ok: entity(id: $id) { name } entity(id: $id) { relations(first: 100000) { totalCount } } }`,
      () => ({ id: personId }),
      "BAD_USER_INPUT",
    ],
  ])("answers %s as graphql-js does", async (_name, source, variables, code) => {
    const { compiled, reference, fallback } = await bothWays(source, variables());
    expect(fallback).not.toHaveBeenCalled();
    expect(reference.data).toBeTruthy();
    expect(reference.errors?.[0]?.extensions?.code).toBe(code);
    expect(compiled.data).toEqual(JSON.parse(JSON.stringify(reference.data)));
    expect(shape(compiled.errors)).toEqual(shape(reference.errors));
  });

  it("leaves mutations to graphql-js", async () => {
    const fallback = vi.fn(() => ({ data: null }));
    const document = parse(`mutation { ingestArticle(input: { text: "x" }) { created } }`);
    await createJitExecute(fallback)({ schema, document, contextValue: context });
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it("keeps the server's error codes for bad variables and unknown ids", async () => {
    const wrongType = await client.gql(`query($id: ID!) { entity(id: $id) { name } }`, { id: 5.5 });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await client.gql(`query($id: ID!) { entity(id: $id) { name } }`, {});
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const repeated = await client.gql(`query($id: ID!) { entity(id: $id) { name } }`, {
      id: personId,
    });
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data.entity.name).toBe("Quill Ardent");
  });
});
