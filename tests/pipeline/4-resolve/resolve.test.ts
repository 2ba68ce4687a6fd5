import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/pipeline/types.js";
import { analyzeText as analyze } from "../../helpers/pipeline.js";

/** "TYPE Name" of the entity each given surface was resolved to, first mention of that surface. */
function resolvedAs(x: Extraction, surface: string): string | undefined {
  const mention = x.mentions.find((m) => m.surface === surface);
  const entity = mention && x.entities[mention.entity];
  return entity && `${entity.type} ${entity.name}`;
}

// [text, surface → "TYPE canonical name" it must resolve to]
type Row = [text: string, expected: Record<string, string>];

const SHORT_FORMS: Row[] = [
  [
    "Chinese President Xi Jinping landed on Monday. Officials said Xi would stay two days.",
    { Xi: "PERSON Xi Jinping", "Xi Jinping": "PERSON Xi Jinping" },
  ],
  [
    "Russian President Vladimir Putin met the envoy. Later, Putin said little.",
    { Putin: "PERSON Vladimir Putin" },
  ],
  // No full name in the article: the curated list names the person.
  // (The tagger leaves the honorific out of the name, as CoNLL marks it: "Mr. [Biden]".)
  ["Critics said Mr. Biden had waited too long.", { Biden: "PERSON Joe Biden" }],
  ["The tariffs imposed under Trump were kept.", { Trump: "PERSON Donald Trump" }],
  // The short name as one of the person's listed spellings ends it ("Moammar Gadhafi").
  [
    "The rulers fell one by one: the first fled, Gadhafi was killed.",
    { Gadhafi: "PERSON Muammar Gaddafi" },
  ],
  ["Kyiv said Zelenskiy would travel on Monday.", { Zelenskiy: "PERSON Volodymyr Zelensky" }],
  // The article's own full name wins over the curated list.
  [
    "Cherie Blair opened the new wing. Blair said the hospital was ready.",
    { Blair: "PERSON Cherie Blair" },
  ],
  [
    "Author Philip van Doren Stern wrote the story in 1943. Van Doren Stern sold it to a studio.",
    { "Van Doren Stern": "PERSON Philip van Doren Stern" },
  ],
];

const ACRONYMS_AND_COUNTRIES: Row[] = [
  // Party adjectives name the party, as demonyms name countries.
  [
    "Tory leader Alan Fenwick and a Lib Dem spokesman disagreed.",
    { Tory: "ORGANIZATION Conservative Party", "Lib Dem": "ORGANIZATION Liberal Democrats" },
  ],
  [
    "The International Criminal Court issued a warrant. The ICC said the case was open.",
    { ICC: "ORGANIZATION International Criminal Court" },
  ],
  [
    "The US said it would respond. The U.S. envoy and the United States Senate agreed, and America waited.",
    {
      US: "COUNTRY United States",
      "U.S.": "COUNTRY United States",
      America: "COUNTRY United States",
    },
  ],
  [
    "Russian forces moved west while Chinese diplomats watched.",
    { Russian: "COUNTRY Russia", Chinese: "COUNTRY China" },
  ],
];

const METONYMY: Row[] = [
  ["Washington regards the plan as a trap.", { Washington: "COUNTRY United States" }],
  ["The two leaders hit out at Washington on Friday.", { Washington: "COUNTRY United States" }],
  [
    "Beijing's proposals were welcomed by the Kremlin.",
    { Beijing: "COUNTRY China", Kremlin: "COUNTRY Russia" },
  ],
  ["He ended his trip to Moscow on Tuesday.", { Moscow: "PLACE Moscow" }],
  // A capital as a modifier, in a "-based" compound or owning a non-political noun is the city.
  ["She took silver in the Athens Olympic final.", { Athens: "PLACE Athens" }],
  ["A London-based developer released the app.", { "London-based": "PLACE London" }],
  ["Strikes closed London's main rail stations.", { London: "PLACE London" }],
  [
    "The paper criticised Washington's belligerent propaganda again.",
    { Washington: "COUNTRY United States" },
  ],
];

