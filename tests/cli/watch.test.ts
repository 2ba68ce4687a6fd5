/**
 * Issue 13, item 2: `kg watch` reads RSS and Atom feeds from a local server started by the test
 * and ingests each new item's page once, through the real CLI: in process on PGlite, as one
 * ingest job per item for `kg worker` on Postgres. Items are remembered in the database (a
 * second pass takes nothing), a missing page, a server error (tried again on the next pass) or
 * a bad feed has its code while the rest goes in, and on Postgres two watchers started together
 * fetch each page once and queue each item once between them.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runKg } from "../helpers/cli.js";
import { BACKEND, createTestTarget, itOnPostgres, openTestTarget } from "../helpers/db.js";

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

const PAGES: Record<string, string> = {
  "/news/one": page(
    "Ferry strike ends in Bergen",
    "The foreign minister of Norway, Anna Berg, met union leaders in Bergen on Monday and said the ferry strike was over.",
  ),
  "/news/two": page(
    "Coffee exports rise in Kenya",
    "Kenya sold more coffee to Germany this year, the agriculture minister of Kenya, Peter Mwangi, said in Nairobi.",
  ),
  "/news/busy": page(
    "Rail link opens in Tallinn",
    "The transport minister of Estonia, Kadri Tamm, opened the new rail link to Riga in Tallinn on Thursday.",
  ),
};

let server: Server;
let base: string;
const hits = new Map<string, number>();

function rss(): string {
  const item = (path: string, title: string, date: string) =>
    `<item><title>${title}</title><link>${base}${path}</link><guid>${base}${path}</guid><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><link>${base}/</link>
${item("/news/one", "Ferry strike ends", "Mon, 03 Mar 2025 09:00:00 GMT")}
${item("/news/two", "Coffee exports rise", "Tue, 04 Mar 2025 10:00:00 GMT")}
${item("/news/gone", "A story taken down", "Wed, 05 Mar 2025 11:00:00 GMT")}
${item("/news/busy", "Rail link opens", "Thu, 06 Mar 2025 12:00:00 GMT")}
</channel></rss>`;
}

function atom(): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<id>urn:atom-desk</id><updated>2025-03-03T09:00:00Z</updated>
<entry><title>Ferry strike ends</title><id>urn:atom-desk:1</id><link href="${base}/news/one"/><updated>2025-03-03T09:00:00Z</updated></entry>
</feed>`;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === "/feed.xml") {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end(rss());
    } else if (path === "/atom.xml") {
      response.writeHead(200, { "content-type": "application/atom+xml" });
      response.end(atom());
    } else if (path === "/broken.xml") {
      response.writeHead(200, { "content-type": "application/xml" });
      response.end("this is not a feed at all");
    } else if (path === "/news/busy" && hits.get(path) === 1) {
      // The first request of each test meets a server error; later ones get the page.
      response.writeHead(500, { "content-type": "text/plain" });
      response.end("overloaded");
    } else if (PAGES[path]) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(PAGES[path]);
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("gone");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => hits.clear());

async function storedArticles(target: string) {
  const database = await openTestTarget(target);
  try {
    const articles = await database.db
      .selectFrom("articles")
      .select(["title", "url", "source", "published_on"])
      .orderBy("title")
      .execute();
    const items = await database.db
      .selectFrom("feed_items")
      .select(["link", "status", "code"])
      .orderBy("feed_url")
      .orderBy("link")
      .execute();
    return { articles, items };
  } finally {
    await database.close();
  }
}

/** Runs `kg worker` until the queue is empty (Postgres: watched items are jobs); its output. */
async function runWorkers(target: string): Promise<string> {
  const worker = await runKg(["worker", "--exit-when-empty", "--concurrency", "1", "--db", target]);
  expect(worker.code, worker.stdout + worker.stderr).toBe(0);
  return worker.stdout;
}

/** The summary of a pass: what happened to the new items, as each backend words it. */
function passSummary(
  feeds: number,
  items: number,
  fresh: number,
  done: number,
  known: number,
  failed: number,
) {
  const middle =
    BACKEND === "postgres"
      ? `${done} queued, ${known} already queued or stored`
      : `${done} ingested, ${known} already present`;
  return new RegExp(
    `^${feeds} feeds, ${items} items, ${fresh} new: ${middle}, ${failed} failed$`,
    "m",
  );
}

