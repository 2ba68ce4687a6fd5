/**
 * Graph query latency on the synthetic graph (bench/graph/generate.ts) in Postgres: p50 and p99
 * of four GraphQL queries answered in process by the real app (parse, validate, cost check,
 * resolvers, SQL), each over a few hundred different inputs, against issue 15's p99 targets.
 *
 *   npm run bench:graph                 # generate kg_bench (≈2 min), then measure
 *   npx tsx bench/graph/query-latency.ts --reuse   # measure an existing kg_bench
 *   npx tsx bench/graph/query-latency.ts --reuse --only subgraph   # one scenario, nothing saved
 *   npx tsx bench/graph/query-latency.ts --reuse --compare /tmp/base   # A/B against another checkout
 *
 * `--compare <dir>` loads a second copy of the app from `<dir>/src` (a checkout of another
 * version, e.g. `git archive main src db | tar -x -C /tmp/base` with node_modules linked in) and
 * runs both on every input, alternating in random order, so load on a shared machine falls on
 * both alike; their answers must be the same JSON. Written to graph-latency.compare.{json,md}.
 */

import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { loadConfig } from "../../src/config.js";
// Loaded by openVersion, whose import also sets the app's type parsers (dates stay strings).
import type { preparingPool } from "../../src/db/database.js";
import type { DB } from "../../src/db/schema.js";
import type { createApp } from "../../src/graphql/yoga.js";
import { describeMachine } from "../lib/machine.js";
import { databaseUrl } from "../lib/postgres.js";
import { saveResult } from "../lib/results.js";
import { percentile, round } from "../lib/stats.js";
import { type Cell, formatTable } from "../lib/table.js";
import { createRandom, type GeneratedGraphSummary, generateGraph } from "./generate.js";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "kg_bench" },
    reuse: { type: "boolean", default: false },
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    samples: { type: "string", default: "300" },
    warmup: { type: "string", default: "30" },
    only: { type: "string" },
    compare: { type: "string" },
  },
});
const SAMPLES = Number(values.samples);
const WARMUP = Number(values.warmup);

interface Scenario {
  name: string;
  targetP99Ms: number;
  query: string;
  variables: Record<string, unknown>[];
  /** Checks one answer, so a fast wrong answer never counts. */
  check: (data: any) => void;
}

const globalId = (id: number) => Buffer.from(`Entity:${id}`).toString("base64");

let generated: GeneratedGraphSummary | null = null;
if (!values.reuse) {
  process.stderr.write(
    `generating ${values.entities} entities and ${values.relations} relations into ${values.db}…\n`,
  );
  generated = await generateGraph({
    entities: Number(values.entities),
    relations: Number(values.relations),
    database: values.db as string,
  });
  process.stderr.write(`${JSON.stringify(generated)}\n`);
}

const config = loadConfig({});

/** One version of the app under test, with a log of its statements' durations. */
interface Version {
  label: string;
  app: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response };
  db: Kysely<DB>;
  statementMs: number[];
}

/** The app as `sources` (a src/ folder) builds it, on its own pool with the app's settings. */
async function openVersion(label: string, sources: string): Promise<Version> {
  const { preparingPool: preparing } = (await import(
    pathToFileURL(path.join(sources, "db/database.ts")).href
  )) as { preparingPool: typeof preparingPool };
  const { createApp: create } = (await import(
    pathToFileURL(path.join(sources, "graphql/yoga.ts")).href
  )) as { createApp: typeof createApp };
  const statementMs: number[] = [];
  // The app's pool settings (see src/db/database.ts), plus a log of each statement's duration.
  const pool = new pg.Pool({
    connectionString: databaseUrl(values.db as string),
    max: 10,
    statement_timeout: config.statementTimeoutMs,
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: preparing(pool) }),
    log: (event) => {
      if (event.level === "query") statementMs.push(event.queryDurationMillis);
    },
  });
  const app = create({ db, config: { ...config, loadSample: false }, databaseKind: "postgres" });
  return { label, app, db, statementMs };
}

const current = await openVersion("this", fileURLToPath(new URL("../../src/", import.meta.url)));
const versions = [current];
if (values.compare) {
  const other = path.resolve(values.compare);
  versions.unshift(await openVersion(path.basename(other), path.join(other, "src")));
}
const db = current.db;
const random = createRandom(7);

async function gql(
  version: Version,
  query: string,
  variables: Record<string, unknown>,
): Promise<any> {
  const response = await version.app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data;
}

// Inputs, drawn once from the generated graph.
const counts = await sql<{ entities: number; relations: number; max_degree: number }>`
  select (select count(*)::int from entities) as entities, (select count(*)::int from relations) as relations,
         (select max(c)::int from (select count(*) c from (select subject_id id from relations union all select object_id from relations) x group by id) d) as max_degree`.execute(
  db,
);
const degreeRows = await sql<{ id: number; degree: number }>`
  select id, count(*)::int as degree from (select subject_id id from relations union all select object_id from relations) x
   group by id`.execute(db);
