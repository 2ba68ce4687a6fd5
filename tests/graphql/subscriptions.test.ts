/**
 * Subscriptions in process (yoga's fetch, server-sent events): articleIngested and
 * entityUpdated fed by the live feed the server would start (LISTEN on Postgres, the in-process
 * bus on PGlite), nothing announced for a rolled-back article, and the limits.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveChanges, startLiveChanges } from "../../src/graphql/subscriptions.js";
import { createTestApp } from "../helpers/app.js";
import {
  BACKEND,
  createTestDatabase,
  REFUSED_TITLE,
  refuseTitleAtCommit,
  type TestDatabase,
} from "../helpers/db.js";
import { type Subscription, subscribe } from "../helpers/sse.js";

const ARTICLE_INGESTED = /* GraphQL */ `
  subscription {
    articleIngested {
      article { id title }
      entityCount
      relationCount
      entities { id name mentionCount }
    }
  }
`;
const ENTITY_UPDATED = /* GraphQL */ `
  subscription Updated($id: ID!) {
    entityUpdated(id: $id) {
      change
      entity { id name mentionCount }
      article { id title }
      curation { id action }
    }
  }
`;
const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created article { id } entityCount relationCount }
  }
`;
const MERGE = /* GraphQL */ `
  mutation Merge($into: ID!, $from: [ID!]!) {
    mergeEntities(into: $into, from: $from) { curations { id } }
  }
`;
const UNDO = /* GraphQL */ `
  mutation Undo($id: ID!) { undoCuration(id: $id) { id } }
