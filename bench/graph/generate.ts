/**
 * Builds a synthetic news graph in Postgres for the graph query benchmark: ≥ 100k entities and
 * ≥ 1M typed relations with a realistic skew (a few hubs holding tens of thousands of relations,
 * a long tail holding one or two), plus aliases, loaded with multi-row `unnest` inserts.
 *
 *   npx tsx bench/graph/generate.ts [--entities 100000] [--relations 1000000] [--db kg_bench]
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { RELATION_TYPES, SYMMETRIC_RELATION_TYPES } from "../../src/domain/vocabulary.js";
import { createScratchDatabase } from "../lib/postgres.js";

/** Deterministic PRNG (mulberry32): the same graph on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "ch",
  "sh",
  "br",
  "kr",
  "st",
  "tr",
  "vl",
  "dr",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia"];
const CODAS = ["", "", "n", "r", "s", "l", "m", "k", "nd", "rt", "sk"];
const ORG_SUFFIXES = [
  "Institute",
  "Party",
  "Council",
  "Bank",
  "Agency",
  "Group",
  "Front",
  "Union",
  "Ministry",
  "Foundation",
];
const PLACE_SUFFIXES = ["", "", " City", " Province", " Valley", " Port"];

function word(random: () => number, syllables: number): string {
  let text = "";
  for (let i = 0; i < syllables; i++) {
    text +=
      ONSETS[Math.floor(random() * ONSETS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]!;
    if (i === syllables - 1 || random() < 0.3) text += CODAS[Math.floor(random() * CODAS.length)]!;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Entity types in news-like proportions; index 0–199 are countries (the hubs live there). */
function entityType(index: number, random: () => number): string {
  if (index < 200) return "COUNTRY";
  const r = random();
  if (r < 0.55) return "PERSON";
  if (r < 0.77) return "ORGANIZATION";
  if (r < 0.9) return "PLACE";
  if (r < 0.95) return "EVENT";
  if (r < 0.98) return "AGREEMENT";
  return "OTHER";
}

function entityName(type: string, random: () => number): string {
  const syllables = () => 2 + Math.floor(random() * 2);
  switch (type) {
    case "PERSON":
      return `${word(random, syllables())} ${word(random, syllables())}`;
    case "ORGANIZATION":
      return `${word(random, syllables())} ${ORG_SUFFIXES[Math.floor(random() * ORG_SUFFIXES.length)]}`;
    case "PLACE":
      return `${word(random, syllables())}${PLACE_SUFFIXES[Math.floor(random() * PLACE_SUFFIXES.length)]}`;
    case "EVENT":
      return `${word(random, 2)} Summit ${2000 + Math.floor(random() * 25)}`;
    case "AGREEMENT":
      return `${word(random, 2)} Accord`;
    default:
      return word(random, syllables() + 1);
  }
}

/**
 * Picks an endpoint with a power law over entity index: index = n·u^SKEW. With SKEW 3 the first
 * ten entities hold ~10% of all relation ends (tens of thousands each) and most entities a handful.
 */
const SKEW = 3;

export interface GeneratedGraphSummary {
  entities: number;
  relations: number;
  aliases: number;
  maxDegree: number;
  medianDegree: number;
  seconds: number;
}

