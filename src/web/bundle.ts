/** Bundles the explorer page (TypeScript + CSS + npm packages) in memory with esbuild. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const APP_DIR = fileURLToPath(new URL("./app/", import.meta.url));

/** One served file: its bytes, content type and a strong ETag. */
export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
}

/** The page: index.html plus the bundled script and stylesheet, keyed by URL path. */
export type ExplorerBundle = Map<string, Asset>;

function asset(body: Uint8Array<ArrayBuffer>, contentType: string): Asset {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, contentType, etag };
}

/** Builds the page from src/web/app; rejects with esbuild's messages when the source is broken. */
export async function bundleExplorer(): Promise<ExplorerBundle> {
  const result = await build({
    entryPoints: { explorer: `${APP_DIR}main.ts` },
    bundle: true,
    write: false,
    outdir: "/assets",
    format: "esm",
    platform: "browser",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const bundle: ExplorerBundle = new Map();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    const type = name.endsWith(".css")
      ? "text/css; charset=utf-8"
      : "text/javascript; charset=utf-8";
    bundle.set(`/assets/${name}`, asset(new Uint8Array(file.contents), type));
  }
  const html = await readFile(`${APP_DIR}index.html`);
  bundle.set("/", asset(new Uint8Array(html), "text/html; charset=utf-8"));
  return bundle;
}
