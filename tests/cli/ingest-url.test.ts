/**
 * Issue 13, item 2 (first half): `kg ingest URL` fetches an article page through the real CLI,
 * against a local HTTP server started by the test. What it must do: follow a few redirects and
 * store the address it read, refuse other schemes, and give every failure its own code (HTTP
 * error, not an article, over the size cap counted on the bytes read, timeout, redirect loop)
 * while the rest of the run goes in.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, itOnPostgres, openTestTarget } from "../helpers/db.js";

const ARTICLE = `<!doctype html><html><head><title>Harbour talks resume in Bergen</title></head>
<body><article><h1>Harbour talks resume in Bergen</h1>
<p>The foreign minister of Norway, Anna Berg, met officials from Kenya in Bergen on Tuesday.</p>
<p>Berg said the talks with Kenya on shipping routes would continue next month in Nairobi.</p>
</article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case "/article.html":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(ARTICLE);
        return;
      case "/moved":
        response.writeHead(302, { location: "/article.html" });
        response.end();
        return;
      case "/loop":
        response.writeHead(301, { location: "/loop" });
        response.end();
        return;
      case "/image.png":
        response.writeHead(200, { "content-type": "image/png" });
        response.end(Buffer.alloc(100));
        return;
      case "/huge": {
        // Chunked, no declared length: the cap must count what is read.
        response.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"word ".repeat(2000)}</p>`;
        let sent = 0;
        const write = () => {
          while (sent < 40 && response.write(chunk)) sent++;
          if (sent >= 40) response.end();
          else response.once("drain", write);
        };
        write();
        return;
      }
      case "/slow":
        // Headers never come: the fetch must give up on its own.
        return;
      default:
        response.writeHead(404, { "content-type": "text/plain" });
        response.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe(`kg ingest URL on ${BACKEND}`, () => {
  it("stores a fetched page under the address it was read from, with a code for each failure", async () => {
    const { target, cleanup } = await createTestTarget();
    try {
      const run = await runKg(
        [
          "ingest",
          "--workers",
          "0",
          "--db",
          target,
          `${base}/moved`,
          `${base}/article.html`,
          `${base}/missing`,
          `${base}/image.png`,
          `${base}/huge`,
          `${base}/slow`,
          `${base}/loop`,
          "ftp://127.0.0.1/article.txt",
        ],
        { env: { KG_MAX_ARTICLE_BYTES: "50000", KG_FETCH_TIMEOUT_MS: "1500" } },
      );
      const output = run.stdout + run.stderr;
      expect(output).toContain(`${base}/missing: the server answered HTTP 404 [HTTP_ERROR]`);
      expect(output).toContain(`${base}/image.png: image/png is not an article`);
      expect(output).toContain("[UNSUPPORTED_CONTENT_TYPE]");
      expect(output).toMatch(
        new RegExp(`${base}/huge: .*over the 50000-byte limit.*\\[ARTICLE_TOO_LARGE\\]`),
      );
      expect(output).toContain(`${base}/slow: no complete answer within 1500 ms [FETCH_TIMEOUT]`);
      expect(output).toContain(`${base}/loop: more than 5 redirects [TOO_MANY_REDIRECTS]`);
      expect(output).toContain(
        "only http and https addresses are fetched, not ftp [UNSUPPORTED_SCHEME]",
      );
      // The redirect and the page itself are one article: stored once.
      expect(run.stdout).toMatch(/^1 ingested, 1 already present, 6 failed/m);
      expect(run.code).toBe(1);

      const database = await openTestTarget(target);
      try {
        const articles = await database.db
          .selectFrom("articles")
          .select(["title", "url", "format"])
          .execute();
        expect(articles).toEqual([
          { title: "Harbour talks resume in Bergen", url: `${base}/article.html`, format: "html" },
        ]);
        const names = await database.db.selectFrom("entities").select("name").execute();
        expect(names.map((row) => row.name)).toEqual(
          expect.arrayContaining(["Norway", "Kenya", "Anna Berg"]),
        );
      } finally {
        await database.close();
      }
    } finally {
      await cleanup();
    }
  }, 120_000);

  // The job queue path: the page is fetched when it is enqueued, a worker stores it with its address.
  itOnPostgres(
    "enqueues a page, and a worker stores it under the address it was read from",
    async () => {
      const { target, cleanup } = await createTestTarget();
      try {
        const enqueue = await runKg([
          "enqueue",
          "--db",
          target,
          `${base}/moved`,
          `${base}/missing`,
        ]);
        expect(enqueue.stdout).toContain(
          `${base}/missing: the server answered HTTP 404 [HTTP_ERROR]`,
        );
        expect(enqueue.stdout).toMatch(/^1 enqueued, 0 already queued or stored, 1 failed$/m);
        const worker = await runKg(["worker", "--exit-when-empty", "-q", "--db", target]);
        expect(worker.code).toBe(0);
        const database = await openDatabase({ kind: "postgres", url: target });
        try {
          const articles = await database.db
            .selectFrom("articles")
            .select(["title", "url"])
            .execute();
          expect(articles).toEqual([
            { title: "Harbour talks resume in Bergen", url: `${base}/article.html` },
          ]);
        } finally {
          await database.close();
        }
      } finally {
        await cleanup();
      }
    },
    120_000,
  );
});
