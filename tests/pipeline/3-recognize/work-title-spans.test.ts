import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Name:TYPE" for every entity, and "Subject TYPE Object" for every relation the rules alone read. */
function readingOf(text: string): { types: string[]; names: string[]; facts: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    types: x.entities.map((e) => `${e.name}:${e.type}`),
    names: x.entities.map((e) => e.name),
    facts: x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    ),
  };
}

type Row = [input: string, names: string[], facts: string[], absent?: string[]];

/** A work's title after a work noun, read whole. */
const TITLES: Row[] = [
  // Over "of the" between capitals.
  [
    "The comedy Keepers of the Lantern, starring Paul Denning, opened on Friday.",
    ["Keepers of the Lantern"],
    ["Paul Denning APPEARS_IN Keepers of the Lantern"],
  ],
  // A number that ends the title.
  [
    "The horror film Gravewood 3, starring Jane Hollis, took $5m.",
    ["Gravewood 3"],
    ["Jane Hollis APPEARS_IN Gravewood 3"],
  ],
  // A title the tagger may miss altogether after "film The".
  [
    "He starred in the 1961 film The Drifter, directed by Arthur Penrose.",
    [],
    ["Arthur Penrose CREATED Drifter"],
  ],
  // A title the tagger misses after a verb-like work noun a word of the trade qualifies.
  [
    "The record is outselling the Chemical Brothers' comeback single Galvanize.",
    ["Galvanize"],
    ["Chemical Brothers CREATED Galvanize"],
  ],
  // A title the tagger misses before "starring" and its mark, read whole.
  [
    "Rounding out the top ten was In Good Company - starring Dennis Quaid.",
    ["In Good Company"],
    ["Dennis Quaid APPEARS_IN In Good Company"],
  ],
  // "and" inside a title only when the article writes the whole title again.
  [
    "The album Salt and Honey reached number one. Salt and Honey sold well in Germany.",
    ["Salt and Honey"],
    [],
  ],
];

/** Words after a verb-like work noun that name no work: [input, names that stay no work]. */
const NOT_TITLES: [input: string, names: string[]][] = [
  // "show" and "play" as verbs.
  ["Polls show Jane Hollis ahead of her rival.", ["Jane Hollis"]],
  ["Rovers will play Albion in the final on Sunday.", ["Albion"]],
  // A show named before its noun: the name after it is the speaker's.
  ["Speaking on the Morning programme Mr Denning said he would stay.", ["Denning", "Mr Denning"]],
  // A sentence's first capitals before "starring" may be no title.
  ["Last week, starring in a play, he was tired.", ["Last week"]],
  // "a single" is one.
  ["The plan would create a single European market.", ["European"]],
];

describe("titles of works after a work noun", () => {
  it.each(TITLES)("%s", (input, names, facts, absent = []) => {
    const reading = readingOf(input);
    for (const name of names) expect(reading.names).toContain(name);
    for (const fact of facts) expect(reading.facts).toContain(fact);
    for (const fact of absent) expect(reading.facts).not.toContain(fact);
  });
  it.each(NOT_TITLES)("%s", (input, names) => {
    const reading = readingOf(input);
    for (const name of names) expect(reading.types).not.toContain(`${name}:OTHER`);
  });
});

/** A programme's name closed by "Show" after "the" or a possessive: [input, works, names that stay no work]. */
const SHOW_TITLES: [input: string, works: string[], notWorks: string[]][] = [
  ["The Midnight Show ran for 30 years.", ["Midnight Show"], []],
  // A headline's verb follows no article: no programme.
  ["Sales Figures Show a Rise in May.", [], ["Sales Figures Show", "Figures Show"]],
];

describe("programmes named with Show", () => {
  it.each(SHOW_TITLES)("%s", (input, works, notWorks) => {
    const reading = readingOf(input);
    for (const name of works) expect(reading.types).toContain(`${name}:OTHER`);
    for (const name of notWorks) expect(reading.types).not.toContain(`${name}:OTHER`);
  });
});

/**
 * A title the tagger read whole after a work noun is the work's in the whole article, whatever it
 * made of the bare mentions: [input, "Name:TYPE" readings present, readings absent].
 */
const WHOLE_TITLES: [input: string, present: string[], absent: string[]][] = [
  [
    "Comedy drama Lantern Road took the top prize. Lantern Road knocked out favourites Golden Mile.",
    ["Lantern Road:OTHER"],
    ["Lantern Road:PLACE"],
  ],
  [
    "Her new film Grey Harbour opened in London. Grey Harbour took $10m.",
    ["Grey Harbour:OTHER"],
    ["Grey Harbour:PLACE"],
  ],
  // A film named after its subject stays apart from him.
  [
    "He starred in the hit movie Jake, a biopic of late singer Jake Morton.",
    ["Jake:OTHER", "Jake Morton:PERSON"],
    [],
  ],
  // The maker after a work noun, then a verb of speech: a person.
  ["In the documentary Michael Moore said the war was wrong.", ["Michael Moore:PERSON"], []],
  // A form of address after a work noun: a person.
  ["In Mr Hale's book Mr Brown is said to have cried.", [], ["Mr Brown:OTHER", "Brown:OTHER"]],
];

describe("titles read whole after a work noun", () => {
  it.each(WHOLE_TITLES)("%s", (input, present, absent) => {
    const reading = readingOf(input);
    for (const type of present) expect(reading.types).toContain(type);
    for (const type of absent) expect(reading.types).not.toContain(type);
  });
});

/**
 * A work noun that is also a verb or a match, qualified as a work's ("cult hit X", "morning show
 * X", "his track X", "rhythm game X"): [input, readings present, readings absent].
 */
const QUALIFIED_NOUNS: [input: string, present: string[], absent: string[]][] = [
  ["Top TV cult hit Harbour Lane has triumphed over its rivals.", ["Harbour Lane:OTHER"], []],
  ["BBC One Saturday morning show Moonbase Kids won two awards.", ["Moonbase Kids:OTHER"], []],
  ["On his track Dos Caminos Negros, the rapper attacks rivals.", ["Dos Caminos Negros:OTHER"], []],
  ["The award went to GameCube bongo rhythm game Tamba Beat.", ["Tamba Beat:OTHER"], []],
  // Verbs and matches.
  ["The weak dollar would hit Europe's economies.", ["Europe:PLACE"], []],
  ["Budget documents show Mr Brown clawed back cash.", [], ["Brown:OTHER", "Mr Brown:OTHER"]],
  ["They show Jane Hollis in a new light.", ["Jane Hollis:PERSON"], []],
  ["During the game Tom Hale scored twice.", ["Tom Hale:PERSON"], []],
];

describe("titles after a qualified verb-like work noun", () => {
  it.each(QUALIFIED_NOUNS)("%s", (input, present, absent) => {
    const reading = readingOf(input);
    for (const type of present) expect(reading.types).toContain(type);
    for (const type of absent) expect(reading.types).not.toContain(type);
  });
});
