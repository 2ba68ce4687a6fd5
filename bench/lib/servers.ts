/**
 * Servers under test, each its own process: `kg serve`, and PostGraphile v5 for the side-by-side
 * comparison, installed on demand into a scratch folder outside the repository.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KG = fileURLToPath(new URL("../../bin/kg.mjs", import.meta.url));

/** A server process the benchmark started and must stop. */
export interface StartedServer {
  name: string;
  url: string;
  child: ChildProcess;
  pid: number;
  startSeconds: number;
}

/** Spawns a server and resolves once a stdout line matches `ready` (its first group: the URL). */
async function spawnUntilReady(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs: number },
): Promise<StartedServer> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise<StartedServer>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${name} did not start: ${reason}\n${output.slice(-800)}`));
    };
    const timer = setTimeout(
      () => fail(`no ready line after ${options.timeoutMs / 1000} s`),
      options.timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({
          name,
          url: match[1] as string,
          child,
          pid: child.pid,
          startSeconds: (performance.now() - started) / 1000,
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => fail(`exited with ${code}`));
    child.once("error", (error) => fail(String(error)));
  });
}

/** Starts `kg serve` on a free port over `db` (a PGlite folder or a postgres:// URL). */
export function startKgServe(db: string, env: NodeJS.ProcessEnv = {}): Promise<StartedServer> {
  return spawnUntilReady(
    "kg serve",
    process.execPath,
    [KG, "serve", "--db", db, "--port", "0", "--no-sample"],
    {
      cwd: ROOT,
      // NODE_ENV=production as PostGraphile gets below (graphql-js then skips its development checks).
      env: {
        ...process.env,
        DATABASE_URL: "",
        KG_API_KEYS: "",
        NODE_ENV: "production",
        // The compiled server or nothing: through tsx it starts slower and holds ~100 MB more.
        KG_REQUIRE_BUILD: "1",
        ...env,
      },
      // "  GraphQL + GraphiQL: http://127.0.0.1:41234/graphql"
      ready: /GraphQL[^\n]*?(http:\/\/\S+\/graphql)/,
      timeoutMs: 120_000,
    },
  );
}

/**
 * The PostGraphile release compared against. v5 final requires Node ≥ 22; 5.0.0-rc.3 is the last
 * v5 release whose `engines` allow Node 20 (its dependencies resolve to releases that do too).
 */
export const POSTGRAPHILE_VERSION = "5.0.0-rc.3";

/** Where PostGraphile is installed: outside the repository, so it never enters package.json. */
export const POSTGRAPHILE_DIR =
  process.env.BENCH_POSTGRAPHILE_DIR ?? path.join(os.tmpdir(), "kg-bench-postgraphile");

/** PostGraphile v5 with the Amber preset over DATABASE_URL; prints "listening <url>" when ready. */
const POSTGRAPHILE_SERVER = `// Written by bench/lib/servers.ts: PostGraphile v5 (Amber preset) for bench:query.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: "/graphql", graphiql: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
await pgl.getSchema();
server.listen(0, "127.0.0.1", () => console.log("listening http://127.0.0.1:" + server.address().port + "/graphql"));
const stop = async () => { server.close(); await pgl.release(); process.exit(0); };
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
`;

/** PostGraphile ready to run, or why not. */
export type PostgraphileInstall =
  | { ok: true; dir: string; version: string }
  | { ok: false; reason: string };

function installedVersion(dir: string): string | undefined {
  try {
    const file = path.join(dir, "node_modules", "postgraphile", "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure PostGraphile is installed in POSTGRAPHILE_DIR, running `npm install` there the first
 * time (needs the npm registry; set BENCH_NO_INSTALL=1 to forbid it).
 */
export function ensurePostgraphile(): PostgraphileInstall {
  const dir = POSTGRAPHILE_DIR;
  if (installedVersion(dir) !== POSTGRAPHILE_VERSION) {
    if (process.env.BENCH_NO_INSTALL) {
      return {
        ok: false,
        reason: `postgraphile@${POSTGRAPHILE_VERSION} is not installed in ${dir} and BENCH_NO_INSTALL is set`,
      };
    }
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, "package.json"))) {
      writeFileSync(
        path.join(dir, "package.json"),
        '{ "name": "kg-bench-postgraphile", "private": true, "type": "module" }\n',
      );
    }
    process.stderr.write(`installing postgraphile@${POSTGRAPHILE_VERSION} into ${dir}…\n`);
    const npm = spawnSync(
      "npm",
      ["install", "--no-audit", "--no-fund", `postgraphile@${POSTGRAPHILE_VERSION}`],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    if (npm.status !== 0 || installedVersion(dir) !== POSTGRAPHILE_VERSION) {
      return {
        ok: false,
        reason: `npm install postgraphile@${POSTGRAPHILE_VERSION} failed: ${(npm.stderr ?? String(npm.error)).slice(-300)}`,
      };
    }
  }
  writeFileSync(path.join(dir, "server.mjs"), POSTGRAPHILE_SERVER);
  return { ok: true, dir, version: POSTGRAPHILE_VERSION };
}

/** Versions of PostGraphile's engine packages as installed, for the result file. */
export function postgraphileVersions(dir: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of ["postgraphile", "grafast", "grafserv", "@dataplan/pg", "graphile-build-pg"]) {
    try {
      const file = path.join(dir, "node_modules", name, "package.json");
      versions[name] = (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    } catch {
      // not installed under that name: leave it out
    }
  }
  return versions;
}

/** Starts PostGraphile over a Postgres database. */
export function startPostgraphile(dir: string, databaseUrl: string): Promise<StartedServer> {
  return spawnUntilReady("PostGraphile", process.execPath, ["server.mjs"], {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GRAPHILE_ENV: "production",
      NODE_ENV: "production",
    },
    ready: /listening (http:\/\/\S+\/graphql)/,
    timeoutMs: 120_000,
  });
}
