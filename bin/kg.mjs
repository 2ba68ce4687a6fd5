#!/usr/bin/env node
// Runs the compiled CLI from dist/ (built by `npm run build`, which `npm install` runs through
// `prepare`), so `kg` starts without compiling anything. When a source file is newer than the
// build (a checkout or an edit since), it runs the TypeScript through tsx instead and says so
// once, so a developer never runs stale code.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildState } from "./build-stamp.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const state = buildState(root);
// KG_FROM_SOURCES=1 runs the TypeScript through tsx even with a fresh build (bench:startup).
const fresh = process.env.KG_FROM_SOURCES !== "1" && state === "fresh";
if (fresh) {
  // The bundled CLI (scripts/build.mjs); the module tree beside it serves workers and assets.
  await import(
    existsSync(`${root}dist/cli/main.js`) ? "../dist/cli/main.js" : "../dist/src/cli/main.js"
  );
} else {
  // Benchmarks measure the compiled CLI: a stale build would time tsx instead, and say nothing.
  if (process.env.KG_REQUIRE_BUILD === "1") {
    console.error(
      "kg: KG_REQUIRE_BUILD=1, but dist/ is missing or older than the sources: run npm run build",
    );
    process.exit(2);
  }
  if (process.env.KG_QUIET_DEV !== "1") {
    console.error(
      state === "missing"
        ? "kg: no build in dist/, running the TypeScript sources (npm run build starts faster)"
        : "kg: sources changed since the last build, running them through tsx (npm run build)",
    );
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
