/**
 * Time and place in the explorer (issue 16): the timeline under the graph (the focused entity's
 * months as bars, gaps filled; dragging across bars sets the date filter the graph is fetched
 * with) and the map inset (drawn places with coordinates as circles on bundled Natural Earth
 * land; a click selects the node). The API is answered from the test (page.route);
 * Entity.timeline and coordinates are tested against a database in tests/graphql.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fillMonths, monthEnd } from "../../src/web/app/timeline-months.js";
import { ARTIFACTS, HAS_CHROMIUM, MISSING_CHROMIUM } from "./chromium.js";
import { answerGraphql, useMockedExplorer } from "./mocked-explorer.js";
import { afterRender } from "./page.js";

const bucket = (start: string, mentions: number, relations = 0) => ({
  start,
  mentions,
  relations,
  articles: mentions,
});

describe("timeline months", () => {
  it("fills the months between the first and last bucket, across a year end", () => {
    const months = fillMonths([bucket("2023-11-01", 4), bucket("2024-02-01", 2, 1)]);
    expect(months.map((month) => [month.start, month.mentions])).toEqual([
      ["2023-11-01", 4],
      ["2023-12-01", 0],
      ["2024-01-01", 0],
      ["2024-02-01", 2],
    ]);
    expect(fillMonths([])).toEqual([]);
  });

  it.each([
    ["2024-02-01", "2024-02-29"],
    ["2023-02-01", "2023-02-28"],
    ["2023-12-01", "2023-12-31"],
    ["2023-04-01", "2023-04-30"],
  ])("the month starting %s ends on %s", (start, end) => {
    expect(monthEnd(start)).toBe(end);
  });
});

const TIMELINE = [bucket("2023-01-01", 3), bucket("2023-02-01", 5, 2), bucket("2023-05-01", 1)];

describe.skipIf(!HAS_CHROMIUM)("the explorer's timeline and map (headless Chromium)", () => {
  const explorer = useMockedExplorer();
  const subgraphs: { since?: string; until?: string }[] = [];
  const node = (
    id: string,
    label: string,
    type = "PERSON",
    coordinates: { latitude: number; longitude: number } | null = null,
  ) => ({
    id,
    label,
    type,
    size: 1,
    degree: 1,
    mentionCount: 9,
    depth: id === "p1" ? 0 : 1,
    entity: { coordinates },
  });
  const subgraph = {
    nodes: [
      node("p1", "Anna Berg"),
      node("p2", "Tomas Lind"),
      node("c1", "Kenya", "COUNTRY", { latitude: 1, longitude: 38 }),
      node("c2", "Chile", "COUNTRY", { latitude: -31, longitude: -71 }),
    ],
    edges: [
      {
        id: "r1",
        source: "p1",
        target: "p2",
        type: "MET_WITH",
        weight: 1,
        label: "met",
        evidenceCount: 1,
        directed: false,
        provenance: "STATED",
        relation: { id: "r1" },
      },
    ],
    truncated: false,
  };
  const mockApi = answerGraphql({
    ExplorerBoot: {
      graphStats: { entityCount: 4, relationCount: 1, articleCount: 9 },
      entityTypes: { enumValues: [{ name: "COUNTRY" }, { name: "PERSON" }] },
      relationTypes: { enumValues: [{ name: "MET_WITH" }] },
    },
    ExplorerTop: { entities: { edges: [] } },
    ExplorerEntity: { entity: null },
    ExplorerTimeline: { entity: { name: "Anna Berg", timeline: TIMELINE } },
    ExplorerSubgraph: ({ variables }) => {
      subgraphs.push({
        since: variables.since as string | undefined,
        until: variables.until as string | undefined,
      });
      return { subgraph };
    },
  });

  async function newPage(): Promise<Page> {
    const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.route("**/graphql", mockApi);
    return page;
  }

  it("draws the seed's months and filters the graph to the months dragged across", async () => {
    const page = await newPage();
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=p1`));
    const bars = page.locator("#timeline .timeline-chart .bar");
    await bars.first().waitFor();
    // January to May: five months, the three empty ones drawn empty.
    await expect(bars.count()).resolves.toBe(5);
    await expect(page.locator("#timeline .timeline-head").textContent()).resolves.toContain(
      "Anna Berg",
    );
    expect(subgraphs.at(-1)).toEqual({ since: undefined, until: undefined });

    // Drag from the first bar (January) to the second (February).
    const first = await bars.nth(0).boundingBox();
    const second = await bars.nth(1).boundingBox();
    if (!first || !second) throw new Error("bars not laid out");
    await afterRender(page, async () => {
      await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
      await page.mouse.down();
      await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2, {
        steps: 4,
      });
      await page.mouse.up();
    });
    expect(subgraphs.at(-1)).toEqual({ since: "2023-01-01", until: "2023-02-28" });
    await expect(page.locator("#since").inputValue()).resolves.toBe("2023-01-01");
    await expect(page.locator("#until").inputValue()).resolves.toBe("2023-02-28");
    const url = new URL(page.url());
    expect([url.searchParams.get("since"), url.searchParams.get("until")]).toEqual([
      "2023-01-01",
      "2023-02-28",
    ]);
    // Months outside the range fade.
    await page.locator("#timeline .bar.out").first().waitFor();
    await expect(page.locator("#timeline .bar.out").count()).resolves.toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}/timeline.png` });

    await afterRender(page, () => page.locator("#timeline-clear").click());
    expect(subgraphs.at(-1)).toEqual({ since: undefined, until: undefined });
    await page.context().close();
  });

  it("is ready only once the timeline strip has appeared, so the canvas no longer moves", async () => {
    const page = await newPage();
    // The timeline answers late: before, the view said "ready" and the strip then shrank the
    // canvas under a click aimed at a node.
    await page.route("**/graphql", async (route) => {
      const query = (route.request().postDataJSON() as { query: string }).query;
      if (!query.includes("ExplorerTimeline")) return route.fallback();
      await new Promise((resolve) => setTimeout(resolve, 800));
      return mockApi(route);
    });
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=p1`));
    const settled = await page.evaluate(() => ({
      strip: !(document.getElementById("timeline") as HTMLElement).hidden,
      canvas: (document.getElementById("cy") as HTMLElement).getBoundingClientRect().height,
    }));
    expect(settled.strip).toBe(true);
    await page.waitForTimeout(300);
    const later = (await page.locator("#cy").boundingBox())?.height;
    expect(later).toBe(settled.canvas);
    await page.context().close();
  });

  it("puts the drawn places on a map; clicking one selects its node", async () => {
    const page = await newPage();
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=p1`));
    const places = page.locator("#map circle.place");
    await places.first().waitFor();
    // Two of the four drawn nodes have coordinates.
    await expect(places.count()).resolves.toBe(2);
    await expect(page.locator("#map path.land").getAttribute("d")).resolves.toMatch(/^M[-\d.]/);
    // Kenya lies east of Chile and north of it on the projected map.
    const kenya = await page.locator('#map circle[data-id="c1"]').boundingBox();
    const chile = await page.locator('#map circle[data-id="c2"]').boundingBox();
    if (!kenya || !chile) throw new Error("places not drawn");
    expect(kenya.x).toBeGreaterThan(chile.x);
    expect(kenya.y).toBeLessThan(chile.y);
    await page.locator('#map circle[data-id="c1"]').dispatchEvent("click");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("node") === "c1");
    await page.locator('#map circle.place.selected[data-id="c1"]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/map.png` });
    await page.context().close();
  });

  it("keeps every node out from under the map inset", async () => {
    // A crowded view fitted to the whole canvas puts nodes in its top right corner, where the
    // map floats: a user could neither see nor click them.
    const crowded = {
      nodes: [
        node("p1", "Anna Berg"),
        ...Array.from({ length: 36 }, (_, i) =>
          i % 3 === 0
            ? node(`c${i}`, `Place ${i}`, "COUNTRY", { latitude: i - 18, longitude: 5 * i - 90 })
            : node(`p${i + 2}`, `Person ${i}`),
        ),
      ],
      edges: Array.from({ length: 36 }, (_, i) => ({
        id: `r${i}`,
        source: "p1",
        target: i % 3 === 0 ? `c${i}` : `p${i + 2}`,
        type: "MET_WITH",
        weight: 1,
        label: "met",
        evidenceCount: 1,
        directed: false,
        provenance: "STATED",
        relation: { id: `r${i}` },
      })),
      truncated: false,
    };
    const page = await newPage();
    await page.route("**/graphql", async (route) => {
      const query = (route.request().postDataJSON() as { query: string }).query;
      if (!query.includes("ExplorerSubgraph")) return route.fallback();
      return route.fulfill({ status: 200, json: { data: { subgraph: crowded } } });
    });
    await afterRender(page, () => page.goto(`${explorer.server.url}/?seeds=p1`));
    const covered = await page.evaluate(() => {
      const map = (document.getElementById("map") as HTMLElement).getBoundingClientRect();
      const canvas = (document.getElementById("cy") as HTMLElement).getBoundingClientRect();
      return window.kgExplorer.cy
        .nodes()
        .filter((drawn) => {
          const box = drawn.renderedBoundingBox({ includeLabels: false });
          return (
            canvas.left + box.x1 < map.right &&
            map.left < canvas.left + box.x2 &&
            canvas.top + box.y1 < map.bottom &&
            map.top < canvas.top + box.y2
          );
        })
        .map((drawn) => drawn.data("label") as string);
    });
    await page.screenshot({ path: `${ARTIFACTS}/map-clear.png` });
    await expect(page.locator("#map circle.place").count()).resolves.toBe(12);
    expect(covered).toEqual([]);
    await expect(page.locator("#cy").boundingBox()).resolves.toBeTruthy();
    await page.context().close();
  });
});

if (!HAS_CHROMIUM)
  describe.skip(MISSING_CHROMIUM, () => it("the explorer's timeline and map", () => {}));
