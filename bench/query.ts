/**
 * `npm run bench:query`: `kg serve` over the large synthetic graph (bench/graph/generate.ts),
 * loaded by autocannon at fixed connections for a fixed time, for each query of the graph-queries
 * issue; PostGraphile v5 over the same database for the nearest equivalent query (an entity by id
 * with its first 50 relations and their other ends), interleaved with ours in the same run; and
 * server memory idle and under load, on Postgres and on PGlite.
 *
 * Options: --entities N --relations N (graph size), --keep (leave the database for a rerun),
 * --reuse (use a kept database), --connections N, --duration S, --pglite-relations N (how much of
 * the graph to copy into PGlite), --skip-pglite, --skip-postgraphile.
 * Env: BENCH_POSTGRES_URL, BENCH_POSTGRAPHILE_DIR, BENCH_NO_INSTALL.
 */
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { createRandom, type GeneratedGraphSummary, generateGraph } from "./graph/generate.js";
import { type CopiedGraph, copyGraphToPglite } from "./lib/copy-graph.js";
import { type LoadResult, postGraphql, runGraphqlLoad } from "./lib/load.js";
import { describeMachine } from "./lib/machine.js";
import { databaseUrl, dropScratchDatabase } from "./lib/postgres.js";
import { readRssMb, stopChild } from "./lib/processes.js";
import { saveResult } from "./lib/results.js";
import {
  ensurePostgraphile,
  type PostgraphileInstall,
  postgraphileVersions,
  type StartedServer,
  startKgServe,
  startPostgraphile,
} from "./lib/servers.js";
import { median, round } from "./lib/stats.js";
import { formatTable } from "./lib/table.js";

const { values: options } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "1000000" },
    database: { type: "string", default: "kg_bench_query" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    "comparison-rounds": { type: "string", default: "2" },
    "pglite-relations": { type: "string", default: "100000" },
    "skip-pglite": { type: "boolean", default: false },
    "skip-postgraphile": { type: "boolean", default: false },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION = Number(options.duration);
const COMPARISON_ROUNDS = Number(options["comparison-rounds"]);
const INPUTS = 100;
/** Issue 15: ours / PostGraphile on the same query, same database, same run. */
const TARGET_RATIO = 1.2;
/** The PGlite part (a copy of the graph, then load) starts only before this, to end within 10 minutes. */
const PGLITE_START_BUDGET_MS = 6 * 60_000;
const TMP_DIR = fileURLToPath(new URL("./tmp/", import.meta.url));
type ScenarioKey = "search" | "entity50" | "subgraph" | "path";

/** One query and the inputs it rotates through. */
interface Scenario {
  key: ScenarioKey;
  name: string;
  query: string;
  variables: Record<string, unknown>[];
  /** Summarises the answers of the warm-up pass (e.g. how many were truncated). */
  describe: (answers: any[]) => string;
}

const entityId = (id: number) => Buffer.from(`Entity:${id}`).toString("base64");

/** The fields both servers return for "an entity with its first 50 relations and their other ends". */
const OUR_ENTITY_50 = `query($id: ID!) { entity(id: $id) { id name type
  relations(first: 50, direction: OUTGOING) { edges { node { id type confidence evidenceCount object { id name type } } } } } }`;
const POSTGRAPHILE_ENTITY_50 = `query($id: Int!) { entityByRowId(rowId: $id) { id name type
  relationsBySubjectId(first: 50, orderBy: PRIMARY_KEY_ASC) { nodes { id type confidence evidenceCount entityByObjectId { id name type } } } } }`;

/** Inputs drawn once from the graph, deterministically (md5 order, seeded walks and typos). */
async function drawInputs(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const random = createRandom(11);
    const withFifty = await client.query<{ id: number }>(
      `select subject_id as id from relations group by subject_id having count(*) >= 50
        order by md5(subject_id::text) limit ${INPUTS}`,
    );
    const ordinary = await client.query<{ id: number }>(
      `select id from (select subject_id as id from relations union all select object_id from relations) ends
        group by id having count(*) between 5 and 200 order by md5(id::text) limit ${INPUTS * 3}`,
    );
    const people = await client.query<{ name: string }>(
      `select name from entities where type = 'PERSON' order by md5(id::text) limit ${INPUTS}`,
    );
    // Path endpoints: the two ends of a random 2–4-step walk, so a path of ≤ 4 hops exists.
    const seeds = ordinary.rows.map((row) => row.id);
    const pairs: { from: number; to: number }[] = [];
    for (const from of seeds) {
      if (pairs.length >= INPUTS) break;
      let current = from;
      const visited = new Set([from]);
      const steps = 2 + Math.floor(random() * 3);
      for (let step = 0; step < steps; step++) {
        const { rows } = await client.query<{ other: number }>(
          `(select object_id as other from relations where subject_id = $1 order by id limit 20)
           union all (select subject_id from relations where object_id = $1 order by id limit 20)`,
          [current],
        );
        const next = rows.map((row) => row.other).filter((id) => !visited.has(id));
        if (next.length === 0) break;
        current = next[Math.floor(random() * next.length)] as number;
        visited.add(current);
      }
      if (current !== from) pairs.push({ from, to: current });
    }
    // "Kisinger" for "Kissinger": one character dropped or two swapped.
    const typo = (name: string) => {
      const at = 1 + Math.floor(random() * (name.length - 3));
      return random() < 0.5
        ? name.slice(0, at) + name.slice(at + 1)
        : name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2);
    };
    return {
      entity50: withFifty.rows.map((row) => row.id),
      seeds: seeds.slice(0, INPUTS),
      pairs,
      searches: people.rows.map((row) => typo(row.name)),
    };
  } finally {
    await client.end();
  }
}

