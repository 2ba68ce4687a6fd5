import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created }
  }
`;

const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id name type mentionCount aliases
      mentions(first: 50) { edges { node { surface } } }
      relations(first: 50) { edges { node { type subject { name } object { name } evidenceCount } } }
    }
  }
`;

const MERGE = /* GraphQL */ `
  mutation Merge($into: ID!, $from: [ID!]!) {
    mergeEntities(into: $into, from: $from) {
      entity { id name mentionCount aliases }
      curations { id action alias otherEntity { id } undoneAt }
    }
  }
`;

const DETACH = /* GraphQL */ `
  mutation Detach($entity: ID!, $alias: String!) {
    detachAlias(entity: $entity, alias: $alias) {
      entity { id name aliases mentionCount }
      detached { id name type mentionCount mentions(first: 10) { edges { node { surface } } } }
      curation { id action alias }
    }
  }
`;

const UNDO = /* GraphQL */ `
  mutation Undo($id: ID!) {
    undoCuration(id: $id) { id action undoneAt entity { name } otherEntity { id name } }
  }
`;

let database: TestDatabase;
let client: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  client = createTestApp(database);
  // A (made-up) president under his full first name and his nickname, which only a curator can tell
  // are one person (a short form or a one-letter spelling variant the linker joins by itself).
  for (const text of [
    "Greek President Konstantinos Vellas met Russian President Vladimir Putin in Moscow on Monday. Putin praised the talks.",
    "Greek President Dinos Vellas flew home on Tuesday after the meeting.",
  ]) {
    const result = await client.gql(INGEST, { input: { text } });
    expect(result.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await database?.close();
});

async function entityId(name: string): Promise<string> {
  const result = await client.gql(
    `query ($s: String) { entities(first: 20, search: $s) { edges { node { id name } } } }`,
    {
      s: name,
    },
  );
  const node = result.data.entities.edges.map((e: any) => e.node).find((n: any) => n.name === name);
  if (!node) throw new Error(`no entity named ${name}`);
  return node.id;
}

async function entity(id: string) {
  const result = await client.gql(ENTITY, { id });
  expect(result.errors).toBeUndefined();
  return result.data.entity;
}

describe(`curation mutations on ${BACKEND}`, () => {
  it("merges one entity into another, logs it, and undoes it exactly", async () => {
    const into = await entityId("Konstantinos Vellas");
    const from = await entityId("Dinos Vellas");
    const before = { into: await entity(into), from: await entity(from) };
    expect(before.from.relations.edges.length).toBeGreaterThan(0);

    const merged = await client.gql(MERGE, { into, from: [from] });
    expect(merged.errors).toBeUndefined();
    const payload = merged.data.mergeEntities;
    expect(payload.entity.aliases).toContain("Dinos Vellas");
    expect(payload.entity.mentionCount).toBe(before.into.mentionCount + before.from.mentionCount);
    expect(payload.curations).toHaveLength(1);
    expect(payload.curations[0]).toMatchObject({
      action: "MERGE",
      otherEntity: null,
      undoneAt: null,
    });

    expect(await entity(from)).toBeNull();
    const survivor = await entity(into);
    // "President ... of Greece" from both articles is now one fact with two pieces of evidence.
    const leaderOf = survivor.relations.edges
      .map((e: any) => e.node)
      .filter((r: any) => r.type === "LEADER_OF");
    expect(leaderOf).toHaveLength(1);
    expect(leaderOf[0]).toMatchObject({ object: { name: "Greece" }, evidenceCount: 2 });
    expect(survivor.mentions.edges.map((e: any) => e.node.surface)).toContain("Dinos Vellas");

    const undone = await client.gql(UNDO, { id: payload.curations[0].id });
    expect(undone.errors).toBeUndefined();
    expect(undone.data.undoCuration.undoneAt).not.toBeNull();
    expect(undone.data.undoCuration.otherEntity).toMatchObject({
      id: from,
      name: "Dinos Vellas",
    });
    expect(await entity(from)).toEqual(before.from);
    expect(await entity(into)).toEqual(before.into);

    const again = await client.gql(UNDO, { id: payload.curations[0].id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CURATION_CONFLICT");
  });

  it("detaches an alias with its mentions into an entity of its own, and undoes it", async () => {
    const putin = await entityId("Vladimir Putin");
    const before = await entity(putin);
    expect(before.aliases).toContain("Putin");

    const detached = await client.gql(DETACH, { entity: putin, alias: "Putin" });
    expect(detached.errors).toBeUndefined();
    const payload = detached.data.detachAlias;
    expect(payload.entity.aliases).not.toContain("Putin");
    expect(payload.detached).toMatchObject({ name: "Putin", type: "PERSON", mentionCount: 1 });
    expect(payload.detached.mentions.edges.map((e: any) => e.node.surface)).toEqual(["Putin"]);
    expect(payload.entity.mentionCount).toBe(before.mentionCount - 1);

    const undone = await client.gql(UNDO, { id: payload.curation.id });
    expect(undone.errors).toBeUndefined();
    expect(await entity(payload.detached.id)).toBeNull();
    expect(await entity(putin)).toEqual(before);
  });

  it("refuses an undo that would lose what was ingested since", async () => {
    const into = await entityId("Konstantinos Vellas");
    const from = await entityId("Dinos Vellas");
    const merged = await client.gql(MERGE, { into, from: [from] });
    expect(merged.errors).toBeUndefined();
    await client.gql(INGEST, {
      input: { text: "Konstantinos Vellas opened a new port in Piraeus on Friday." },
    });
    const undone = await client.gql(UNDO, { id: merged.data.mergeEntities.curations[0].id });
    expect(undone.errors?.[0]?.extensions?.code).toBe("CURATION_CONFLICT");
    // The refused undo changed nothing.
    expect(await entity(from)).toBeNull();
  });

  it("answers bad input with coded errors", async () => {
    const putin = await entityId("Vladimir Putin");
    const missing = Buffer.from("Entity:999999").toString("base64");
    const unknown = await client.gql(MERGE, { into: putin, from: [missing] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("ENTITY_NOT_FOUND");
    const self = await client.gql(MERGE, { into: putin, from: [putin] });
    expect(self.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const alias = await client.gql(DETACH, { entity: putin, alias: "Vova" });
    expect(alias.errors?.[0]?.extensions?.code).toBe("ALIAS_NOT_FOUND");
    const name = await client.gql(DETACH, { entity: putin, alias: "Vladimir Putin" });
    expect(name.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists the curation log, filtered by entity", async () => {
    const into = await entityId("Konstantinos Vellas");
    const result = await client.gql(
      `query ($e: ID) { curations(entity: $e, first: 10) { totalCount edges { node { action undoneAt entity { name } } } } }`,
      { e: into },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.curations.edges.map((e: any) => e.node);
    expect(result.data.curations.totalCount).toBe(2);
    expect(nodes.map((n: any) => [n.action, n.undoneAt === null])).toEqual([
      ["MERGE", false],
      ["MERGE", true],
    ]);
    const all = await client.gql(`{ curations { totalCount } }`);
    expect(all.data.curations.totalCount).toBe(3);
  });

  it("needs an API key when keys are configured, like ingest", async () => {
    const locked = createTestApp(database, { apiKeys: ["s3cret"] });
    const putin = await entityId("Vladimir Putin");
    const refused = await locked.gql(DETACH, { entity: putin, alias: "Putin" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await entity(putin)).aliases).toContain("Putin");
  });
});