const withFifty = degreeRows.rows.filter((row) => row.degree === 50).map((row) => row.id);
const ordinary = degreeRows.rows
  .filter((row) => row.degree >= 5 && row.degree <= 200)
  .map((row) => row.id);
const choose = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

async function randomWalkPair(): Promise<{ from: number; to: number; hops: number }> {
  for (;;) {
    const from = choose(ordinary);
    const hops = 2 + Math.floor(random() * 3);
    let current = from;
    const visited = new Set([from]);
    for (let step = 0; step < hops; step++) {
      const { rows } = await sql<{ other: number }>`
        (select object_id as other from relations where subject_id = ${current} order by id limit 30)
        union all (select subject_id from relations where object_id = ${current} order by id limit 30)`.execute(
        db,
      );
      const options = rows.map((row) => row.other).filter((id) => !visited.has(id));
      if (options.length === 0) break;
      current = choose(options);
      visited.add(current);
    }
    if (current !== from) return { from, to: current, hops };
  }
}
const pairs = [];
for (let i = 0; i < SAMPLES; i++) pairs.push(await randomWalkPair());

const nameRows = await sql<{
  name: string;
}>`select name from entities where type = 'PERSON' order by id limit 20000`.execute(db);
/** A realistic typo: one character dropped or two swapped. */
function typo(name: string): string {
  const at = 1 + Math.floor(random() * (name.length - 2));
  return random() < 0.5
    ? name.slice(0, at) + name.slice(at + 1)
    : name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}
const typos = Array.from({ length: SAMPLES }, () => {
  const name = choose(nameRows.rows).name;
  return { name, query: typo(name) };
});

const scenarios: Scenario[] = [
  {
    name: "entity with 50 relations",
    targetP99Ms: 8,
    query: `query($id: ID!) { entity(id: $id) { name type relations(first: 50) { edges { node { id type confidence subject { name } object { name } } } } } }`,
    variables: Array.from({ length: SAMPLES }, () => ({ id: globalId(choose(withFifty)) })),
    check: (data) => {
      if (data.entity.relations.edges.length !== 50) throw new Error("expected 50 relations");
    },
  },
  {
    name: "2-hop subgraph, ≤ 500 nodes",
    targetP99Ms: 40,
    query: `query($id: ID!) { entity(id: $id) { neighbors(depth: 2, limit: 500) {
      nodes { id label type size degree mentionCount depth } edges { id source target type weight label evidenceCount } truncated } } }`,
    variables: Array.from({ length: SAMPLES }, () => ({ id: globalId(choose(ordinary)) })),
    check: (data) => {
      const graph = data.entity.neighbors;
      if (graph.nodes.length > 500 || graph.nodes.length < 2)
        throw new Error(`bad node count ${graph.nodes.length}`);
    },
  },
  {
    name: "shortest path, length ≤ 4",
    targetP99Ms: 50,
    query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 4) { length nodes { id label } edges { edge { id type weight } } } }`,
    variables: pairs.map((pair) => ({ from: globalId(pair.from), to: globalId(pair.to) })),
    check: (data) => {
      if (!data.shortestPath || data.shortestPath.length > 4)
        throw new Error("expected a path of ≤ 4 hops");
    },
  },
  {
    name: "fuzzy search (one typo)",
    targetP99Ms: 15,
    query: `query($q: String!) { searchEntities(query: $q, first: 10) { entity { id name type } score matchedBy } }`,
    variables: typos.map((item) => ({ q: item.query })),
    check: (data) => {
      if (data.searchEntities.length === 0) throw new Error("no hits");
    },
  },
];

/** Timings of one version on one scenario. */
interface Samples {
  times: number[];
  sqlTimes: number[];
  statementCounts: number[];
  /** This process's CPU time per request (user + system): Node's share, steadier than wall time under load. */
  cpuTimes: number[];
  failures: number;
  notes: string[];
}

async function measure(
  version: Version,
  scenario: Scenario,
  samples: Samples,
  variables: Record<string, unknown>,
) {
  version.statementMs.length = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const data = await gql(version, scenario.query, variables);
  samples.times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  samples.cpuTimes.push((used.user + used.system) / 1000);
  samples.sqlTimes.push(version.statementMs.reduce((total, ms) => total + ms, 0));
  samples.statementCounts.push(version.statementMs.length);
  try {
    scenario.check(data);
  } catch (error) {
    samples.failures += 1;
    if (samples.notes.length < 3)
      samples.notes.push(`${(error as Error).message} for ${JSON.stringify(variables)}`);
  }
  return data;
}

const selected = scenarios.filter(
  (scenario) => !values.only || scenario.name.includes(values.only as string),
);
const loadAtStart = os.loadavg()[0]!;
const rows: Cell[][] = [];
const results: object[] = [];
let mismatches = 0;
for (const scenario of selected) {
  for (let i = 0; i < WARMUP; i++)
    for (const version of versions)
      await gql(version, scenario.query, scenario.variables[i % scenario.variables.length]!);
  const byVersion = versions.map(
    (): Samples => ({
      times: [],
      sqlTimes: [],
      statementCounts: [],
      cpuTimes: [],
      failures: 0,
      notes: [],
    }),
  );
  for (const variables of scenario.variables) {
    // Both versions on the same input, in random order: a burst of load hits either alike.
    const order = versions.length > 1 && random() < 0.5 ? [1, 0] : versions.map((_, i) => i);
    const answers: unknown[] = [];
    for (const index of order)
      answers[index] = await measure(versions[index]!, scenario, byVersion[index]!, variables);
    if (answers.length > 1 && !isDeepStrictEqual(answers[0], answers[1])) {
      mismatches += 1;
      if (mismatches <= 3)
        process.stderr.write(
          `different answers for ${scenario.name} ${JSON.stringify(variables)}\n`,
        );
    }
  }
  versions.forEach((version, index) => {
    const { times, sqlTimes, statementCounts, cpuTimes, failures, notes } = byVersion[index]!;
    const cpuP50 = round(percentile(cpuTimes, 50));
    const p50 = round(percentile(times, 50));
    const p99 = round(percentile(times, 99));
    const met = p99 <= scenario.targetP99Ms;
    const sqlP50 = round(percentile(sqlTimes, 50));
    const sqlP99 = round(percentile(sqlTimes, 99));
    const statements = percentile(statementCounts, 50);
    const name = versions.length > 1 ? `${scenario.name} (${version.label})` : scenario.name;
    results.push({
      scenario: scenario.name,
      ...(versions.length > 1 ? { version: version.label } : {}),
      samples: times.length,
      p50Ms: p50,
      p99Ms: p99,
      maxMs: round(Math.max(...times)),
      sqlP50Ms: sqlP50,
      sqlP99Ms: sqlP99,
      nodeCpuP50Ms: cpuP50,
      statements,
      targetP99Ms: scenario.targetP99Ms,
      met,
      failures,
      notes,
    });
    rows.push([
      name,
      times.length,
      p50,
      p99,
      round(Math.max(...times)),
      sqlP50,
      sqlP99,
      cpuP50,
      statements,
      `≤ ${scenario.targetP99Ms}`,
      met ? "met" : "**missed**",
      failures,
    ]);
    process.stderr.write(
      `${name}: p50 ${p50} ms, p99 ${p99} ms, SQL p50 ${sqlP50} ms, Node CPU p50 ${cpuP50} ms (target ${scenario.targetP99Ms}) ${failures ? `${failures} failed checks` : ""}\n`,
    );
  });
}

const machine = await describeMachine();
const graph = counts.rows[0]!;
const compared = versions.length > 1;
const markdown = `${formatTable(["query", "samples", "p50 ms", "p99 ms", "max ms", "SQL p50 ms", "SQL p99 ms", "Node CPU p50 ms", "statements", "target p99 ms", "", "failed checks"], rows)}