/** Creates (or recreates) the benchmark database and fills it; returns what was loaded. */
export async function generateGraph(options: {
  entities: number;
  relations: number;
  database: string;
  seed?: number;
}): Promise<GeneratedGraphSummary> {
  const started = performance.now();
  const url = await createScratchDatabase(options.database);
  const database = await openDatabase({ kind: "postgres", url }, { poolSize: 2 });
  const { db } = database;
  try {
    await migrateToLatest(db);
    const random = createRandom(options.seed ?? 20261128);
    const n = options.entities;

    // Entities, with unique (type, normalized_key).
    const types: string[] = [];
    const names: string[] = [];
    const keys: string[] = [];
    const mentions: number[] = [];
    const seen = new Set<string>();
    while (types.length < n) {
      const type = entityType(types.length, random);
      const name = entityName(type, random);
      const key = `${type}:${name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      types.push(type);
      names.push(name);
      keys.push(name.toLowerCase());
      // Mentions fall off with rank like the relations do.
      mentions.push(1 + Math.floor(2000 / (1 + types.length) ** 0.8 + random() * 3));
    }
    for (let i = 0; i < n; i += 20_000) {
      await sql`insert into entities (type, name, normalized_key, mention_count)
        select * from unnest(${types.slice(i, i + 20_000)}::text[], ${names.slice(i, i + 20_000)}::text[],
                             ${keys.slice(i, i + 20_000)}::text[], ${mentions.slice(i, i + 20_000)}::int[])`.execute(
        db,
      );
    }
    const idRows = await sql<{ id: number }>`select id from entities order by id`.execute(db);
    const ids = idRows.rows.map((row) => row.id);

    // Aliases: the name itself (as ingestion stores it) and, for people, the surname.
    const aliasEntity: number[] = [];
    const aliasText: string[] = [];
    for (let i = 0; i < n; i++) {
      aliasEntity.push(ids[i]!);
      aliasText.push(names[i]!);
      if (types[i] === "PERSON") {
        aliasEntity.push(ids[i]!);
        aliasText.push(names[i]!.split(" ")[1]!);
      }
    }
    for (let i = 0; i < aliasEntity.length; i += 50_000) {
      const chunk = aliasText.slice(i, i + 50_000);
      await sql`insert into entity_aliases (entity_id, alias, normalized_alias)
        select * from unnest(${aliasEntity.slice(i, i + 50_000)}::int[], ${chunk}::text[],
                             ${chunk.map((alias) => alias.toLowerCase())}::text[])
        on conflict do nothing`.execute(db);
    }

    // Relations: unique (subject, object, type), symmetric types stored lower id first.
    const pick = () => Math.min(n - 1, Math.floor(n * random() ** SKEW));
    const facts = new Set<number>();
    const subject: number[] = [];
    const object: number[] = [];
    const type: string[] = [];
    const evidence: number[] = [];
    const confidence: number[] = [];
    const degree = new Uint32Array(n);
    while (subject.length < options.relations) {
      // One end from the skewed distribution, the other mostly uniform: hubs meet the long tail.
      let a = pick();
      let b = random() < 0.5 ? pick() : Math.floor(random() * n);
      if (a === b) continue;
      const typeIndex = Math.floor(random() * RELATION_TYPES.length);
      const relationType = RELATION_TYPES[typeIndex]!;
      if (SYMMETRIC_RELATION_TYPES.has(relationType) && a > b) [a, b] = [b, a];
      const fact = (a * n + b) * 32 + typeIndex;
      if (facts.has(fact)) continue;
      facts.add(fact);
      subject.push(ids[a]!);
      object.push(ids[b]!);
      type.push(relationType);
      // Most relations are seen once; a few many times.
      evidence.push(1 + Math.floor(-Math.log(1 - random()) * 1.5));
      confidence.push(Math.round((0.3 + random() * 0.7) * 1000) / 1000);
      degree[a]! += 1;
      degree[b]! += 1;
    }
    for (let i = 0; i < subject.length; i += 50_000) {
      const end = i + 50_000;
      await sql`insert into relations (subject_id, object_id, type, predicate, confidence, evidence_count, first_seen_on, last_seen_on)
        select s, o, t, lower(replace(t, '_', ' ')), c, e, date '2023-01-01' + (s % 300), date '2023-01-01' + (s % 300) + (o % 60)
          from unnest(${subject.slice(i, end)}::int[], ${object.slice(i, end)}::int[], ${type.slice(i, end)}::text[],
                      ${confidence.slice(i, end)}::real[], ${evidence.slice(i, end)}::int[]) as x(s, o, t, c, e)`.execute(
        db,
      );
      process.stderr.write(
        `\r  relations ${Math.min(end, subject.length).toLocaleString()} / ${subject.length.toLocaleString()}`,
      );
    }
    process.stderr.write("\n");
    await sql`vacuum analyze`.execute(db);
    const sorted = [...degree].sort((x, y) => x - y);
    return {
      entities: n,
      relations: subject.length,
      aliases: aliasEntity.length,
      maxDegree: sorted.at(-1) ?? 0,
      medianDegree: sorted[Math.floor(sorted.length / 2)] ?? 0,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", default: "100000" },
      relations: { type: "string", default: "1000000" },
      db: { type: "string", default: "kg_bench" },
    },
  });
  const summary = await generateGraph({
    entities: Number(values.entities),
    relations: Number(values.relations),
    database: values.db as string,
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