function buildScenarios(inputs: Awaited<ReturnType<typeof drawInputs>>): Scenario[] {
  return [
    {
      key: "search",
      name: "searchEntities (one typo), first 10",
      query: `query($q: String!) { searchEntities(query: $q, first: 10) { score matchedBy entity { id name type mentionCount } } }`,
      variables: inputs.searches.map((q) => ({ q })),
      describe: (answers) =>
        `${answers.filter((a) => a.searchEntities.length > 0).length}/${answers.length} with hits`,
    },
    {
      key: "entity50",
      name: "entity + first 50 relations + other ends",
      query: OUR_ENTITY_50,
      variables: inputs.entity50.map((id) => ({ id: entityId(id) })),
      describe: (answers) =>
        `${answers.filter((a) => a.entity?.relations.edges.length === 50).length}/${answers.length} with 50 relations`,
    },
    {
      key: "subgraph",
      name: "subgraph, 2 hops, ≤ 500 nodes",
      query: `query($id: ID!) { subgraph(seeds: [$id], depth: 2, limit: 500) { truncated stats { nodeCount edgeCount }
        nodes { id label type size degree mentionCount } edges { id source target type weight label evidenceCount } } }`,
      variables: inputs.seeds.map((id) => ({ id: entityId(id) })),
      describe: (answers) =>
        `median ${median(answers.map((a) => a.subgraph.stats.nodeCount))} nodes, ` +
        `${answers.filter((a) => a.subgraph.truncated).length}/${answers.length} truncated`,
    },
    {
      key: "path",
      name: "shortestPath, ≤ 4 hops",
      query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 4) { length
        nodes { id label type } edges { edge { id source target type label } } } }`,
      variables: inputs.pairs.map((pair) => ({ from: entityId(pair.from), to: entityId(pair.to) })),
      describe: (answers) =>
        `${answers.filter((a) => a.shortestPath).length}/${answers.length} found, median length ` +
        `${median(answers.filter((a) => a.shortestPath).map((a) => a.shortestPath.length))}`,
    },
  ];
}

/** Sends every input once (warming caches and JIT) and summarises the answers. */
async function warmUp(url: string, scenario: Scenario): Promise<string> {
  const answers = [];
  for (const variables of scenario.variables)
    answers.push(await postGraphql(url, scenario.query, variables));
  return scenario.describe(answers);
}

/** Waits a moment, then reads the server's resident memory. */
async function idleRss(server: StartedServer): Promise<number | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return readRssMb(server.pid);
}

interface QueryRow {
  backend: "postgres" | "pglite";
  server: string;
  scenario: string;
  answers: string;
  result: LoadResult;
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  const machine = await describeMachine();
  if (machine.postgres === null)
    throw new Error("Postgres is not reachable: set BENCH_POSTGRES_URL");
  const url = databaseUrl(options.database);
  const servers: StartedServer[] = [];
  const stopAll = async () => {
    for (const server of servers.splice(0)) await stopChild(server.child);
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  const pgliteDir = `${TMP_DIR}query-pglite-${process.pid}`;

  let generated: GeneratedGraphSummary | undefined;
  let copied: CopiedGraph | undefined;
  const rows: QueryRow[] = [];
  const memory: {
    server: string;
    backend: string;
    idleMb?: number;
    loadMb?: number;
    startSeconds: number;
  }[] = [];
  const comparison: { ours: number[]; theirs: number[]; ourP99: number[]; theirP99: number[] } = {
    ours: [],
    theirs: [],
    ourP99: [],
    theirP99: [],
  };
  let postgraphile: PostgraphileInstall | undefined;
  const notes: string[] = [];

  try {
    if (!options.reuse) {
      process.stderr.write(
        `generating ${options.entities} entities / ${options.relations} relations into ${options.database}…\n`,
      );
      generated = await generateGraph({
        entities: Number(options.entities),
        relations: Number(options.relations),
        database: options.database,
      });
    }
    const inputs = await drawInputs(url);
    const scenarios = buildScenarios(inputs);
    const load = (
      server: StartedServer,
      scenario: Pick<Scenario, "query" | "variables">,
      duration = DURATION,
    ) =>
      runGraphqlLoad({
        url: server.url,
        query: scenario.query,
        variables: scenario.variables,
        connections: CONNECTIONS,
        durationSeconds: duration,
        serverPid: server.pid,
      });

    // Ours on Postgres: every query of the graph-queries issue.
    process.stderr.write("starting kg serve on Postgres…\n");
    const ours = await startKgServe(url);
    servers.push(ours);
    const oursMemory = {
      server: "kg serve",
      backend: "postgres",
      idleMb: await idleRss(ours),
      loadMb: 0,
      startSeconds: ours.startSeconds,
    };
    memory.push(oursMemory);
    for (const scenario of scenarios) {
      process.stderr.write(`kg serve / postgres: ${scenario.name}…\n`);
      const answers = await warmUp(ours.url, scenario);
      const result = await load(ours, scenario);
      oursMemory.loadMb = Math.max(oursMemory.loadMb, result.peakRssMb ?? 0);
      rows.push({
        backend: "postgres",
        server: "kg serve",
        scenario: scenario.name,
        answers,
        result,
      });
    }

    // PostGraphile over the same database, the nearest equivalent query, interleaved with ours.
    postgraphile = options["skip-postgraphile"]
      ? { ok: false, reason: "--skip-postgraphile" }
      : ensurePostgraphile();
    if (postgraphile.ok) {
      process.stderr.write("starting PostGraphile…\n");
      const theirs = await startPostgraphile(postgraphile.dir, url);
      servers.push(theirs);
      const theirMemory = {
        server: `PostGraphile ${postgraphile.version}`,
        backend: "postgres",
        idleMb: await idleRss(theirs),
        loadMb: 0,
        startSeconds: theirs.startSeconds,
      };
      memory.push(theirMemory);
      const theirScenario = {
        query: POSTGRAPHILE_ENTITY_50,
        variables: inputs.entity50.map((id) => ({ id })),
      };
      const answers = [];
      for (const variables of theirScenario.variables)
        answers.push(await postGraphql(theirs.url, theirScenario.query, variables));
      const theirAnswers = `${answers.filter((a) => a.entityByRowId?.relationsBySubjectId.nodes.length === 50).length}/${answers.length} with 50 relations`;
      const ourScenario = scenarios.find((scenario) => scenario.key === "entity50") as Scenario;
      let lastTheirs: LoadResult | undefined;
      for (let round = 0; round < COMPARISON_ROUNDS; round++) {
        process.stderr.write(`comparison round ${round + 1}/${COMPARISON_ROUNDS}…\n`);
        // alternate who goes first, so neither always gets the warmer or quieter slot
        const pair = round % 2 === 0 ? [ours, theirs] : [theirs, ours];
        for (const server of pair) {
          if (server === ours) {
            const result = await load(ours, ourScenario);
            comparison.ours.push(result.requestsPerSecond);
            comparison.ourP99.push(result.p99Ms);
            oursMemory.loadMb = Math.max(oursMemory.loadMb, result.peakRssMb ?? 0);
          } else {
            const result = await load(theirs, theirScenario);
            comparison.theirs.push(result.requestsPerSecond);
            comparison.theirP99.push(result.p99Ms);
            theirMemory.loadMb = Math.max(theirMemory.loadMb, result.peakRssMb ?? 0);
            lastTheirs = result;
          }
        }
      }
      if (lastTheirs) {
        rows.push({
          backend: "postgres",
          server: theirMemory.server,
          scenario: "entityByRowId + first 50 relationsBySubjectId + other ends",
          answers: theirAnswers,
          result: lastTheirs,
        });
      }
    } else {
      notes.push(`PostGraphile comparison not run: ${postgraphile.reason}.`);
    }
    await stopAll();

    // Ours on PGlite: the same graph copied into an embedded database (bounded by --pglite-relations).
    const pgliteTooLate = performance.now() - runStarted > PGLITE_START_BUDGET_MS;
    if (pgliteTooLate && !options["skip-pglite"]) {
      notes.push(
        `PGlite part skipped: ${round((performance.now() - runStarted) / 1000)} s had passed (budget ${PGLITE_START_BUDGET_MS / 1000} s); rerun with --reuse --keep to measure it on a kept graph.`,
      );
    }
    if (!options["skip-pglite"] && !pgliteTooLate) {
      process.stderr.write("copying the graph into PGlite…\n");
      rmSync(pgliteDir, { recursive: true, force: true });
      mkdirSync(TMP_DIR, { recursive: true });
      copied = await copyGraphToPglite(url, pgliteDir, Number(options["pglite-relations"]));
      const embedded = await startKgServe(pgliteDir);
      servers.push(embedded);
      const embeddedMemory = {
        server: "kg serve",
        backend: "pglite",
        idleMb: await idleRss(embedded),
        loadMb: 0,
        startSeconds: embedded.startSeconds,
      };
      memory.push(embeddedMemory);
      for (const scenario of scenarios) {
        // copied relations are a prefix by id, so some path inputs may lack a path here: still a fair load
        process.stderr.write(`kg serve / pglite: ${scenario.name}…\n`);
        const answers = await warmUp(embedded.url, scenario);
        const result = await load(embedded, scenario, Math.max(3, Math.round(DURATION / 2)));
        embeddedMemory.loadMb = Math.max(embeddedMemory.loadMb, result.peakRssMb ?? 0);
        rows.push({
          backend: "pglite",
          server: "kg serve",
          scenario: scenario.name,
          answers,
          result,
        });
      }
      await stopAll();
    }
  } finally {
    await stopAll();
    rmSync(pgliteDir, { recursive: true, force: true });
    if (!options.keep && !options.reuse) await dropScratchDatabase(options.database);
  }

  const ratio = median(comparison.ours) / median(comparison.theirs);
  const met = ratio >= TARGET_RATIO && median(comparison.ourP99) <= median(comparison.theirP99);
  const queryTable = formatTable(
    ["backend", "server", "query", "answers (warm-up pass)", "req/s", "p50 ms", "p99 ms", "errors"],
    rows.map((row) => [
      row.backend,
      row.server,
      row.scenario,
      row.answers,
      round(row.result.requestsPerSecond),
      round(row.result.p50Ms),
      round(row.result.p99Ms),
      row.result.errors,
    ]),
  );
  const comparisonTable = postgraphile?.ok
    ? formatTable(
        [
          "entity + first 50 relations + other ends",
          "req/s (median of rounds)",
          "p99 ms (median of rounds)",
          "rounds",
        ],
        [
          [
            "kg serve (Postgres)",
            round(median(comparison.ours)),
            round(median(comparison.ourP99)),
            comparison.ours.length,
          ],
          [
            `PostGraphile ${postgraphile.version} (same database)`,
            round(median(comparison.theirs)),
            round(median(comparison.theirP99)),
            comparison.theirs.length,
          ],
          [
            `**ratio ours / PostGraphile: ${round(ratio)}** (target ≥ ${TARGET_RATIO} with p99 no worse: ${met ? "**met**" : "**missed**"})`,
            null,
            null,
            null,
          ],
        ],
      )
    : "";
  const memoryTable = formatTable(
    ["server", "backend", "RSS idle MB", "RSS peak under load MB", "start-up s"],
    memory.map((m) => [
      m.server,
      m.backend,
      m.idleMb === undefined ? null : Math.round(m.idleMb),
      m.loadMb ? Math.round(m.loadMb) : null,
      round(m.startSeconds),
    ]),
  );
  const graphLine = generated
    ? `${generated.entities.toLocaleString("en-US")} entities, ${generated.relations.toLocaleString("en-US")} relations, ${generated.aliases.toLocaleString("en-US")} aliases (largest hub ${generated.maxDegree.toLocaleString("en-US")} relations, median degree ${generated.medianDegree}), generated by bench/graph/generate.ts in ${generated.seconds} s`
    : `the kept database ${options.database} (--reuse)`;
  const allNotes = [
    `Graph: ${graphLine}.`,
    `Load: autocannon, ${CONNECTIONS} connections for ${DURATION} s per query on Postgres (${Math.max(3, Math.round(DURATION / 2))} s on PGlite), POST /graphql, ${INPUTS} different inputs rotated; ` +
      "each input sent once before the load (warm-up, and the answers column). Errors = transport errors, timeouts, non-2xx and responses with GraphQL `errors`. " +
      "autocannon runs in the benchmark process on the same cores as the server.",
    "Latencies here are under load (p50 ≈ connections ÷ req/s); the graph-queries issue's one-request-at-a-time p99 targets are measured by bench/graph/query-latency.ts.",
    "Inputs: entities with ≥ 50 outgoing relations; 2-hop seeds with 5–200 relations (hubs are reached at hop 2); path endpoints from random 2–4-step walks; person names with one typo.",
    postgraphile?.ok
      ? `Comparison: the same entities, ${COMPARISON_ROUNDS} interleaved rounds of ${DURATION} s each; ours asks \`relations(first: 50, direction: OUTGOING)\` and PostGraphile \`relationsBySubjectId(first: 50, orderBy: PRIMARY_KEY_ASC)\`: the same 50 rows and fields. ` +
        `PostGraphile ${postgraphile.version} (Amber preset, default options, pool of 10; ${JSON.stringify(postgraphileVersions(postgraphile.dir))}) is the last v5 release that runs on Node 20 (v5 final needs Node ≥ 22), installed by the benchmark into ${postgraphile.dir}, outside the repository.`
      : "",
    copied
      ? `PGlite: the graph's ${copied.entities.toLocaleString("en-US")} entities and first ${copied.relations.toLocaleString("en-US")} relations (by id) copied in ${round(copied.seconds)} s (--pglite-relations); fewer relations, so its latencies are not comparable with Postgres row for row.`
      : "",
    ...notes,
    `Whole run: ${round((performance.now() - runStarted) / 1000)} s.`,
  ].filter((note) => note !== "");
  const markdown = [
    queryTable,
    comparisonTable,
    memoryTable,
    allNotes.map((note) => `- ${note}`).join("\n"),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
  saveResult(
    "query",
    machine,
    {
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        inputs: INPUTS,
        comparisonRounds: COMPARISON_ROUNDS,
      },
      graph: generated ?? { database: options.database, reused: true },
      pgliteGraph: copied,
      queries: rows.map((row) => ({
        backend: row.backend,
        server: row.server,
        query: row.scenario,
        answers: row.answers,
        requestsPerSecond: round(row.result.requestsPerSecond),
        p50Ms: row.result.p50Ms,
        p99Ms: row.result.p99Ms,
        requests: row.result.requests,
        errors: row.result.errors,
        firstError: row.result.firstError,
      })),
      comparison: postgraphile?.ok
        ? {
            postgraphile: postgraphileVersions(postgraphile.dir),
            oursRequestsPerSecond: comparison.ours.map((value) => round(value)),
            theirsRequestsPerSecond: comparison.theirs.map((value) => round(value)),
            oursP99Ms: comparison.ourP99,
            theirsP99Ms: comparison.theirP99,
            ratio: round(ratio),
            targetRatio: TARGET_RATIO,
            met,
          }
        : { skipped: postgraphile?.reason },
      memory: memory.map((m) => ({
        ...m,
        idleMb: m.idleMb && Math.round(m.idleMb),
        loadMb: m.loadMb && Math.round(m.loadMb),
        startSeconds: round(m.startSeconds),
      })),
      elapsedSeconds: round((performance.now() - runStarted) / 1000),
    },
    markdown,
  );
}

await main();
