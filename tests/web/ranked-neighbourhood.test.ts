/**
 * Ranked neighbourhoods in the explorer (issue 16): a co-occurrence view asks for the 40
 * strongest neighbours by association, "Show 40 more" asks for the next 40, no two visible
 * node labels overlap, and nodes can be coloured by community. The API is answered from the test (page.route) with a large star, so the
 * cut and the label collisions happen on demand; the ranking itself is tested on a real
 * database in tests/graphql/association.test.ts.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, HAS_CHROMIUM, MISSING_CHROMIUM } from "./chromium.js";
import { answerGraphql, useMockedExplorer } from "./mocked-explorer.js";
import { afterRender, drawnNodes } from "./page.js";

const ENTITY_TYPES = ["COUNTRY", "ORGANIZATION", "PERSON", "PLACE"];
/** Neighbours the mocked server holds around the hub. */
const HELD = 120;

/** The hub and its `count - 1` strongest neighbours, long names so that labels collide. */
function star(count: number) {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    label: i === 0 ? "Hub Person" : `Neighbour With A Long Name ${i}`,
    type: i === 0 ? "PERSON" : ENTITY_TYPES[i % ENTITY_TYPES.length],
    size: 1,
    degree: 1,
    mentionCount: i === 0 ? 500 : 1 + ((i * 7) % 30),
    depth: i === 0 ? 0 : 1,
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    id: `c${i}`,
    source: "n0",
    target: node.id,
    type: "CO_OCCURS",
    weight: 1 + (i % 6),
    label: "co-occurs with",
    evidenceCount: 1 + (i % 6),
    directed: false,
    provenance: null,
    relation: null,
  }));
  return { nodes, edges, truncated: count < HELD + 1 };
}

describe.skipIf(!HAS_CHROMIUM)("ranked neighbourhoods in the explorer (headless Chromium)", () => {
  const explorer = useMockedExplorer();
  const asked: { limit: number; rankBy: string; edgeKind: string }[] = [];
  const mockApi = answerGraphql({
    ExplorerBoot: {
      graphStats: { entityCount: HELD + 1, relationCount: 0, articleCount: 50 },
      entityTypes: { enumValues: ENTITY_TYPES.map((type) => ({ name: type })) },
      relationTypes: { enumValues: [{ name: "MET_WITH" }] },
    },
    ExplorerTop: { entities: { edges: [] } },
    ExplorerEntity: { entity: null },
    ExplorerSubgraph: ({ variables }) => {
      const { limit, rankBy, edgeKind } = variables as (typeof asked)[number];
      asked.push({ limit, rankBy, edgeKind });
      return { subgraph: star(Math.min(limit, HELD + 1)) };
    },
  });

  async function newPage(): Promise<Page> {
    const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.route("**/graphql", mockApi);
    return page;
  }

  /** Label boxes of the nodes whose label is shown, in model coordinates. */
  function visibleLabelBoxes(page: Page) {
    return page.evaluate(() =>
      window.kgExplorer.cy
        .nodes()
        .filter((node) => !node.hasClass("label-hidden") && Boolean(node.data("label")))
        .map((node) => ({
          id: node.id(),
          box: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        })),
    );
  }

  /** No two shown node labels overlap, and the hub's label is among them. */
  async function expectReadableLabels(page: Page) {
    const shown = await visibleLabelBoxes(page);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.map(({ id }) => id)).toContain("n0");
    const collisions: string[] = [];
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const [a, b] = [shown[i]!.box, shown[j]!.box];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          collisions.push(`${shown[i]!.id}/${shown[j]!.id}`);
      }
    expect(collisions).toEqual([]);
  }

  it("draws the 40 strongest by association, readable, and shows 40 more on request", async () => {
    const page = await newPage();
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=n0&edges=cooccurrence`));
    expect(asked.at(-1)).toEqual({ limit: 40, rankBy: "ASSOCIATION", edgeKind: "COOCCURRENCE" });
    expect(await drawnNodes(page)).toHaveLength(40);

    await expectReadableLabels(page);
    await page.screenshot({ path: `${ARTIFACTS}/ranked-40.png` });

    const more = page.locator("#show-more");
    await expect(more.textContent()).resolves.toBe("Show 40 more");
    await afterRender(page, () => more.click());
    expect(asked.at(-1)).toMatchObject({ limit: 80, rankBy: "ASSOCIATION" });
    expect(await drawnNodes(page)).toHaveLength(80);
    expect(new URL(page.url()).searchParams.get("limit")).toBe("80");
    // Twice the nodes in the same space: labels would collide, the lesser ones are hidden.
    await expectReadableLabels(page);
    const hidden = await page.evaluate(() => window.kgExplorer.cy.nodes(".label-hidden").length);
    expect(hidden).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/ranked-80.png` });
    await page.context().close();
  });

  it("colours by community without fetching again, and back by type", async () => {
    const page = await newPage();
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=n0&edges=cooccurrence`));
    const fetches = asked.length;
    const colours = () =>
      page.evaluate(() =>
        window.kgExplorer.cy
          .nodes()
          .map((node) => ({ type: node.data("type"), color: node.data("color") })),
      );
    const byType = await colours();
    await page.locator("input[name=colorBy][value=community]").check();
    await page.waitForFunction(() => window.kgExplorer.cy.nodes("[community >= 0]").length > 0);
    const byCommunity = await colours();
    expect(asked.length).toBe(fetches);
    expect(new URL(page.url()).searchParams.get("color")).toBe("community");
    // A star is one community: every node takes its colour, unlike the four type colours.
    expect(new Set(byType.map(({ color }) => color)).size).toBe(4);
    expect(new Set(byCommunity.map(({ color }) => color)).size).toBe(1);
    const legend = await page.locator("#community-legend li").allTextContents();
    expect(legend).toHaveLength(1);
    expect(legend[0]).toMatch(/^Hub Person, .+ \(40\)$/);
    await page.screenshot({ path: `${ARTIFACTS}/communities.png` });
    await page.locator("input[name=colorBy][value=type]").check();
    await page.waitForFunction(() => window.kgExplorer.cy.nodes("[community >= 0]").length === 0);
    expect(await colours()).toEqual(byType);
    await expect(page.locator("#community-legend").isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it("ranks typed relations by evidence, not association", async () => {
    const page = await newPage();
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=n0`));
    expect(asked.at(-1)).toEqual({ limit: 40, rankBy: "COUNT", edgeKind: "RELATIONS" });
    await page.context().close();
  });
});

if (!HAS_CHROMIUM)
  describe.skip(MISSING_CHROMIUM, () => it("ranked neighbourhoods in the explorer", () => {}));
