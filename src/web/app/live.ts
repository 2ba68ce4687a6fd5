/**
 * "Live": while the toggle is on, the page subscribes to stored articles (GraphQL over
 * server-sent events) and redraws the view when one names an entity drawn or seeded, so new
 * nodes and edges appear without a reload; nodes already drawn keep their places.
 */
import { readApiKey } from "./api.js";
import { graph } from "./canvas.js";
import { byId } from "./dom.js";
import { refresh } from "./drawing.js";
import { showBanner } from "./overlays.js";
import { session } from "./session.js";

const ARTICLE_INGESTED = `subscription ExplorerLive {
  articleIngested { article { id title } entities { id } }
}`;

/** One stored article as the subscription reports it. */
interface ArticleIngested {
  article: { id: string; title: string | null };
  entities: { id: string }[];
}

/** Articles stored within this window are drawn with one redraw. */
const REDRAW_DELAY_MS = 250;
/** Waits before re-subscribing after the stream broke (a restart, a proxy timeout). */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** What the toggle and the browser tests read: on or off, connected, articles heard. */
export const live = { on: false, connected: false, heard: 0, redraws: 0 };

let controller: AbortController | undefined;
let redrawTimer: ReturnType<typeof setTimeout> | undefined;
let pendingTitles: string[] = [];

/** Whether the article names anything the view shows or is built around. */
function touchesView(event: ArticleIngested): boolean {
  const seeds = new Set(session.state.seeds);
  if (session.state.path) for (const end of session.state.path) seeds.add(end);
  return event.entities.some(
    (entity) => seeds.has(entity.id) || graph.cy.getElementById(entity.id).nonempty(),
  );
}

function scheduleRedraw(title: string | null): void {
  if (title) pendingTitles.push(title);
  clearTimeout(redrawTimer);
  redrawTimer = setTimeout(() => {
    const titles = pendingTitles;
    pendingTitles = [];
    live.redraws += 1;
    void refresh({ keepPlaces: true });
    showBanner(
      titles.length === 1
        ? `New article: ${titles[0]}`
        : `${titles.length || "New"} articles touch this view`,
    );
  }, REDRAW_DELAY_MS);
}

function handle(event: ArticleIngested): void {
  live.heard += 1;
  if (session.boot) session.boot.articleCount += 1;
  if (touchesView(event)) scheduleRedraw(event.article.title);
}

/** Reads `event: next` blocks of a server-sent event stream and hands over their data. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onData: (data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
      const lines = block.split("\n");
      if (!lines.includes("event: next")) continue;
      const data = lines
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      if (data) onData(data);
    }
  }
}

/** Subscribes until switched off, subscribing again with backoff when the stream breaks. */
async function run(abort: AbortController): Promise<void> {
  let retry = FIRST_RETRY_MS;
  while (!abort.signal.aborted) {
    try {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        accept: "text/event-stream",
      };
      const key = readApiKey();
      if (key) headers.authorization = `Bearer ${key}`;
      // fetch, not EventSource: EventSource cannot send the Authorization header.
      const response = await fetch("/graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({ query: ARTICLE_INGESTED }),
        signal: abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      live.connected = true;
      retry = FIRST_RETRY_MS;
      byId("live-toggle").dataset.connected = "true";
      await readEvents(response.body, (data) => {
        const result = JSON.parse(data) as {
          data?: { articleIngested: ArticleIngested };
          errors?: { message: string }[];
        };
        if (result.data) handle(result.data.articleIngested);
        else if (result.errors?.[0]) showBanner(`Live updates: ${result.errors[0].message}`);
      });
    } catch {
      // Aborted (switched off), or the server went away: try again below unless switched off.
    }
    live.connected = false;
    delete byId("live-toggle").dataset.connected;
    if (abort.signal.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, retry));
    retry = Math.min(retry * 2, MAX_RETRY_MS);
  }
}

function setLive(on: boolean): void {
  live.on = on;
  byId("live-toggle").setAttribute("aria-pressed", String(on));
  controller?.abort();
  controller = undefined;
  if (on) {
    controller = new AbortController();
    void run(controller);
  }
}

/** Wires the "Live" toggle in the top bar. */
export function wireLive(): void {
  byId("live-toggle").addEventListener("click", () => setLive(!live.on));
}
