/**
 * Issue 12, item 3: the request body limit counts the bytes read, so a chunked body (no
 * Content-Length) over the limit gets 413 and is never parsed or ingested.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/graphql/limits.js";
import { listen, type RunningServer } from "../../src/server/server.js";
import { createTestApp } from "../helpers/app.js";
import { BACKEND, createTestDatabase, type TestDatabase } from "../helpers/db.js";

const CHUNK = 64 * 1024;

let database: TestDatabase;
let server: RunningServer;

/** POSTs `prefix + padding + suffix` with Transfer-Encoding: chunked, 64 KB a chunk. */
function postChunked(
  url: string,
  prefix: string,
  paddingBytes: number,
  suffix: string,
): Promise<{ status: number; body: string; bytesSent: number }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let bytesSent = 0;
    const req = httpRequest(`${url}/graphql`, {
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "transfer-encoding": "chunked",
      },
    });
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.on("end", () => req.destroy());
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, bytesSent }));
    });
    // The server may close the connection once it has answered: not an error here.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const padding = Buffer.alloc(CHUNK, "a");
    const write = async () => {
      req.write(prefix);
      for (let left = paddingBytes; left > 0 && !answered; left -= CHUNK) {
        const piece = left >= CHUNK ? padding : padding.subarray(0, left);
        bytesSent += piece.length;
        if (!req.write(piece)) await new Promise((done) => req.once("drain", done));
      }
      if (!answered) req.end(suffix);
    };
    write().catch((error) => {
      if (!answered) reject(error);
    });
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = createTestApp(database);
  server = await listen(app, 0, "127.0.0.1");
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

describe(`request body limit on ${BACKEND}`, () => {
  it("answers a chunked 5 MB body with 413 DOCUMENT_TOO_LARGE", async () => {
    const result = await postChunked(
      server.url,
      '{"query":"query($p: String) { __typename }","variables":{"p":"',
      5 * 1024 * 1024,
      '"}}',
    );
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).errors[0].extensions.code).toBe("DOCUMENT_TOO_LARGE");
  });

  it("never ingests a chunked article over the limit", async () => {
    const result = await postChunked(
      server.url,
      '{"query":"mutation($t: String!) { ingestArticle(input: { text: $t }) { created } }","variables":{"t":"Talks in Oslo. ',
      MAX_BODY_BYTES + 500_000,
      '"}}',
    );
    expect(result.status).toBe(413);
    const { gql } = createTestApp(database);
    const count = await gql("{ articles { totalCount } }");
    expect(count.data.articles.totalCount).toBe(0);
  });

  it("still serves a chunked body under the limit", async () => {
    const result = await postChunked(
      server.url,
      '{"query":"{ articles { totalCount } }","extensions":{"padding":"',
      200_000,
      '"}}',
    );
    expect(result.status, result.body).toBe(200);
    expect(JSON.parse(result.body).data.articles.totalCount).toBe(0);
  });
});
