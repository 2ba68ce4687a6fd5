import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../src/domain/vocabulary.js";
import {
  alignMentions,
  expectedType,
  type GoldMention,
  readDwie,
  rebuildText,
} from "../../src/eval/dwie.js";
import {
  evaluateIdentity,
  type IdentityReport,
  type OurEntity,
  scoreIdentity,
  splitHalf,
} from "../../src/eval/identity.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

// [DWIE tokens, the text we rebuild from them]
const REBUILT: [string[], string][] = [
  [["Title", "here", "\n", "Hello", ",", "world", "."], "Title here\n\nHello, world."],
  [["Jean", "-", "Claude", "said", '"', "no", '"', "."], 'Jean-Claude said "no".'],
  [["Iran", "'s", "envoy", "(", "AFP", ")"], "Iran's envoy (AFP)"],
];

// [DWIE fine tags, our type]
const TYPES: [string[], EntityType | null][] = [
  [["type::entity", "type::person", "type::politician"], "PERSON"],
  [["type::entity", "type::gpe", "type::gpe0", "type::location"], "COUNTRY"],
  [["type::entity", "type::gpe", "type::gpe2", "type::location"], "PLACE"],
  [["type::entity", "type::igo", "type::organization", "type::so"], "ORGANIZATION"],
  [["type::entity", "type::event", "type::sport_competition"], "EVENT"],
  [["type::entity", "type::misc", "type::treaty"], "AGREEMENT"],
  [["type::entity", "type::language"], "OTHER"],
  [["type::role", "type::value"], null],
];

describe("reading DWIE", () => {
  it.each(REBUILT)("rebuilds %j", (tokens, text) => {
    expect(rebuildText(tokens)).toBe(text);
  });

  it.each(TYPES)("types %j", (tags, type) => {
    expect(expectedType(tags)).toBe(type);
  });

  it("splits by a hash of the id, whatever the order", () => {
    expect([splitHalf("DW_1095032"), splitHalf("DW_14773081")]).toEqual(["tune", "heldout"]);
  });

  it("aligns annotated mentions by text order, whitespace ignored", () => {
    const text = "Merkel\n\nAngela  Merkel met Merkel's aide in Berlin.";
    const { mentions, unaligned } = alignMentions(text, {
      id: "x",
      concepts: [
        { concept: 0, link: "Angela_Merkel", tags: ["type::entity", "type::person"] },
        { concept: 1, link: "Berlin", tags: ["type::entity", "type::gpe2", "type::location"] },
      ],
      mentions: [
        { begin: 0, end: 6, text: "Merkel", concept: 0 },
        { begin: 8, end: 21, text: "Angela Merkel", concept: 0 },
        { begin: 26, end: 32, text: "Merkel", concept: 0 },
        { begin: 42, end: 48, text: "Berlin", concept: 1 },
        { begin: 50, end: 55, text: "Paris", concept: 1 },
      ],
    });
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Merkel",
      "Angela  Merkel",
      "Merkel",
      "Berlin",
    ]);
    expect(mentions.map((m) => m.start)).toEqual([0, 8, 27, 44]);
    expect(unaligned).toBe(1);
  });
});

/** A gold mention of a linked entity. */
function gold(start: number, end: number, link: string, type: EntityType): GoldMention {
  return { start, end, text: link, link, type, isAdjectival: false };
}

describe("scoring identity (hand-computed case)", () => {
  const entities = new Map<number, OurEntity>([
    [1, { id: 1, type: "PERSON", name: "Ann Lee", aliases: ["Lee"] }],
    [2, { id: 2, type: "PERSON", name: "Lee", aliases: [] }],
    [3, { id: 3, type: "COUNTRY", name: "Ruritania", aliases: ["Strelsau"] }],
    [4, { id: 4, type: "ORGANIZATION", name: "Bank Group", aliases: [] }],
  ]);
  // Article a: Ann_Lee → 1; Strelsau (a city) → 3 as a metonymic mention whose surface is an
  // alias of the country; Bank_One and Bank_Two both → 4 (a merge); Ruritania → 3.
  // Article b: Ann_Lee → 2 (a split across articles); Bank_One → 4; Ruritania → 3; an entity
  // of ours (1 again) over no gold mention at all (a precision miss).
  const score = scoreIdentity(
    [
      {
        id: "a",
        gold: [
          gold(0, 7, "Ann_Lee", "PERSON"),
          gold(10, 18, "Strelsau", "PLACE"),
          gold(20, 28, "Bank_One", "ORGANIZATION"),
          gold(30, 38, "Bank_Two", "ORGANIZATION"),
          gold(40, 49, "Ruritania", "COUNTRY"),
        ],
        ours: [
          { start: 0, end: 7, entityId: 1, isMetonymy: false },
          { start: 10, end: 18, entityId: 3, isMetonymy: true },
          { start: 20, end: 28, entityId: 4, isMetonymy: false },
          { start: 30, end: 38, entityId: 4, isMetonymy: false },
          { start: 40, end: 49, entityId: 3, isMetonymy: false },
        ],
      },
      {
        id: "b",
        gold: [
          gold(0, 3, "Ann_Lee", "PERSON"),
          gold(5, 13, "Bank_One", "ORGANIZATION"),
          gold(20, 29, "Ruritania", "COUNTRY"),
        ],
        ours: [
          { start: 0, end: 3, entityId: 2, isMetonymy: false },
          { start: 5, end: 13, entityId: 4, isMetonymy: false },
          { start: 20, end: 29, entityId: 3, isMetonymy: false },
          { start: 40, end: 45, entityId: 1, isMetonymy: false },
        ],
      },
    ],
    entities,
  );

  it("counts links named in two articles that map to one entity", () => {
    // Ann_Lee (split 1/2), Bank_One (4), Ruritania (3): 2 of 3.
    expect([score.multiArticleLinksOne, score.multiArticleLinks]).toEqual([2, 3]);
  });

  it("counts entities taking two links, and places stored as country aliases", () => {
    expect(score.entitiesWithTwoLinks).toBe(1);
    expect(score.capitalAliases).toBe(1);
    expect(score.errors.map((e) => `${e.kind} ${e.subject}`)).toEqual([
      "place-alias Ruritania [COUNTRY #3]",
      "split Ann_Lee",
      "merge Bank Group [ORGANIZATION #4]",
    ]);
  });

  it("scores mapping, typing, recall and precision", () => {
    // 8 linked gold mentions; the metonymic one does not map.
    expect([score.mappedMentions, score.linkedMentions]).toEqual([7, 8]);
    const place = score.byType.find((t) => t.type === "PLACE");
    expect(place).toEqual({ type: "PLACE", gold: 1, found: 0, typedRight: 0 });
    // (article, link): a has 5, b has 3; all found typed right but Strelsau.
    expect(score.typedRecall).toEqual({ correct: 7, total: 8 });
    // Ours per article: a {1, 4, 3}, b {2, 4, 3, 1}; entity 1 in b overlaps nothing.
    expect(score.typedPrecision).toEqual({ correct: 6, total: 7 });
  });
});

