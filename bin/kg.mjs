#!/usr/bin/env node
// Runs the compiled CLI from dist/ (built by `npm run build`, which `npm install` runs through
// `prepare`), so `kg` starts without compiling anything. When a source file is newer than the
// build (a checkout or an edit since), it runs the TypeScript through tsx instead and says so
// once, so a developer never runs stale code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function builtAt() {
  try {
    return statSync(`${root}dist/BUILT`).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when some file under the folder changed after `since` (a missing folder has none). */
function changedSince(folder, since) {
  if (!existsSync(folder)) return false;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(file, since) : statSync(file).mtimeMs > since)
      return true;
  }
  return false;
}

const built = builtAt();
// KG_FROM_SOURCES=1 runs the TypeScript through tsx even with a fresh build (bench:startup).
const fresh =
  process.env.KG_FROM_SOURCES !== "1" &&
  built !== undefined &&
  !changedSince(`${root}src`, built) &&
  !changedSince(`${root}db`, built);
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
      built === undefined
        ? "kg: no build in dist/, running the TypeScript sources (npm run build starts faster)"
        : "kg: sources changed since the last build, running them through tsx (npm run build)",
    );
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
