/**
 * Writes docs/explorer.png: the explorer on the seed article (Putin's neighbourhood, Xi Jinping
 * expanded, the MET_WITH edge's evidence open), and docs/explorer-analysis.png: the seed and the
 * three sample articles (each with its publication date) in co-occurrence mode around Putin, Xi
 * Jinping and Joe Biden, coloured by community, with the timeline and the map; for the README. Run: npm run screenshot:explorer
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runKg, startKgServe } from "../tests/helpers/cli.js";
import { launchChromium } from "../tests/web/chromium.js";
import {
  afterRender,
  clickEdge,
  clickNode,
  drawnEdges,
  drawnNodes,
  searchAndPick,
} from "../tests/web/page.js";

const SEED_ARTICLE = "../shared/corpus/seed-article.txt";
const OUTPUT = process.argv[2] ?? "docs/explorer.png";
const ANALYSIS_OUTPUT = process.argv[3] ?? "docs/explorer-analysis.png";
/** The sample articles and the dates their bylines give (the seed article's is the last). */
const DATED_ARTICLES: [string, string][] = [
  ["src/server/sample/finland-joins-nato.txt", "2023-04-04"],
  ["src/server/sample/black-sea-grain-deal.txt", "2023-07-17"],
  ["src/server/sample/biden-xi-san-francisco.txt", "2023-11-15"],
];

const folder = mkdtempSync(path.join(tmpdir(), "kg-screenshot-"));
const ingested = await runKg(["ingest", SEED_ARTICLE, "--db", folder]);
if (ingested.code !== 0) throw new Error(`ingest failed: ${ingested.stderr}`);
const server = await startKgServe(["--db", folder, "--no-sample"]);
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 860 },
    deviceScaleFactor: 1,
  });
  // tsx keeps function names with an `__name` helper that functions sent to the page call.
  await page.addInitScript("globalThis.__name = (fn) => fn;");
  await afterRender(page, () => page.goto(server.url));
  await afterRender(page, () => searchAndPick(page, "Putin"));
  const xi = (await drawnNodes(page)).find((node) => node.label === "Xi Jinping");
  if (xi) await afterRender(page, () => clickNode(page, xi.id, 2));
  const metWith = (await drawnEdges(page)).find((edge) => edge.type === "MET_WITH");
  if (metWith) {
    await clickEdge(page, metWith.id);
    await page.locator("#panel .evidence li").first().waitFor();
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: OUTPUT });
  console.log(`wrote ${OUTPUT}`);

  // The server holds the data folder: the articles go in through its API.
  for (const [file, date] of DATED_ARTICLES) {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        query: "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }",
        variables: { input: { text: readFileSync(file, "utf8"), publishedAt: date } },
      }),
    });
    const result = (await response.json()) as { errors?: { message: string }[] };
    if (result.errors) throw new Error(`ingest of ${file} failed: ${result.errors[0]?.message}`);
  }
  // A new page: the render counter afterRender waits on starts again with each page load.
  const analysis = await browser.newPage({
    viewport: { width: 1440, height: 860 },
    deviceScaleFactor: 1,
  });
  await analysis.addInitScript("globalThis.__name = (fn) => fn;");
  await afterRender(analysis, () => analysis.goto(server.url));
  await afterRender(analysis, () => searchAndPick(analysis, "Putin"));
  // One seed draws a star (one community); expanding two neighbours gives the graph structure.
  for (const name of ["Xi Jinping", "Joe Biden"]) {
    const node = (await drawnNodes(analysis)).find((drawn) => drawn.label === name);
    if (node) await afterRender(analysis, () => clickNode(analysis, node.id, 2));
  }
  const seeds = new URL(analysis.url()).searchParams.get("seeds");
  const view = await browser.newPage({
    viewport: { width: 1440, height: 860 },
    deviceScaleFactor: 1,
  });
  await view.addInitScript("globalThis.__name = (fn) => fn;");
  await afterRender(view, () =>
    view.goto(`${server.url}/?seeds=${seeds}&edges=cooccurrence&color=community`),
  );
  await view.locator("#timeline .bar").first().waitFor();
  await view.locator("#map circle.place").first().waitFor();
  await view.mouse.move(0, 0);
  await view.screenshot({ path: ANALYSIS_OUTPUT });
  console.log(`wrote ${ANALYSIS_OUTPUT}`);
} finally {
  await browser.close();
  server.child.kill();
  rmSync(folder, { recursive: true, force: true });
}