`;
/** The title the test's commit-time trigger refuses: its transaction rolls back at COMMIT. */

const MAX_SUBSCRIPTIONS = 3;

let database: TestDatabase;
let live: LiveChanges;
let client: ReturnType<typeof createTestApp>;
const open: Subscription[] = [];

function sub(query: string, variables: Record<string, unknown> = {}, headers = {}) {
  return subscribe("http://kg.test/graphql", query, variables, headers, async (url, init) =>
    client.app.fetch(url, init),
  ).then((subscription) => {
    open.push(subscription);
    return subscription;
  });
}

async function ingest(text: string, title: string) {
  return client.gql(INGEST, { input: { text, title } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  // Refuses one title when the transaction commits, after the article's NOTIFY was queued.
  await refuseTitleAtCommit(database.db);
  live = await startLiveChanges(
    database.db,
    BACKEND === "postgres" ? { kind: "postgres", url: database.target } : { kind: "pglite" },
    MAX_SUBSCRIPTIONS,
  );
  client = createTestApp(database, {}, live.hub);
});

afterAll(async () => {
  for (const subscription of open) subscription.close();
  await live?.close();
  await database?.close();
});

describe("GraphQL subscriptions over server-sent events", () => {
  it("articleIngested delivers an article stored by a mutation, with its entities", async () => {
    const subscription = await sub(ARTICLE_INGESTED);
    expect(subscription.status).toBe(200);
    expect(subscription.contentType).toContain("text/event-stream");
    const stored = await ingest(
      "The trade minister of Chile, Marta Rojas, met officials from Vietnam in Hanoi. Rojas said Chile and Vietnam would sign a port agreement.",
      "Port talks in Hanoi",
    );
    expect(stored.errors).toBeUndefined();
    const event = await subscription.next();
    expect(event.event).toBe("next");
    const payload = event.data.data.articleIngested;
    expect(payload.article.title).toBe("Port talks in Hanoi");
    expect(payload.entityCount).toBe(stored.data.ingestArticle.entityCount);
    expect(payload.relationCount).toBe(stored.data.ingestArticle.relationCount);
    expect(payload.entities.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(["Chile", "Vietnam", "Marta Rojas", "Hanoi"]),
    );
    subscription.close();
  });

  it("looks up the entities of an article announced without them (too many for NOTIFY)", async () => {
    const subscription = await sub(ARTICLE_INGESTED);
    const stored = await ingest(
      "Officials from Kenya met the trade minister of Ghana in Accra.",
      "Accra trade talks",
    );
    const announced = (await subscription.next()).data.data.articleIngested;
    const articleId = Number(Buffer.from(announced.article.id, "base64").toString().split(":")[1]);
    live.hub.publish({
      kind: "article",
      articleId,
      entityCount: stored.data.ingestArticle.entityCount,
      relationCount: stored.data.ingestArticle.relationCount,
      entityIds: null,
    });
    const lookedUp = (await subscription.next()).data.data.articleIngested;
    expect(lookedUp.article.id).toBe(announced.article.id);
    const names = (payload: { entities: { name: string }[] }) =>
      payload.entities.map((e) => e.name).sort();
    expect(names(lookedUp)).toEqual(names(announced));
    expect(names(lookedUp)).toEqual(expect.arrayContaining(["Ghana", "Kenya"]));
    subscription.close();
  });

  it("a rolled-back article announces nothing; the next stored one comes first", async () => {
    const subscription = await sub(ARTICLE_INGESTED);
    const refused = await ingest(
      "Officials from Peru met the foreign minister of Bolivia in Lima on Friday.",
      REFUSED_TITLE,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("STORE_FAILED");
    const count = await sql<{
      n: number;
    }>`select count(*)::int as n from articles where title = ${REFUSED_TITLE}`.execute(database.db);
    expect(count.rows[0]?.n).toBe(0);
    const stored = await ingest(
      "Officials from Peru met the foreign minister of Ecuador in Quito on Friday.",
      "Quito meeting",
    );
    expect(stored.errors).toBeUndefined();
    const event = await subscription.next();
    expect(event.data.data.articleIngested.article.title).toBe("Quito meeting");
    expect(await subscription.nextWithin(300)).toBeUndefined();
    subscription.close();
  });

  it("entityUpdated fires for an article naming the entity, a merge into it and its undo", async () => {
    const all = await sub(ARTICLE_INGESTED);
    await ingest(
      "Chile's president, Ana Castro, visited Santiago harbour with officials from Argentina.",
      "Castro at the harbour",
    );
    const first = (await all.next()).data.data.articleIngested;
    all.close();
    const chile = first.entities.find((e: { name: string }) => e.name === "Chile");
    const castro = first.entities.find((e: { name: string }) => e.name === "Ana Castro");
    expect(chile).toBeDefined();
    expect(castro).toBeDefined();

    const updates = await sub(ENTITY_UPDATED, { id: chile.id });
    const mergedAway = await sub(ENTITY_UPDATED, { id: castro.id });
    const stored = await ingest(
      "Chile and Peru agreed on a new fishing treaty in Lima.",
      "Fishing treaty",
    );
    const mentioned = (await updates.next()).data.data.entityUpdated;
    expect(mentioned).toMatchObject({
      change: "MENTIONED",
      entity: { id: chile.id, name: "Chile" },
      article: { id: expect.any(String), title: "Fishing treaty" },
      curation: null,
    });
    // Fresh rows for every event: the count includes the new article's mention.
    expect(mentioned.entity.mentionCount).toBeGreaterThan(chile.mentionCount);
    expect(stored.data.ingestArticle.created).toBe(true);
    // The article does not name Ana Castro: her subscription hears nothing of it.
    expect(await mergedAway.nextWithin(300)).toBeUndefined();

    const merge = await client.gql(MERGE, { into: chile.id, from: [castro.id] });
    expect(merge.errors).toBeUndefined();
    const curationId = merge.data.mergeEntities.curations[0].id;
    expect((await updates.next()).data.data.entityUpdated).toMatchObject({
      change: "MERGED",
      entity: { id: chile.id },
      article: null,
      curation: { id: curationId, action: "MERGE" },
    });
    expect((await mergedAway.next()).data.data.entityUpdated).toMatchObject({
      change: "MERGED",
      entity: null,
      curation: { id: curationId },
    });
    const undo = await client.gql(UNDO, { id: curationId });
    expect(undo.errors).toBeUndefined();
    expect((await updates.next()).data.data.entityUpdated).toMatchObject({
      change: "UNDONE",
      curation: { id: curationId },
    });
    expect((await mergedAway.next()).data.data.entityUpdated).toMatchObject({
      change: "UNDONE",
      entity: { id: castro.id, name: "Ana Castro" },
    });
    updates.close();
    mergedAway.close();
  });

  it("refuses an unknown entity, a malformed id and too deep a selection with codes", async () => {
    const unknown = await sub(ENTITY_UPDATED, {
      id: Buffer.from("Entity:999999").toString("base64"),
    });
    expect((await unknown.next()).data.errors[0].extensions.code).toBe("ENTITY_NOT_FOUND");
    const malformed = await sub(ENTITY_UPDATED, { id: "not-an-id" });
    expect((await malformed.next()).data.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    let nested = "id";
    for (let depth = 0; depth < 8; depth++)
      nested = `relations(first: 1) { edges { node { subject { ${nested} } } } }`;
    const deep = await sub(`subscription { articleIngested { entities { ${nested} } } }`);
    expect((await deep.next()).data.errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
    // None of the refused ones holds a slot.
    expect(live.hub.size).toBe(0);
  });

  it(`counts subscriptions against the limit (${MAX_SUBSCRIPTIONS} here) and frees closed ones`, async () => {
    const held: Subscription[] = [];
    for (let i = 0; i < MAX_SUBSCRIPTIONS; i++) held.push(await sub(ARTICLE_INGESTED));
    expect(live.hub.size).toBe(MAX_SUBSCRIPTIONS);
    const refused = await sub(ARTICLE_INGESTED);
    const error = (await refused.next()).data.errors[0];
    expect(error.extensions).toMatchObject({ code: "TOO_MANY_SUBSCRIPTIONS", limit: 3 });
    held.pop()?.close();
    await expect.poll(() => live.hub.size).toBe(MAX_SUBSCRIPTIONS - 1);
    const admitted = await sub(ARTICLE_INGESTED);
    expect(admitted.contentType).toContain("text/event-stream");
    expect(live.hub.size).toBe(MAX_SUBSCRIPTIONS);
    admitted.close();
    for (const subscription of held) subscription.close();
    await expect.poll(() => live.hub.size).toBe(0);
  });

  it("serves a subscription over GET too (EventSource's method)", async () => {
    const query = encodeURIComponent("subscription { articleIngested { article { title } } }");
    const response = await client.app.fetch(`http://kg.test/graphql?query=${query}`, {
      headers: { accept: "text/event-stream" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    await expect.poll(() => live.hub.size).toBe(1);
    const reader = response.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    await expect.poll(() => live.hub.size).toBe(0);
  });

  it("needs a key to subscribe when reads need one", async () => {
    const guarded = createTestApp(
      database,
      { apiKeys: ["reader-key"], readRequiresKey: true },
      live.hub,
    );
    const fetchGuarded = async (url: string, init: RequestInit) => guarded.app.fetch(url, init);
    const refused = await subscribe(
      "http://kg.test/graphql",
      ARTICLE_INGESTED,
      {},
      {},
      fetchGuarded,
    );
    expect(refused.status).toBe(401);
    expect((await refused.next()).data.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const admitted = await subscribe(
      "http://kg.test/graphql",
      ARTICLE_INGESTED,
      {},
      { authorization: "Bearer reader-key" },
      fetchGuarded,
    );
    expect(admitted.status).toBe(200);
    expect(admitted.contentType).toContain("text/event-stream");
    admitted.close();
  });

  it("ends open streams cleanly when the server's feed closes (shutdown)", async () => {
    const local = await startLiveChanges(
      database.db,
      BACKEND === "postgres" ? { kind: "postgres", url: database.target } : { kind: "pglite" },
      5,
    );
    const app = createTestApp(database, {}, local.hub);
    const subscription = await subscribe(
      "http://kg.test/graphql",
      ARTICLE_INGESTED,
      {},
      {},
      async (url, init) => app.app.fetch(url, init),
    );
    await local.close();
    expect((await subscription.next()).event).toBe("complete");
    expect(local.hub.size).toBe(0);
    // A closed server accepts no new subscription.
    const late = await subscribe(
      "http://kg.test/graphql",
      ARTICLE_INGESTED,
      {},
      {},
      async (url, init) => app.app.fetch(url, init),
    );
    expect((await late.next()).data.errors[0].extensions.code).toBe("SHUTTING_DOWN");
  });
});
