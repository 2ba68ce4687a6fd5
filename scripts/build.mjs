#!/usr/bin/env node
// Compiles src/ and db/ to dist/ with tsc, copies the files the code reads at run time beside
// the compiled modules (models, samples, the explorer's browser sources, which esbuild bundles
// on the server's first request), and writes dist/BUILT last: bin/kg.mjs runs dist only when
// that stamp is newer than every source file, and the TypeScript through tsx otherwise.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist");
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compile = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
if (compile.status !== 0) {
  console.error("build failed: tsc reported errors (see above); dist/ left without its stamp");
  process.exit(1);
}

/** Copies every file under src/ that is not TypeScript (nor the tsx worker shim). */
function copyAssets(relative) {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const from = path.join(relative, entry.name);
    if (entry.isDirectory()) copyAssets(from);
    else if (!/\.(ts|mjs)$/.test(entry.name)) {
      mkdirSync(path.join(dist, relative), { recursive: true });
      cpSync(path.join(root, from), path.join(dist, from));
    }
  }
}
copyAssets("src");
cpSync(path.join(root, "src/web/app"), path.join(dist, "src/web/app"), { recursive: true });

// The CLI as one ES module graph (dist/cli/main.js and its chunks): Node then reads a few dozen
// files at start instead of several hundred (kg serve's start-up was mostly module loading).
// Each command stays its own chunk, loaded when it runs. Code that finds files beside itself
// (models, samples, migrations, worker entry points) keeps finding them under dist/src: every
// `import.meta.url` of our modules is rewritten to that module's place in the tsc output.
// Packages that locate their own files or load plugins at run time stay outside the bundle.
const EXTERNAL = ["esbuild", "graphile-worker", "@electric-sql/*", "typescript", "tsx"];
const bundleDir = path.join(dist, "cli");
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => {
      const source = readFileSync(args.path, "utf8");
      const relative = path.relative(bundleDir, args.path).split(path.sep).join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
        ),
        loader: "js",
      };
    });
  },
};
const esbuild = await import("esbuild");
await esbuild.build({
  entryPoints: [path.join(dist, "src/cli/main.js")],
  outdir: bundleDir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  plugins: [keepModuleUrls],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as kgCreateRequire } from "node:module"; const require = kgCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});

writeFileSync(path.join(dist, "BUILT"), `${new Date().toISOString()}\n`);
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
