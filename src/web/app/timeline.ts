/**
 * The timeline under the graph: the focused entity's mentions and relation evidence per month
 * (the selected node, else the first seed), as bars. Dragging across bars sets the date filter
 * to those months; "all dates" clears it.
 */
import { fetchTimeline, type TimelineBucket } from "./api.js";
import { graph } from "./canvas.js";
import { byId, h } from "./dom.js";
import { refresh } from "./drawing.js";
import { syncControls } from "./filters.js";
import { reportError } from "./overlays.js";
import { session, writeUrl } from "./session.js";
import { fillMonths, monthEnd } from "./timeline-months.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 56;

/** Which entity the timeline follows: the selected node, else the first seed. */
function focusedEntity(): string | undefined {
  const selected = session.state.selected;
  if (selected?.kind === "node" && graph.node(selected.id)) return selected.id;
  return session.state.seeds[0];
}

let generation = 0;
let shownFor: string | undefined;

/** Draws (or hides) the timeline for the focused entity. */
export async function renderTimeline(): Promise<void> {
  const mine = ++generation;
  const strip = byId("timeline");
  const id = focusedEntity();
  if (!id) {
    hide(strip);
    return;
  }
  try {
    const timeline = await fetchTimeline(id);
    if (mine !== generation) return;
    const months = fillMonths(timeline?.buckets ?? []);
    if (!timeline || months.length === 0) {
      hide(strip);
      return;
    }
    shownFor = id;
    strip.replaceChildren(
      h(
        "div",
        { class: "timeline-head" },
        h("strong", {}, timeline.name),
        ` · mentions per month (${months[0]?.start.slice(0, 7)} – ${months.at(-1)?.start.slice(0, 7)}), drag to filter · `,
        h(
          "button",
          {
            type: "button",
            class: "linklike",
            id: "timeline-clear",
            disabled: !session.state.since && !session.state.until,
            onclick: () => setRange("", ""),
          },
          "all dates",
        ),
      ),
      chart(months),
    );
    strip.hidden = false;
    byId("cy").parentElement?.classList.add("with-timeline");
    graph.cy.resize();
  } catch (error) {
    if (mine === generation) reportError(error);
  }
}

function hide(strip: HTMLElement): void {
  shownFor = undefined;
  strip.hidden = true;
  strip.replaceChildren();
  byId("cy").parentElement?.classList.remove("with-timeline");
  graph.cy.resize();
}

/** Redraws when the focused entity changed (a new selection). */
export function followSelection(): Promise<void> {
  return focusedEntity() !== shownFor ? renderTimeline() : Promise.resolve();
}

function setRange(since: string, until: string): void {
  session.state.since = since;
  session.state.until = until;
  syncControls();
  writeUrl("replace");
  void refresh();
}

/** Bars of mentions (relation evidence darker inside them), brushable by dragging. */
function chart(months: TimelineBucket[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "timeline-chart");
  svg.setAttribute("viewBox", `0 0 ${months.length * 10} ${HEIGHT}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const peak = Math.max(1, ...months.map((month) => month.mentions + month.relations));
  const inRange = (month: TimelineBucket) =>
    (!session.state.since || monthEnd(month.start) >= session.state.since) &&
    (!session.state.until || month.start <= session.state.until);
  const bars = months.map((month, index) => {
    const group = document.createElementNS(SVG, "g");
    group.setAttribute("class", `bar${inRange(month) ? "" : " out"}`);
    group.dataset.start = month.start;
    const total = ((month.mentions + month.relations) / peak) * (HEIGHT - 2);
    const related = (month.relations / peak) * (HEIGHT - 2);
    const hit = rect(index * 10, 0, 10, HEIGHT, "hit");
    const all = rect(index * 10 + 1, HEIGHT - total, 8, total, "mentions");
    const rel = rect(index * 10 + 1, HEIGHT - related, 8, related, "relations");
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${month.start.slice(0, 7)}: ${month.mentions} mentions, ${month.relations} relation sentences, ${month.articles} articles`;
    group.append(hit, all, rel, title);
    svg.append(group);
    return group;
  });
  let anchor: number | undefined;
  let current: number | undefined;
  const indexOf = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    const ratio = (event.clientX - box.left) / Math.max(1, box.width);
    return Math.min(months.length - 1, Math.max(0, Math.floor(ratio * months.length)));
  };
  const mark = () => {
    if (anchor === undefined || current === undefined) return;
    const [from, to] = anchor <= current ? [anchor, current] : [current, anchor];
    bars.forEach((bar, index) => {
      bar.classList.toggle("brushed", index >= from && index <= to);
    });
  };
  svg.addEventListener("pointerdown", (event) => {
    anchor = current = indexOf(event);
    svg.setPointerCapture(event.pointerId);
    mark();
  });
  svg.addEventListener("pointermove", (event) => {
    if (anchor === undefined) return;
    current = indexOf(event);
    mark();
  });
  svg.addEventListener("pointerup", (event) => {
    if (anchor === undefined) return;
    current = indexOf(event);
    const [from, to] = anchor <= current ? [anchor, current] : [current, anchor];
    anchor = current = undefined;
    setRange(
      (months[from] as TimelineBucket).start,
      monthEnd((months[to] as TimelineBucket).start),
    );
  });
  return svg;
}

function rect(x: number, y: number, width: number, height: number, className: string) {
  const element = document.createElementNS(SVG, "rect");
  element.setAttribute("x", String(x));
  element.setAttribute("y", String(y));
  element.setAttribute("width", String(width));
  element.setAttribute("height", String(Math.max(0, height)));
  element.setAttribute("class", className);
  return element;
}