describe("scoring typing (hand-computed case)", () => {
  it("lists a gold entity typed otherwise, and counts it found but not typed right", () => {
    const entities = new Map<number, OurEntity>([
      [7, { id: 7, type: "PLACE", name: "Hamburg", aliases: [] }],
    ]);
    const score = scoreIdentity(
      [
        {
          id: "c",
          gold: [gold(0, 7, "Hamburger_SV", "ORGANIZATION")],
          ours: [{ start: 0, end: 7, entityId: 7, isMetonymy: false }],
        },
      ],
      entities,
    );
    expect(score.byType.find((t) => t.type === "ORGANIZATION")).toEqual({
      type: "ORGANIZATION",
      gold: 1,
      found: 1,
      typedRight: 0,
    });
    expect(score.errors.map((e) => `${e.kind} ${e.subject}: ${e.parts[0]?.label}`)).toEqual([
      "mistyped Hamburger_SV (ORGANIZATION, c): Hamburg [PLACE #7]",
    ]);
    expect(score.typedPrecision).toEqual({ correct: 0, total: 1 });
  });
});

// Invented articles in DWIE's layout: tokens in dev.json, links and types in annos/.
const PERSON = ["type::entity", "type::person"];
const COUNTRY = ["type::entity", "type::gpe", "type::gpe0", "type::location"];
const INVENTED = [
  {
    id: "DW_1",
    tokens:
      "Talks in Ruritania \n Ruritanian President Ann Lindqvist met Boris Haldane in Poland on Monday . Lindqvist said the talks with Poland went well .".split(
        " ",
      ),
    concepts: [
      { concept: 0, link: "Ann_Lindqvist", tags: PERSON },
      { concept: 1, link: "Poland", tags: COUNTRY },
      { concept: 2, link: "Boris_Haldane", tags: PERSON },
    ],
    mentions: [
      ["Ann Lindqvist", 0],
      ["Boris Haldane", 2],
      ["Poland", 1],
      ["Lindqvist", 0],
      ["Poland", 1],
    ],
  },
  {
    id: "DW_2",
    tokens:
      "Trade news \n Ann Lindqvist arrived in Poland on Friday , where she opened a trade fair .".split(
        " ",
      ),
    concepts: [
      { concept: 0, link: "Ann_Lindqvist", tags: PERSON },
      { concept: 1, link: "Poland", tags: COUNTRY },
    ],
    mentions: [
      ["Ann Lindqvist", 0],
      ["Poland", 1],
    ],
  },
];

describe("evaluating identity through the real ingest path", () => {
  let database: TestDatabase;
  let dir: string;
  let report: IdentityReport;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "kg-dwie-"));
    mkdirSync(path.join(dir, "annos"));
    writeFileSync(
      path.join(dir, "dev.json"),
      JSON.stringify(INVENTED.map((a) => ({ title: a.id, sents: [a.tokens], vertexSet: [] }))),
    );
    for (const article of INVENTED) {
      // Offsets only order the mentions: alignment goes by their text.
      const mentions = article.mentions.map(([text, concept], i) => ({
        begin: i * 100,
        end: i * 100 + String(text).length,
        text,
        concept,
      }));
      writeFileSync(
        path.join(dir, "annos", `${article.id}.json`),
        JSON.stringify({ id: article.id, concepts: article.concepts, mentions }),
      );
    }
    database = await createTestDatabase();
    report = await evaluateIdentity(database.db, readDwie(dir));
  });

  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingests every article and aligns every annotated mention", () => {
    expect(report.failedArticles).toEqual([]);
    expect(report.unalignedMentions).toBe(0);
    expect(report.all.articles).toBe(2);
    const tune = INVENTED.filter((article) => splitHalf(article.id) === "tune").length;
    expect([report.tune.articles, report.heldout.articles]).toEqual([tune, 2 - tune]);
  });

  it("maps a person and a country named in both articles to one entity each", () => {
    expect([report.all.multiArticleLinksOne, report.all.multiArticleLinks]).toEqual([2, 2]);
    expect(report.all.entitiesWithTwoLinks).toBe(0);
    expect(report.all.mappedMentions).toBe(report.all.linkedMentions);
    expect(report.all.typedRecall).toEqual({ correct: 5, total: 5 });
  });
});
