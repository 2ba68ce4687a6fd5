/** What the explorer's parts share: the view state, the server's boot data, the page's frame. */
import type { Boot } from "./api.js";
import { byId } from "./dom.js";
import { formatState, parseState, type ViewState } from "./state.js";

/** The view state (mirrored in the URL) and the boot data; every part reads and replaces them here. */
export const session: { state: ViewState; boot: Boot | undefined } = {
  state: parseState(location.search),
  boot: undefined,
};

/** The message layer over the graph canvas. */
export const overlay = byId("overlay");
/** The line under the canvas that counts what is drawn. */
export const statusbar = byId("statusbar");
/** The side panel: details of the selection. */
export const panel = byId("panel");
/** The canvas's container, where banners go. */
export const canvas = byId("cy").parentElement as HTMLElement;

/** Whether the view is settled, and how many views have finished (read by the browser tests). */
export const readiness = { ready: false, renders: 0 };

/** Marks the view busy or settled, for the browser tests and the `data-ready` attribute. */
export function markReady(ready: boolean): void {
  readiness.ready = ready;
  if (ready) readiness.renders += 1;
  document.body.dataset.ready = String(ready);
}

/** "1 entity", "3 entities". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Puts the state into the URL, as a new history entry or in place of the current one. */
export function writeUrl(mode: "push" | "replace"): void {
  const url = `${location.pathname}${formatState(session.state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}
