import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkCandidateQuery } from "../../src/db/store.js";
import type { EntityType } from "../../src/domain/vocabulary.js";
import { storeArticle } from "../../src/ingest/ingest.js";
import { hashContent } from "../../src/pipeline/1-intake/content-hash.js";
import { BACKEND, createTestDatabase, itOnPostgres, type TestDatabase } from "../helpers/db.js";
import { entityIdsOf, ingestText } from "../helpers/ingest.js";
import { analyzeText } from "../helpers/pipeline.js";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/**
 * What the pipeline makes of a surface in this text alone, before any linking ("TYPE/key"): a
 * linking test checks that this differs from the stored entity, so the link is the linker's work.
 */
function inArticle(text: string, surface: string): string | undefined {
  const x = analyzeText(text);
  const mention = x.mentions.find((m) => m.surface === surface);
  const entity = mention ? x.entities[mention.entity] : undefined;
  return entity ? `${entity.type}/${entity.key}` : undefined;
}

/** The stored entity as "TYPE/key". */
async function storedKey(id: number | undefined): Promise<string> {
  const entity = await entityOf(id as number);
  return `${entity.type}/${entity.normalized_key}`;
}

async function entityOf(id: number) {
  return database.db
    .selectFrom("entities")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

describe(`linking entities across articles on ${BACKEND}`, () => {
  it("links a surname alone to the one stored person of that name", async () => {
    await ingestText(
      database.db,
      "Greek sprinter Kostas Kenteris missed a drugs test in Athens on Thursday.",
    );
    const second = "Kenteris said on Friday that the hearing had been delayed again.";
    await ingestText(database.db, second);
    const [full] = await entityIdsOf(database.db, "Kostas Kenteris");
    expect(inArticle(second, "Kenteris")).not.toBe(await storedKey(full));
    const short = await entityIdsOf(database.db, "Kenteris");
    expect(full).toBeDefined();
    expect(short).toEqual([full]);
    const entity = await entityOf(full as number);
    expect(entity).toMatchObject({ type: "PERSON", name: "Kostas Kenteris", mention_count: 2 });
  });

  it("links a surname alone to the one stored person with an alias ending in it", async () => {
    // The name is stored under one spelling, the surname an article uses under another.
    const person = await database.db
      .insertInto("entities")
      .values({ type: "PERSON", name: "Petro Ivanenko", normalized_key: "petro ivanenko" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto("entity_aliases")
      .values({ entity_id: person.id, alias: "Petro Iwanenko", normalized_alias: "petro iwanenko" })
      .execute();
    const text = "Mr Iwanenko told reporters on Friday that the hearing had been delayed.";
    expect(inArticle(text, "Mr Iwanenko")).not.toBe("PERSON/petro ivanenko");
    await ingestText(database.db, text);
    expect(await entityIdsOf(database.db, "Mr Iwanenko")).toEqual([person.id]);
  });

  it("links a line-up's initial and surname to the one full name of another article, either order", async () => {
    await ingestText(
      database.db,
      "Lock Kieran Denholm scored twice as Wexcombe beat Harlden on Saturday.",
    );
    const lineup = "Wexcombe: T Varrow, K Denholm, R Ostrander. Replacements: L Fennick.";
    await ingestText(database.db, lineup);
    const [full] = await entityIdsOf(database.db, "Kieran Denholm");
    expect(inArticle(lineup, "K Denholm")).not.toBe(await storedKey(full));
    expect(await entityIdsOf(database.db, "K Denholm")).toEqual([full]);
    // The initial form stored first takes the full name a later article writes.
    await ingestText(
      database.db,
      "Harlden: A Brisk, P Quillane, D Morrow. Replacements: S Ebbett.",
    );
    await ingestText(
      database.db,
      "Centre Piers Quillane was named in the Harlden side on Tuesday.",
    );
    const [quillane] = await entityIdsOf(database.db, "Piers Quillane");
    expect(await entityIdsOf(database.db, "P Quillane")).toEqual([quillane]);
    expect(await entityOf(quillane as number)).toMatchObject({ normalized_key: "piers quillane" });
  });

  it("links a company's registered names across articles: 'Corp' and 'Corporation'", async () => {
    const first = "Shares in Oster Mining Corp fell.";
    await ingestText(database.db, first);
    const second = "Oster Mining Corporation said output fell.";
    await ingestText(database.db, second);
    const [corp] = await entityIdsOf(database.db, "Oster Mining Corp");
    // Two keys in the articles, one entity stored: the linker's work. It keeps the longer key,
    // as it would had "Corporation" come first (order independence, issue 10).
    expect(inArticle(second, "Oster Mining Corporation")).not.toBe(
      inArticle(first, "Oster Mining Corp"),
    );
    expect(await storedKey(corp)).toBe("ORGANIZATION/oster mining corporation");
    expect(await entityIdsOf(database.db, "Oster Mining Corporation")).toEqual([corp]);
  });

  it("links a surname to the full name stored after an earlier bare mention of it", async () => {
    await ingestText(database.db, "Coaches said Mr Pavlidis trained alone in the mountains.");
    await ingestText(database.db, "Greek hurdler Nikos Pavlidis won the indoor title in Piraeus.");
    const third = "Mr Pavlidis then withdrew from the meeting in Madrid.";
    await ingestText(database.db, third);
    const [full] = await entityIdsOf(database.db, "Nikos Pavlidis");
    expect(inArticle(third, "Mr Pavlidis")).not.toBe(await storedKey(full));
    // The entity stored under the bare name takes the full name, and the later bare name joins it.
    const bare = await entityIdsOf(database.db, "Mr Pavlidis");
    expect(bare).toEqual([full]);
    expect(await entityOf(full as number)).toMatchObject({
      type: "PERSON",
      name: "Nikos Pavlidis",
      normalized_key: "nikos pavlidis",
    });
  });

  it("links a full name with a hyphenated surname to the person stored under the whole surname", async () => {
    await ingestText(database.db, "Coaches said Mr Kramp-Vale trained alone in the mountains.");
    await ingestText(
      database.db,
      "Greek hurdler Nikos Kramp-Vale won the indoor title in Piraeus.",
    );
    const [full] = await entityIdsOf(database.db, "Nikos Kramp-Vale");
    expect(await entityIdsOf(database.db, "Mr Kramp-Vale")).toEqual([full]);
    expect(await entityOf(full as number)).toMatchObject({
      type: "PERSON",
      name: "Nikos Kramp-Vale",
      normalized_key: "nikos kramp vale",
    });
  });

  it("links a spelled-out name to the entity stored under its acronym alone", async () => {
    await ingestText(
      database.db,
      "Talks between dockers and the SPFA resumed on Tuesday in Leith.",
    );
    await ingestText(
      database.db,
      "The Scottish Port Freight Association (SPFA) warned of strikes. The SPFA said talks had failed.",
    );
    const [association] = await entityIdsOf(database.db, "Scottish Port Freight Association");
    expect(await entityIdsOf(database.db, "SPFA")).toEqual([association]);
    expect(await entityOf(association as number)).toMatchObject({
      normalized_key: "scottish port freight association",
    });
  });

  it("links two forms of one person: full name in one article, title and surname in another", async () => {
    await ingestText(
      database.db,
      "Sweden's foreign minister Margareta Lindqvist arrived in Oslo for talks.",
    );
    const second = "Ms Lindqvist told reporters the talks had gone well.";
    await ingestText(database.db, second);
    const [full] = await entityIdsOf(database.db, "Margareta Lindqvist");
    expect(inArticle(second, "Ms Lindqvist")).not.toBe(await storedKey(full));
    expect(await entityIdsOf(database.db, "Ms Lindqvist")).toEqual([full]);
  });

  it("keeps two people who share a surname apart, and their bare surname on neither", async () => {
    await ingestText(
      database.db,
      "Defender Tomas Hargreaves signed a new contract with the club on Monday.",
    );
    await ingestText(
      database.db,
      "Striker Emil Hargreaves scored twice for the visitors on Saturday.",
    );
    await ingestText(database.db, "The referee booked Hargreaves in the second half of the match.");
    const [tomas] = await entityIdsOf(database.db, "Tomas Hargreaves");
    const [emil] = await entityIdsOf(database.db, "Emil Hargreaves");
    expect(tomas).toBeDefined();
    expect(emil).toBeDefined();
    expect(tomas).not.toBe(emil);
    const bare = await entityIdsOf(database.db, "Hargreaves");
    expect(bare).toHaveLength(1);
    expect(bare).not.toContain(tomas);
    expect(bare).not.toContain(emil);
  });

  it("keeps Washington the state apart from Washington the US government", async () => {
    await ingestText(
      database.db,
      "Washington warned Moscow that the sanctions would stay in place.",
    );
    await ingestText(database.db, "Wildfires spread across Washington state and Oregon this week.");
    const [government] = await Promise.all(
      (await entityIdsOf(database.db, "Washington")).map(entityOf),
    );
    const [state] = await Promise.all(
      (await entityIdsOf(database.db, "Washington state")).map(entityOf),
    );
    expect(government).toMatchObject({ type: "COUNTRY", normalized_key: "USA" });
    expect(state).toMatchObject({ type: "PLACE" });
    expect(state?.id).not.toBe(government?.id);
  });

  it("keeps two countries' regions of one name apart across articles", async () => {
    await ingestText(
      database.db,
      "Monsoon rains flooded Punjab, and Pakistan sent troops from Lahore.",
    );
    await ingestText(
      database.db,
      "Farmers in Punjab protested as Indian officials met in Amritsar.",
    );
    const stored = await Promise.all((await entityIdsOf(database.db, "Punjab")).map(storedKey));
    expect(stored.sort()).toEqual(["PLACE/place:punjab-ind", "PLACE/place:punjab-pak"]);
  });

  it("keeps a surname several listed people share off the one full name stored", async () => {
    await ingestText(database.db, "Bill Clinton opened the library. Clinton thanked the donors.");
    await ingestText(database.db, "Clinton answered questions about the emails on Tuesday.");
    const [bill] = await entityIdsOf(database.db, "Bill Clinton");
    const ids = await entityIdsOf(database.db, "Clinton");
    expect(ids).toHaveLength(2);
    expect(ids).toContain(bill);
  });

  it("links an acronym alone to the name another article spelled out without it", async () => {
    await ingestText(
      database.db,
      "Officials of the Nordic Anti-Fraud Agency opened an inquiry on Monday.",
    );
    await ingestText(database.db, "Officers of NAFA seized cigarettes in a raid, the agency said.");
    const [agency] = await entityIdsOf(database.db, "Nordic Anti-Fraud Agency");
    expect(agency).toBeDefined();
    expect(await entityIdsOf(database.db, "NAFA")).toEqual([agency]);
  });

  it("keeps an acronym alone off a stored name whose words in capitals spell another one", async () => {
    // The initials of "KLB Harbour Fund" are "KLBHF": the KHF is another body.
    await ingestText(database.db, "Officials of the KLB Harbour Fund opened an inquiry on Monday.");
    await ingestText(
      database.db,
      "Officers of the KHF seized cigarettes in a raid, the agency said.",
    );
    const [fund] = await entityIdsOf(database.db, "KLB Harbour Fund");
    expect(fund).toBeDefined();
    expect(await entityIdsOf(database.db, "KHF")).not.toContain(fund);
  });

  it("gives a stored acronym the name a later article spells out without it", async () => {
    await ingestText(
      database.db,
      "Inspectors of the ICFR visited the harbour in Gdansk on Friday.",
    );
    await ingestText(
      database.db,
      "The International Council for Fishing Rights published its report.",
    );
    const [council] = await entityIdsOf(database.db, "International Council for Fishing Rights");
    expect(await entityIdsOf(database.db, "ICFR")).toEqual([council]);
    expect(await storedKey(council)).toBe("ORGANIZATION/international council for fishing rights");
  });

  it("links an acronym an earlier article spelled out", async () => {
    await ingestText(
      database.db,
      "The Northern Ferry Operators Association (NFOA) warned of strikes. The NFOA said talks had failed.",
    );
    const second = "Talks between unions and the NFOA resumed on Tuesday in Glasgow.";
    await ingestText(database.db, second);
    const [association] = await entityIdsOf(database.db, "Northern Ferry Operators Association");
    expect(association).toBeDefined();
    expect(inArticle(second, "NFOA")).not.toBe(await storedKey(association));
    expect(await entityIdsOf(database.db, "NFOA")).toEqual([association]);
  });

  it("links a full name the tagger typed differently in another article to the stored entity", async () => {
    await ingestText(database.db, "Greek President Konstantinos Vellas arrived in Rome on Sunday.");
    // A headline in capitals: the tagger reads the name as an organisation's there.
    const second = "KONSTANTINOS VELLAS OPENED A NEW PORT IN PIRAEUS ON FRIDAY.";
    await ingestText(database.db, second);
    const ids = await entityIdsOf(database.db, "Konstantinos Vellas");
    expect(inArticle(second, "Konstantinos Vellas")).not.toBe(await storedKey(ids[0]));
    expect(ids).toHaveLength(1);
    expect(await entityOf(ids[0] as number)).toMatchObject({ type: "PERSON", mention_count: 2 });
  });

  it.each([
    ["the umlaut spelling first", "Dietmar Kröger", "Dietmar Kroeger"],
    ["the two-letter spelling first", "Wiebke Schoessler", "Wiebke Schößler"],
    ["ß and ä", "Jörg Straßmaier", "Joerg Strassmaier"],
  ])(
    "links a German name written with umlauts and without across articles (%s)",
    async (_order, first, second) => {
      await ingestText(
        database.db,
        `Finance official ${first} met bankers in Frankfurt on Monday.`,
      );
      const later = `Critics said on Tuesday that ${second} had misled parliament.`;
      await ingestText(database.db, later);
      const [stored] = await entityIdsOf(database.db, first);
      expect(inArticle(later, second)).not.toBe(await storedKey(stored));
      expect(await entityIdsOf(database.db, second)).toEqual([stored]);
    },
  );

  it.each([
    ["the umlaut spelling first", "Helga Köhnke", "Koehnke", "Halvard Bank"],
    ["the two-letter spelling first", "Rainer Duessmann", "Düssmann", "Orsted Bank"],
  ])(
    "links a surname alone to the full name in its other umlaut spelling (%s)",
    async (_order, full, surname, bank) => {
      await ingestText(
        database.db,
        `Economist ${full} warned of higher rates at ${bank} on Monday.`,
      );
      // The story names the bank too: in a store of 20 articles or more, a surname joins a person
      // of another article only beside something named with that person before (not a place,
      // which stories of every kind name).
      const later = `Staff at ${bank} said Mr ${surname} had been wrong about rates.`;
      await ingestText(database.db, later);
      const [stored] = await entityIdsOf(database.db, full);
      expect(inArticle(later, `Mr ${surname}`)).not.toBe(await storedKey(stored));
      expect(await entityIdsOf(database.db, `Mr ${surname}`)).toEqual([stored]);
    },
  );

  it("keeps an English name with 'ue' or 'oe' apart from one spelled without the pair", async () => {
    await ingestText(database.db, "Film producer Joel Hargate opened a studio in Leeds on Monday.");
    await ingestText(database.db, "Critics said on Tuesday that Jol Hargate had misled investors.");
    const [joel] = await entityIdsOf(database.db, "Joel Hargate");
    const [jol] = await entityIdsOf(database.db, "Jol Hargate");
    expect(joel).toBeDefined();
    expect(jol).toBeDefined();
    expect(jol).not.toBe(joel);
  });

  it("links a well-known surname alone and the full name to one entity (the gazetteer's, no linking needed)", async () => {
    await ingestText(database.db, "President Joe Biden signed the bill on Tuesday.");
    const second = "Critics said Biden had waited too long.";
    await ingestText(database.db, second);
    const [full] = await entityIdsOf(database.db, "Joe Biden");
    expect(await entityIdsOf(database.db, "Biden")).toEqual([full]);
    // Listed people resolve within the article: this row checks the store keeps them one entity.
    expect(inArticle(second, "Biden")).toBe(await storedKey(full));
  });
});

// Invented articles whose entities link across articles in both directions: a surname and the
// full name, an acronym and its expansion, a gazetteer name the tagger wrote in another case.
const ORDERED_ARTICLES = [
  "Greek hurdler Nikos Pavlidis won the indoor title in Piraeus on Sunday.",
  "Coaches said Mr Pavlidis trained alone in the mountains near Sparta.",
  "The Northern Ferry Operators Association (NFOA) warned of strikes. The NFOA said talks had failed.",
  "Talks between unions and the NFOA resumed on Tuesday in Glasgow.",
  "The Conservative Party won the seat. The Conservative party chairman said the result was clear.",
  "The Conservatives said on Monday that the tax would be cut.",
];

/** SHA-256 of the sorted (type, key) of every stored entity, and how many there are. */
async function entityChecksum(db: TestDatabase["db"]): Promise<{ count: number; sha: string }> {
  const rows = await db.selectFrom("entities").select(["type", "normalized_key"]).execute();
  const lines = rows.map((row) => `${row.type}\u0000${row.normalized_key}`).sort();
  return { count: lines.length, sha: createHash("sha256").update(lines.join("\n")).digest("hex") };
}

describe(`cross-article linking does not depend on ingest order on ${BACKEND}`, () => {
  it("stores the same (type, key) set whichever order the articles come in", async () => {
    const checksums = [];
    for (const order of [ORDERED_ARTICLES, [...ORDERED_ARTICLES].reverse()]) {
      const fresh = await createTestDatabase();
      try {
        for (const text of order) {
          await ingestText(fresh.db, text);
        }
        const keys = await fresh.db.selectFrom("entities").select("normalized_key").execute();
        const stored = keys.map((row) => row.normalized_key);
        // Each real-world thing once, under its full key.
        expect(stored).toContain("nikos pavlidis");
        expect(stored).toContain("northern ferry operators association");
        expect(stored).toContain("org:uk-conservatives");
        expect(stored).not.toContain("pavlidis");
        expect(stored).not.toContain("nfoa");
        expect(stored).not.toContain("conservative party");
        checksums.push(await entityChecksum(fresh.db));
      } finally {
        await fresh.close();
      }
    }
    expect(checksums[1]).toEqual(checksums[0]);
  });
});

/** The sorted (type, key) of every stored entity after storing `texts` in this order. */
async function entitiesAfter(texts: readonly string[]): Promise<string[]> {
  const fresh = await createTestDatabase();
  try {
    for (const text of texts) await ingestText(fresh.db, text);
    const rows = await fresh.db.selectFrom("entities").select(["type", "normalized_key"]).execute();
    return rows.map((row) => `${row.type}/${row.normalized_key}`).sort();
  } finally {
    await fresh.close();
  }
}

describe(`two articles naming one thing give one entity in either order on ${BACKEND}`, () => {
  // [what, first article, second article, the one entity both orders must end with, keys neither may keep]
  const rows: [string, string, string, string, string[]][] = [
    [
      "a listed name's alias stored alone first, then the listed name with that alias",
      "The Uefa Cup final was played in Lisbon on Wednesday night.",
      "The club won the UEFA Cup in 2004 and reached the final again two years later.",
      "EVENT/event:europa-league",
      ["EVENT/uefa cup"],
    ],
    [
      "a bare surname in one spelling, then the full name written in that spelling",
      "Gadhafi said on Monday that the talks would go on.",
      "Libyan leader Moammar Gadhafi met the envoy in Tripoli on Friday.",
      "PERSON/muammar gaddafi",
      ["PERSON/gadhafi"],
    ],
    [
      "a bare surname, then the full name",
      "Lawyers for Brandauer said on Friday that the hearing had been delayed again.",
      "Austrian sprinter Wilhelm Brandauer missed a drugs test in Graz on Thursday.",
      "PERSON/wilhelm brandauer",
      ["PERSON/brandauer"],
    ],
    [
      "an acronym alone, then the name spelled out with it",
      "Talks between unions and the NRFA resumed on Tuesday in Leeds.",
      "The Northern Rail Freight Association (NRFA) warned of strikes on Monday.",
      "ORGANIZATION/northern rail freight association",
      ["ORGANIZATION/nrfa"],
    ],
    [
      "a company's registered name in two forms: the longer key, whichever came first",
      "Shares in Oster Mining Corp fell sharply in Toronto on Monday.",
      "Oster Mining Corporation said on Tuesday that it would close two pits.",
      "ORGANIZATION/oster mining corporation",
      ["ORGANIZATION/oster mining corp"],
    ],
  ];
  it.each(rows)("%s", async (_what, first, second, entity, gone) => {
    const forward = await entitiesAfter([first, second]);
    const backward = await entitiesAfter([second, first]);
    expect(forward).toContain(entity);
    for (const key of gone) expect(forward).not.toContain(key);
    expect(backward).toEqual(forward);
  });
});

/**
 * A hand-made extraction: one entity written `surface` `mentions` times with `type`, the key the
 * pipeline makes of a name. The tagger's types are not ours to choose in a test, the store's vote is.
 */
function extractionNaming(type: EntityType, surface: string, mentions: number, salt: string) {
  const text = `${Array.from({ length: mentions }, () => `${surface} spoke.`).join(" ")} (${salt})`;
  return {
    draft: {
      title: null,
      author: null,
      publishedAt: null,
      source: null,
      url: null,
      text,
      contentHash: hashContent(text),
      format: "txt" as const,
    },
    entities: [{ type, key: surface.toLowerCase(), name: surface, aliases: [], coordinates: null }],
    mentions: Array.from({ length: mentions }, (_, i) => ({
      entity: 0,
      sentenceIndex: i,
      start: i * (surface.length + 8),
      end: i * (surface.length + 8) + surface.length,
      surface,
      title: null,
      isMetonymy: false,
    })),
    relations: [],
    coOccurrences: [],
    timings: { segment: 0, recognize: 0, resolve: 0, relate: 0 },
  };
}

describe(`an entity's type is the vote of its mentions on ${BACKEND}`, () => {
  // Three mentions typed ORGANIZATION in one article, one PERSON in another, one OTHER in a third.
  const ARTICLES = [
    extractionNaming("PERSON", "Velmora", 1, "a"),
    extractionNaming("ORGANIZATION", "Velmora", 3, "b"),
    extractionNaming("OTHER", "Velmora", 1, "c"),
  ];
  const ORDERS = [
    [0, 1, 2],
    [2, 1, 0],
    [1, 0, 2],
    [2, 0, 1],
  ];
  it.each(ORDERS)("stores one ORGANIZATION whatever the order (%i, %i, %i)", async (...order) => {
    const fresh = await createTestDatabase();
    try {
      for (const index of order) {
        const extraction = ARTICLES[index] as (typeof ARTICLES)[number];
        await fresh.db.transaction().execute((trx) => storeArticle(trx, extraction));
      }
      const rows = await fresh.db
        .selectFrom("entities")
        .select(["type", "normalized_key", "mention_count"])
        .execute();
      expect(rows).toEqual([{ type: "ORGANIZATION", normalized_key: "velmora", mention_count: 5 }]);
    } finally {
      await fresh.close();
    }
  });

  // OTHER counts half: a specific type wins unless OTHER has more than twice its votes.
  const OTHER_ROWS: [string, number, EntityType, number, string][] = [
    ["a specific type against at most twice its OTHER votes", 4, "PERSON", 2, "PERSON"],
    ["OTHER against a specific type it more than doubles", 5, "PERSON", 2, "OTHER"],
    ["OTHER against a lone tagger reading", 4, "ORGANIZATION", 1, "OTHER"],
    ["a specific type against fewer OTHER votes", 3, "ORGANIZATION", 2, "ORGANIZATION"],
  ];
  it.each(OTHER_ROWS)("%s", async (_what, otherVotes, type, typeVotes, expected) => {
    for (const order of [
      ["OTHER", type],
      [type, "OTHER"],
    ] as const) {
      const fresh = await createTestDatabase();
      try {
        for (const which of order) {
          const extraction =
            which === "OTHER"
              ? extractionNaming("OTHER", "Quenlan", otherVotes, "d")
              : extractionNaming(type, "Quenlan", typeVotes, "e");
          await fresh.db.transaction().execute((trx) => storeArticle(trx, extraction));
        }
        const rows = await fresh.db.selectFrom("entities").select(["type"]).execute();
        expect(rows).toEqual([{ type: expected }]);
      } finally {
        await fresh.close();
      }
    }
  });

  // Two processes (or two server requests) storing at once: the second must see the first's
  // entities, or one name becomes two entities. Only a server has concurrent transactions.
  itOnPostgres(
    "links an article stored while another's transaction is open to that one's entities",
    async () => {
      const fresh = await createTestDatabase();
      try {
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let firstStored: () => void = () => undefined;
        const stored = new Promise<void>((resolve) => {
          firstStored = resolve;
        });
        const first = fresh.db.transaction().execute(async (trx) => {
          await storeArticle(trx, extractionNaming("ORGANIZATION", "Velmora", 3, "f"));
          firstStored();
          await held;
        });
        await stored;
        const second = fresh.db
          .transaction()
          .execute((trx) => storeArticle(trx, extractionNaming("PERSON", "Velmora", 1, "g")));
        // The second writer has had time to store on its own, had nothing held it back.
        await new Promise((resolve) => setTimeout(resolve, 500));
        release();
        await Promise.all([first, second]);
        const rows = await fresh.db
          .selectFrom("entities")
          .select(["type", "normalized_key", "mention_count"])
          .execute();
        expect(rows).toEqual([
          { type: "ORGANIZATION", normalized_key: "velmora", mention_count: 4 },
        ]);
      } finally {
        await fresh.close();
      }
    },
  );
});

describe(`cross-article linking reads the store through indexes on ${BACKEND}`, () => {
  // Every stored article runs these reads; one without an index scans all entities or aliases,
  // so storing grows slower with the store. The planner is told not to scan, so a plan that still
  // needs no index of ours means the query's expression no longer matches the migration's.
  it("finds candidates by key, alias last word and initials through the migration's indexes", async () => {
    const fresh = await createTestDatabase();
    try {
      await ingestText(
        fresh.db,
        "The World Anti-Doping Agency said on Monday that Moammar Gadhafi had met Tony Blair in Tripoli.",
      );
      const query = linkCandidateQuery({
        names: ["tony blair"],
        lastNames: ["gadhafi", "gaddafi"],
        keys: ["world anti doping agency"],
        bareKeys: ["place:tripoli"],
        initials: ["wada"],
      })!;
      const { plan, rows } = await fresh.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const explained = await sql<{ "QUERY PLAN": string }>`explain ${query}`.execute(trx);
        return {
          plan: explained.rows.map((row) => row["QUERY PLAN"]).join("\n"),
          rows: (await query.execute(trx)).rows,
        };
      });
      for (const index of [
        "entities_normalized_key_idx",
        "entity_aliases_last_word_idx",
        "entities_organization_initials_idx",
      ])
        expect(plan).toContain(index);
      expect(rows.map((row) => `${row.kind}:${row.key}`).sort()).toEqual([
        // The gazetteer keys the person by the usual spelling; this article's is an alias.
        "alias-last:muammar gaddafi",
        "alias-last:muammar gaddafi",
        "alias:tony blair",
        "bare:place:tripoli",
        "initials:world anti doping agency",
        "key:world anti doping agency",
        "last:muammar gaddafi",
      ]);
    } finally {
      await fresh.close();
    }
  });
  // Without statistics (PGlite, a server without autovacuum) the planner expected hundreds of
  // aliases for a dozen names and hash-joined a scan of every entity to the few it found.
  it("probes the entity of each matching alias by id, whatever the statistics", async () => {
    const fresh = await createTestDatabase();
    try {
      await sql`insert into entities (type, normalized_key, name, mention_count)
        select 'PERSON', 'person ' || i, 'Person ' || i, 1 from generate_series(1, 6000) as i`.execute(
        fresh.db,
      );
      await sql`insert into entity_aliases (entity_id, alias, normalized_alias)
        select id, 'Alias ' || name, 'alias ' || normalized_key from entities`.execute(fresh.db);
      const query = linkCandidateQuery({
        names: Array.from({ length: 12 }, (_, i) => `alias person ${i * 7 + 1}`),
        lastNames: Array.from({ length: 12 }, (_, i) => `${i * 5 + 2}`),
        keys: [],
        bareKeys: [],
        initials: [],
      })!;
      const explained = await sql<{ "QUERY PLAN": string }>`explain ${query}`.execute(fresh.db);
      const plan = explained.rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).not.toMatch(/Seq Scan on entities/);
      expect(plan).toContain("entities_pkey");
      const rows = (await query.execute(fresh.db)).rows;
      expect(
        rows
          .filter((row) => row.kind === "alias")
          .map((row) => row.key)
          .sort(),
      ).toEqual(Array.from({ length: 12 }, (_, i) => `person ${i * 7 + 1}`).sort());
      expect(rows.filter((row) => row.kind === "alias-last")).toHaveLength(12);
    } finally {
      await fresh.close();
    }
  });
});
