/**
 * Writes docs/explorer.png: the explorer on the seed article (Putin's neighbourhood, Xi Jinping
 * expanded, the MET_WITH edge's evidence open), for the README. Run: npm run screenshot:explorer
 */
import { mkdtempSync, rmSync } from "node:fs";
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
} finally {
  await browser.close();
  server.child.kill();
  rmSync(folder, { recursive: true, force: true });
}