// One name the tagger reads several ways: the mention whose neighbouring words type it wins the vote.
const CUED_TYPES: Row[] = [
  // "a researcher at X": the workplace after a calling is an organisation.
  [
    'Zentrolab is testing the game in schools. It is being used by Zentrolab in two classes. Pupils wrote to Zentrolab every week. "It works," said Ann Hale, a researcher at Zentrolab.',
    { Zentrolab: "ORGANIZATION Zentrolab" },
  ],
  [
    "Loxley, a researcher at Brenwick, said the tests worked. Brenwick is in talks. Brenwick tested the chip in Ohio. Brenwick will say more in May.",
    { Brenwick: "ORGANIZATION Brenwick" },
  ],
  // "X chief executive Tom Hale": a firm's calling after the name.
  [
    "Quarrow said the deal was done. Quarrow has 20 stores. Quarrow chief executive Tom Hale said profits rose.",
    { Quarrow: "ORGANIZATION Quarrow" },
  ],
  // "the best actor Bafta": a calling after "best" names an award's category, which is no cue.
  [
    "Hale lost out on the best actor Bafta to Cole. Winning a Bafta means a lot, he said. He was proud to receive this Bafta.",
    { Bafta: "ORGANIZATION Bafta" },
  ],
];

describe("resolution inside one article", () => {
  it.each(CUED_TYPES)("types every mention by its cue: %s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected)) {
      const typed = x.mentions
        .filter((m) => m.surface === surface)
        .map((m) => `${x.entities[m.entity]?.type} ${x.entities[m.entity]?.name}`);
      expect(typed.length).toBeGreaterThan(1);
      expect(new Set(typed)).toEqual(new Set([entity]));
    }
  });

  describe.each([
    ["short forms", SHORT_FORMS],
    ["acronyms and countries", ACRONYMS_AND_COUNTRIES],
    ["metonymy", METONYMY],
  ] as const)("%s", (_name, rows) => {
    it.each(rows)("%s", (text, expected) => {
      const x = analyze(text);
      for (const [surface, entity] of Object.entries(expected))
        expect([surface, resolvedAs(x, surface)]).toEqual([surface, entity]);
    });
  });

  it("marks a capital standing for its country as metonymy, a literal place not", () => {
    const x = analyze(
      "Washington regards the plan as a trap. He ended his trip to Moscow on Tuesday.",
    );
    expect(x.mentions.find((m) => m.surface === "Washington")?.isMetonymy).toBe(true);
    expect(x.mentions.find((m) => m.surface === "Moscow")?.isMetonymy).toBe(false);
  });

  it("keeps two people who share a surname apart, and the bare surname on neither", () => {
    const x = analyze(
      "Gary Neville and Phil Neville both started the match. Neville limped off after an hour.",
    );
    const people = x.entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Gary Neville", "Phil Neville"]));
    for (const name of ["Gary Neville", "Phil Neville"]) {
      expect(x.entities.find((e) => e.name === name)?.aliases).not.toContain("Neville");
    }
  });

  it("splits a tagger span at a form of address and drops a bare title", () => {
    const x = analyze("Speaking to the BBC Mr Yeo said the MP had resigned.");
    expect(resolvedAs(x, "BBC")).toBe("ORGANIZATION BBC");
    expect(resolvedAs(x, "Mr Yeo")).toBe("PERSON Yeo");
    expect(x.entities.map((e) => e.name)).not.toContain("MP");
  });

  it("a form of address marks a person even when the tagger typed the span otherwise", () => {
    const x = analyze(
      "Finance minister Anna Kowalczyk defended the budget. Ms Kowalczyk said taxes would not rise.",
    );
    expect(resolvedAs(x, "Ms Kowalczyk") ?? resolvedAs(x, "Kowalczyk")).toBe(
      "PERSON Anna Kowalczyk",
    );
  });

  it("gives one entity per person, short forms joining the full name, every mention on an entity", () => {
    const x = analyze(
      "Xi Jinping met Vladimir Putin in Moscow. Xi and Putin signed the AUKUS-style pact. The Kremlin said Putin was pleased.",
    );
    // Short forms join the full names: two people, each with every one of their mentions.
    const people = x.entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people.sort()).toEqual(["Vladimir Putin", "Xi Jinping"]);
    const surfacesOf = (name: string) =>
      x.mentions
        .filter((m) => x.entities[m.entity]?.name === name)
        .map((m) => m.surface)
        .sort();
    expect(surfacesOf("Xi Jinping")).toEqual(["Xi", "Xi Jinping"]);
    expect(surfacesOf("Vladimir Putin")).toEqual(["Putin", "Putin", "Vladimir Putin"]);
    for (const m of x.mentions) expect(x.entities[m.entity]).toBeDefined();
  });

  // [sentence, entity name, coordinates]: countries are placed by world-countries' latlng.
  const placed: [string, string, { latitude: number; longitude: number } | null][] = [
    ["China and France signed a trade deal.", "China", { latitude: 35, longitude: 105 }],
    ["China and France signed a trade deal.", "France", { latitude: 46, longitude: 2 }],
    ["German Chancellor Olaf Scholz spoke.", "Germany", { latitude: 51, longitude: 9 }],
    ["German Chancellor Olaf Scholz spoke.", "Olaf Scholz", null],
  ];
  it.each(placed)("%s → %s at %j", (text, name, coordinates) => {
    const entity = analyze(text).entities.find((e) => e.name === name);
    expect(entity?.coordinates).toEqual(coordinates);
  });
});