describe(`kg watch on ${BACKEND}`, () => {
  it("ingests each new item once, remembers it, and gives bad items and feeds their code", async () => {
    const { target, cleanup } = await createTestTarget();
    try {
      const feeds = [`${base}/feed.xml`, `${base}/atom.xml`, `${base}/broken.xml`];
      const first = await runKg(["watch", "--once", "--db", target, ...feeds]);
      expect(first.stdout).toContain(
        `${base}/news/gone: the server answered HTTP 404 [HTTP_ERROR]`,
      );
      expect(first.stdout).toContain(
        `${base}/news/busy: the server answered HTTP 500 [HTTP_SERVER_ERROR]`,
      );
      expect(first.stdout).toMatch(
        new RegExp(`${base}/broken.xml: not a feed.*\\[FEED_UNREADABLE\\]`),
      );
      // The Atom entry is the RSS feed's first story: the same content is taken once.
      expect(first.stdout).toMatch(passSummary(3, 5, 5, 2, 1, 3));
      expect(first.code).toBe(1);

      // The server error was not remembered: the next pass takes that item again.
      const second = await runKg(["watch", "--once", "--db", target, ...feeds.slice(0, 2)]);
      expect(second.stdout).toMatch(passSummary(2, 5, 1, 1, 0, 0));
      expect(second.code).toBe(0);
      const third = await runKg(["watch", "--once", "--db", target, ...feeds.slice(0, 2)]);
      expect(third.stdout).toMatch(passSummary(2, 5, 0, 0, 0, 0));
      expect(hits.get("/news/two")).toBe(1);
      expect(hits.get("/news/gone")).toBe(1);
      expect(hits.get("/news/busy")).toBe(2);

      if (BACKEND === "postgres") {
        // Nothing was stored by the watcher: each item is a job, stored by a worker.
        expect((await storedArticles(target)).articles).toEqual([]);
        expect(await runWorkers(target)).toMatch(
          /^3 ingested, 0 already present, 0 failed for good/m,
        );
      }
      const { articles, items } = await storedArticles(target);
      expect(articles).toEqual([
        {
          title: "Coffee exports rise in Kenya",
          url: `${base}/news/two`,
          source: "Harbour Wire",
          published_on: "2025-03-04",
        },
        {
          title: "Ferry strike ends in Bergen",
          url: `${base}/news/one`,
          source: "Harbour Wire",
          published_on: "2025-03-03",
        },
        {
          title: "Rail link opens in Tallinn",
          url: `${base}/news/busy`,
          source: "Harbour Wire",
          published_on: "2025-03-06",
        },
      ]);
      expect(items.filter((item) => item.status === "failed")).toEqual([
        { link: `${base}/news/gone`, status: "failed", code: "HTTP_ERROR" },
      ]);
      expect(items.filter((item) => item.status !== "failed").map((item) => item.status)).toEqual(
        Array(4).fill(BACKEND === "postgres" ? "queued" : "ingested"),
      );
    } finally {
      await cleanup();
    }
  }, 180_000);

  itOnPostgres(
    "lets two watchers of one feed fetch and queue each item once between them",
    async () => {
      const { target, cleanup } = await createTestTarget();
      try {
        await runKg(["migrate", "--db", target]);
        const [a, b] = await Promise.all([
          runKg(["watch", "--once", "--db", target, `${base}/feed.xml`]),
          runKg(["watch", "--once", "--db", target, `${base}/feed.xml`]),
        ]);
        expect(a.stderr + b.stderr).toBe("");
        for (const path of ["/news/one", "/news/two", "/news/gone"]) expect(hits.get(path)).toBe(1);
        // The server error releases its claim: a watcher that reaches the item later in the same
        // pass may take it again (and get the page), never both at once.
        const busyHits = hits.get("/news/busy") ?? 0;
        expect([1, 2]).toContain(busyHits);
        const both = a.stdout + b.stdout;
        expect(both.match(/queued as job/g)).toHaveLength(busyHits === 1 ? 2 : 3);
        expect(both).toContain("[HTTP_ERROR]");
        expect(both).toContain("[HTTP_SERVER_ERROR]");
        // A third watcher on the next pass takes the item that met the server error, if still new.
        const again = await runKg(["watch", "--once", "--db", target, `${base}/feed.xml`]);
        const retried = busyHits === 1 ? 1 : 0;
        expect(again.stdout).toMatch(passSummary(1, 4, retried, retried, 0, 0));
        expect(hits.get("/news/busy")).toBe(2);
        const worker = await runWorkers(target);
        expect(worker).toMatch(/^3 ingested, 0 already present, 0 failed for good/m);
        const { articles, items } = await storedArticles(target);
        expect(articles.map((article) => article.title)).toEqual([
          "Coffee exports rise in Kenya",
          "Ferry strike ends in Bergen",
          "Rail link opens in Tallinn",
        ]);
        expect(items).toHaveLength(4);
      } finally {
        await cleanup();
      }
    },
    180_000,
  );
});