- Graph: ${graph.entities.toLocaleString("en-US")} entities, ${graph.relations.toLocaleString("en-US")} relations (largest hub: ${graph.max_degree.toLocaleString("en-US")} relations; ${withFifty.length} entities with exactly 50)${generated ? `, generated in ${generated.seconds} s` : ""}.
- Each query through the real GraphQL app in process (\`app.fetch\`: parse, validation, cost limit, resolvers, SQL over one pg pool), sequentially, ${WARMUP} warm-up calls then ${SAMPLES} timed calls with different inputs.${compared ? ` Two versions, \`${versions[0]!.label}\` and \`${current.label}\` (this checkout), each on every input in random order; answers that differed: ${mismatches}.` : ""}
- SQL ms: the summed durations of the request's statements as the pg client saw them (round trips included); the rest is GraphQL execution in Node. Node CPU: this process's CPU time per request (user + system, so the pg client's parsing and GC too; not Postgres's), which other load on the machine barely changes. statements: per request, median.
- Load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (other work on the machine competes for the CPU and widens p99).
- Inputs: random entities with exactly 50 relations; random seeds with 5–200 relations for the 2-hop subgraph (hubs are reached at hop 2, so most answers hit the 500-node cap and say \`truncated\`); endpoints of random 2–4-step walks for shortest paths; person names with one character dropped or two swapped for fuzzy search.
- Command: \`npm run bench:graph\` (or \`npx tsx bench/graph/query-latency.ts --reuse\` on an existing \`kg_bench\`${compared ? "; here with `--compare <checkout>`" : ""}).`;
if (values.only) process.stdout.write(`\n${markdown}\n(--only: not saved)\n`);
else
  saveResult(
    compared ? "graph-latency.compare" : "graph-latency",
    machine,
    { graph, generated, samples: SAMPLES, warmup: WARMUP, mismatches, results },
    markdown,
  );
for (const version of versions) await version.db.destroy();
if (mismatches > 0) process.exitCode = 1;