/**
 * A name the article cues as an organisation ("Harlow, the US car company", "spokesman for Keep
 * Dunmore Green") is the organisation in every mention: not a surname of a person of the same
 * name, nor a person where the tagger read it so. A person stays a person without such a cue.
 */
const CUED_ORGANIZATIONS: Row[] = [
  [
    'Harlow, the US car company, reported higher profits. Harlow sales rose in Europe. "We did well," said chairman and chief executive Bill Harlow.',
    { Harlow: "ORGANIZATION Harlow", "Bill Harlow": "PERSON Bill Harlow" },
  ],
  [
    "Marwick, the British software firm, said profits rose. Marwick plans to hire staff, said chief executive Anne Marwick.",
    { Marwick: "ORGANIZATION Marwick", "Anne Marwick": "PERSON Anne Marwick" },
  ],
  [
    "Voters backed the official Keep Dunmore Green campaign. Tom Hale, spokesman for Keep Dunmore Green, said the vote was close.",
    { "Keep Dunmore Green": "ORGANIZATION Keep Dunmore Green", "Tom Hale": "PERSON Tom Hale" },
  ],
  // A lone word read as a person that opens the one organisation's name is that organisation,
  // unless a person of the article bears it.
  [
    "Sales of beer fell, according to Okamura Breweries. Okamura is predicting profits to rise 50% this year.",
    { Okamura: "ORGANIZATION Okamura Breweries" },
  ],
  [
    "Okamura Breweries hired Kenji Okamura in May. Okamura is predicting profits to rise 50% this year.",
    { Okamura: "PERSON Kenji Okamura" },
  ],
  // No cue, or "analyst" (which leads a firm and a person alike) before a full name's surname.
  [
    "Anna Pirsig, an expert at the Halden Institute, spoke first. According to analyst Pirsig, the vote was fair.",
    { Pirsig: "PERSON Anna Pirsig" },
  ],
  [
    "Bill Harlow said he would stay. Harlow, 54, took over in May.",
    { Harlow: "PERSON Bill Harlow" },
  ],
];

describe("resolve: names cued as organisations", () => {
  it.each(CUED_ORGANIZATIONS)("%s", (text, expected) => {
    const x = analyze(text);
    for (const [surface, entity] of Object.entries(expected))
      expect(resolvedAs(x, surface)).toBe(entity);
  });
});

// A name the words beside one mention cue as a work is that work in every mention the tagger
// read as a person; a form of address, or a surname of a person named in full, keeps the person.
const CUED_WORKS: Row[] = [
  [
    "The Baftas honour British cinema, and this year Ellen Marsh is the obvious candidate. It should be Ellen Marsh at this year's Baftas, said Mr Jolin. He was nominated for his role in Ellen Marsh but felt that Kate Hollis could win.",
    { "Ellen Marsh": "OTHER Ellen Marsh", "Kate Hollis": "PERSON Kate Hollis" },
  ],
  // "the biopic Kersey" beside "Alfred Kersey": a bare "Kersey" may be the man.
  [
    "The biopic Kersey, starring Liam Neeson as researcher Alfred Kersey, opened. Kersey said sex was science.",
    { "Alfred Kersey": "PERSON Alfred Kersey" },
  ],
  [
    "In Mr Hale's book Mr Brown is said to have cried. Mr Brown denied it.",
    { "Mr Brown": "PERSON Brown" },
  ],
];

describe("resolve: names cued as works", () => {
  it.each(CUED_WORKS)("%s", (text, expected) => {
    const x = analyze(text, null, { relationModel: null });
    for (const [surface, entity] of Object.entries(expected))
      expect(resolvedAs(x, surface)).toBe(entity);
  });
});
