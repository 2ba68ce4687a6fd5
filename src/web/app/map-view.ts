/**
 * The map inset: drawn places and countries with coordinates on a world map made from bundled
 * Natural Earth data (world-atlas 110m land, projected with d3-geo; no tiles, no network), each
 * a circle sized by mentions. Clicking a circle selects its node; the selected node is ringed.
 */
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json" with { type: "json" };
import { graph } from "./canvas.js";
import { byId, h } from "./dom.js";
import { select } from "./selection.js";
import { session } from "./session.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 320;
const HEIGHT = 170;

const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
let landPath: string | undefined;

/** The land outline as one SVG path, computed once. */
function land(): string {
  if (landPath === undefined) {
    const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
    landPath = geoPath(projection)(feature(topology, topology.objects.land)) ?? "";
  }
  return landPath;
}

/** A drawn node with a place on the globe. */
interface Placed {
  id: string;
  label: string;
  mentionCount: number;
  x: number;
  y: number;
}

function placedNodes(): Placed[] {
  const placed: Placed[] = [];
  graph.cy.nodes().forEach((element) => {
    const node = graph.node(element.id());
    const at = node?.entity?.coordinates;
    if (!node || !at) return;
    const point = projection([at.longitude, at.latitude]);
    if (!point) return;
    placed.push({
      id: node.id,
      label: node.label,
      mentionCount: node.mentionCount,
      x: point[0],
      y: point[1],
    });
  });
  // Big circles first, so small ones stay on top and clickable.
  return placed.sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1));
}

let dismissed = false;

/** Draws the inset for the drawn graph, or hides it when nothing drawn has coordinates. */
export function renderMap(): void {
  const inset = byId("map");
  const placed = dismissed ? [] : placedNodes();
  if (placed.length === 0) {
    inset.hidden = true;
    inset.replaceChildren();
    return;
  }
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("class", "map-svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${placed.length} places on a world map`);
  const sphere = document.createElementNS(SVG, "path");
  sphere.setAttribute("d", geoPath(projection)({ type: "Sphere" }) ?? "");
  sphere.setAttribute("class", "sphere");
  const shore = document.createElementNS(SVG, "path");
  shore.setAttribute("d", land());
  shore.setAttribute("class", "land");
  svg.append(sphere, shore);
  const selected = session.state.selected?.kind === "node" ? session.state.selected.id : undefined;
  for (const place of placed) {
    const circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", place.x.toFixed(1));
    circle.setAttribute("cy", place.y.toFixed(1));
    circle.setAttribute("r", (2 + Math.sqrt(place.mentionCount) * 0.6).toFixed(1));
    circle.setAttribute("class", place.id === selected ? "place selected" : "place");
    circle.dataset.id = place.id;
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${place.label} (${place.mentionCount} mentions)`;
    circle.append(title);
    circle.addEventListener("click", () => select({ kind: "node", id: place.id }));
    svg.append(circle);
  }
  inset.replaceChildren(
    h(
      "div",
      { class: "map-head" },
      `Map · ${placed.length} place${placed.length === 1 ? "" : "s"}`,
      h(
        "button",
        {
          type: "button",
          class: "linklike",
          title: "Hide the map",
          onclick: () => {
            dismissed = true;
            renderMap();
          },
        },
        "hide",
      ),
    ),
    svg,
  );
  inset.hidden = false;
}
