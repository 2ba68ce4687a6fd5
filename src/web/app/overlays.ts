/** Messages over the canvas: start hints, errors, the API-key prompt, banners. */
import { ApiError, gql, saveApiKey, UnreachableError } from "./api.js";
import { graph } from "./canvas.js";
import { colorOf } from "./colors.js";
import { h } from "./dom.js";
import { openEntity } from "./navigation.js";
import { canvas, markReady, overlay, plural, session } from "./session.js";
import { start } from "./startup.js";

/** Covers the canvas with a message. */
export function showOverlay(kind: "info" | "error", ...children: (Node | string)[]): void {
  overlay.className = `overlay ${kind}`;
  overlay.replaceChildren(...children);
  overlay.hidden = false;
}

/** Removes the message over the canvas. */
export function hideOverlay(): void {
  overlay.hidden = true;
  overlay.replaceChildren();
}

let bannerTimer: ReturnType<typeof setTimeout> | undefined;
/** Shows a short message over the canvas for a few seconds. */
export function showBanner(text: string): void {
  canvas.querySelector(".banner")?.remove();
  const banner = h("div", { class: "banner", role: "alert" }, text);
  canvas.append(banner);
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => banner.remove(), 8000);
}

/** Says the server cannot be reached, with a button to try again. */
export function showUnreachable(): void {
  markReady(true);
  showOverlay(
    "error",
    h("h2", {}, "Can’t reach the server"),
    h(
      "p",
      {},
      `The explorer could not reach the knowledge-graph service at ${location.origin}. Is `,
      h("code", {}, "kg serve"),
      " (or ",
      h("code", {}, "npm start"),
      ") running?",
    ),
    h("button", { type: "button", onclick: () => void start() }, "Try again"),
  );
}

/** Asks for the API key a protected server wants. */
export function showKeyPrompt(): void {
  markReady(true);
  const input = h("input", { type: "password", placeholder: "API key", "aria-label": "API key" });
  showOverlay(
    "error",
    h("h2", {}, "An API key is required"),
    h(
      "p",
      {},
      "This server only answers readers with a key (KG_API_KEYS). It stays in this tab only.",
    ),
    h(
      "form",
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          saveApiKey(input.value.trim());
          void start();
        },
      },
      input,
      " ",
      h("button", { type: "submit" }, "Use key"),
    ),
  );
}

/** Shows a failure in the right place: unreachable and auth take the canvas, the rest a banner. */
export function reportError(error: unknown): void {
  console.error(error);
  if (error instanceof UnreachableError) showUnreachable();
  else if (error instanceof ApiError && error.code === "UNAUTHENTICATED") showKeyPrompt();
  else showBanner(error instanceof Error ? error.message : String(error));
}

/** The empty view: how many entities there are, and the most mentioned ones to start from. */
export async function showStart(): Promise<void> {
  const chips = h("div", { class: "chips" });
  showOverlay(
    "info",
    h("h2", {}, "Search for an entity to start"),
    h(
      "p",
      { class: "muted" },
      `${plural(session.boot?.entityCount ?? 0, "entity", "entities")} and ${plural(session.boot?.relationCount ?? 0, "relation")} from ${plural(session.boot?.articleCount ?? 0, "article")}. Type a name above, or pick one:`,
    ),
    chips,
  );
  try {
    const data = await gql<{
      entities: {
        edges: { node: { id: string; name: string; type: string; mentionCount: number } }[];
      };
    }>(
      "query ExplorerTop { entities(first: 100) { edges { node { id name type mentionCount } } } }",
    );
    const top = data.entities.edges
      .map((edge) => edge.node)
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, 10);
    chips.replaceChildren(
      ...top.map((entity) =>
        h(
          "button",
          { type: "button", onclick: () => openEntity(entity.id, entity.name) },
          h("span", { class: "dot", style: `background:${colorOf(entity.type)}` }),
          ` ${entity.name}`,
        ),
      ),
    );
  } catch {
    // The chips are a convenience; the search box still works.
  }
}

/** Tells a user with an empty graph how to ingest articles. */
export function showEmptyGraph(): void {
  markReady(true);
  void graph.show([], [], []);
  showOverlay(
    "info",
    h("h2", {}, "No articles yet"),
    h("p", {}, "The graph is empty. Ingest an article and reload this page:"),
    h("p", {}, h("code", {}, "npm run kg -- ingest path/to/article.txt")),
    h(
      "p",
      { class: "muted" },
      "or send the ",
      h("code", {}, "ingestArticle"),
      " mutation from ",
      h("a", { href: "/graphql" }, "GraphiQL"),
      ". Text, Markdown, HTML and JSON articles are read.",
    ),
  );
}
