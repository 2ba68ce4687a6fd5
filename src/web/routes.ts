/** The yoga plugin that serves the graph explorer at `/` and its assets at `/assets/*`. */
import type { Plugin } from "graphql-yoga";
import { bundleExplorer, type ExplorerBundle } from "./bundle.js";

// One bundle per process, built on the first request: every app in the process shares it, and
// a server that never serves the page (tests, API-only use) never pays for esbuild.
let pending: Promise<ExplorerBundle> | undefined;

function loadBundle(): Promise<ExplorerBundle> {
  pending ??= bundleExplorer().catch((error: unknown) => {
    pending = undefined; // a fixed source file is picked up on the next request
    throw error;
  });
  return pending;
}

function isExplorerPath(pathname: string): boolean {
  return pathname === "/" || pathname === "/index.html" || pathname.startsWith("/assets/");
}

/** Serves the explorer page; every other path falls through to the next plugin. */
export function useExplorer(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // The server adapter's Response class, as useRoutes uses, whatever fetch the runtime has.
      const { Response } = fetchAPI;
      if (!isExplorerPath(url.pathname)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new Response("method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }),
        );
        return;
      }
      let bundle: ExplorerBundle;
      try {
        bundle = await loadBundle();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        endResponse(
          new Response(`the explorer page failed to build:\n${message}\n`, { status: 500 }),
        );
        return;
      }
      const asset = bundle.get(url.pathname === "/index.html" ? "/" : url.pathname);
      if (!asset) {
        endResponse(new Response("not found", { status: 404 }));
        return;
      }
      const headers = {
        "content-type": asset.contentType,
        etag: asset.etag,
        "cache-control": "no-cache",
      };
      if (request.headers.get("if-none-match") === asset.etag) {
        endResponse(new Response(null, { status: 304, headers }));
        return;
      }
      endResponse(
        new Response(request.method === "HEAD" ? null : asset.body, { status: 200, headers }),
      );
    },
  };
}
