import { describe, expect, it } from "vitest";
import {
  eventPlaceKeysNamedIn,
  placeKeysNamedIn,
  seatPlaceKeysNamedIn,
  sitePlaceKeysNamedIn,
} from "../../../src/pipeline/5-relate/named-cities.js";
import { analyzeText, factOf } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

describe("placeKeysNamedIn: the places an organisation's own name is named for", () => {
  // The places an article names, by name: a key of their own.
  const places = new Set(["Lyon", "New York", "Edinburgh", "Wall Street", "Geneva"]);
  const key = (words: string) => (places.has(words) ? `place:${words}` : undefined);
  const rows: [name: string, places: string[]][] = [
    ["Lyon Grain Exchange", ["Lyon"]],
    ["New York Cotton Board", ["New York"]],
    ["Lyon Commission for Trade and Reform", ["Lyon"]],
    ["Royal Bank of Edinburgh", ["Edinburgh"]],
    // A university or a council is of its place: no base from the name (seatPlaceKeysNamedIn).
    ["Royal College of Edinburgh", []],
    ["Lyon City Council", []],
    // A street, a head that is no body's (a fair, a prize, a crude price), or only the place: none.
    ["Wall Street Times", []],
    ["Geneva Grain Fair", []],
    ["Lyon Book Prize", []],
    ["Lyon Brent", []],
    ["Lyon", []],
    // Initials are no place.
    ["UN Food Agency", []],
  ];
  it.each(rows)("%s → %j", (name, named) => {
    expect(placeKeysNamedIn(name, key)).toEqual(named.map(key));
  });
});

/** A body named for a place the article names is BASED_IN it. */
const NAMED_CITIES: FactRow[] = [
  [
    "Trading on the Frankfurt Stock Exchange was brisk, dealers in Frankfurt said.",
    ["Frankfurt Stock Exchange BASED_IN Frankfurt"],
  ],
  [
    "Oil fell on the New York Mercantile Exchange as snow hit New York.",
    ["New York Mercantile Exchange BASED_IN New York"],
  ],
  // A paper named for a street is not based in the street.
  [
    "The Wall Street Journal said shares on Wall Street fell.",
    [],
    ["Wall Street Journal BASED_IN Wall Street"],
  ],
];

describe("seatPlaceKeysNamedIn: the places a university or a school lies in by its name", () => {
  const places = new Set(["Lyon", "New York", "Edinburgh", "Oregon", "Lisbon"]);
  const key = (words: string) => (places.has(words) ? `place:${words}` : undefined);
  const rows: [name: string, places: string[]][] = [
    ["Royal College of Edinburgh", ["Edinburgh"]],
    ["Edinburgh College of Art", ["Edinburgh"]],
    ["University of Oregon", ["Oregon"]],
    ["Lyon University", ["Lyon"]],
    ["New York School of Design", ["New York"]],
    // Another body's name: an exchange is based in its place (placeKeysNamedIn), a council none.
    ["Lyon Grain Exchange", []],
    ["Lyon City Council", []],
    ["Lisbon Council", []],
    // A university named for a person, or only the place: none.
    ["Hale University", []],
    ["Oregon", []],
  ];
  it.each(rows)("%s → %j", (name, named) => {
    expect(seatPlaceKeysNamedIn(name, key)).toEqual(named.map(key));
  });
});

/**
 * A university, a college or a school named for a place the article names lies in it
 * (LOCATED_IN), never based there; a council named for its city is given no place at all.
 */
const NAMED_SEATS: FactRow[] = [
  [
    "A lecturer at Glasgow University said students in Glasgow would benefit from the scheme.",
    ["Glasgow University LOCATED_IN Glasgow"],
    ["Glasgow University BASED_IN Glasgow"],
  ],
  [
    "Scientists from the University of Oregon found that rainfall in Oregon had fallen sharply.",
    ["University of Oregon LOCATED_IN Oregon"],
    ["University of Oregon BASED_IN Oregon"],
  ],
  [
    "Students at Edinburgh College of Art staged a show in Edinburgh last week.",
    ["Edinburgh College of Art LOCATED_IN Edinburgh"],
  ],
  // A council governs its place, and one named for a city may be a think-tank: no place.
  [
    "Lyon City Council said the plan for Lyon had been agreed.",
    [],
    ["Lyon City Council LOCATED_IN Lyon", "Lyon City Council BASED_IN Lyon"],
  ],
  [
    "Paul Martin of the Lisbon Council, a Brussels-based group, said the vision agreed in Lisbon was fading.",
    [],
    ["Lisbon Council LOCATED_IN Lisbon"],
  ],
];

describe("relate: universities and schools named for their place", () => {
  it.each(NAMED_SEATS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));

  it("gives no seat besides, with the model, to a university its name places", () => {
    const x = analyzeText(
      "Scientists from the University of Oregon found that rainfall in Oregon had fallen sharply.",
    );
    const facts = x.relations.map((relation) => factOf(x, relation));
    expect(facts).toContain("University of Oregon LOCATED_IN Oregon");
    expect(facts).not.toContain("University of Oregon BASED_IN Oregon");
  });
});

describe("relate: bodies named for their city", () => {
  it.each(NAMED_CITIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("eventPlaceKeysNamedIn: the place an event is named for", () => {
  // The places and countries an article names, by the words that name them (a demonym too).
  const places = new Map([
    ["Lyon", "place:lyon"],
    ["New York", "place:new york"],
    ["Norway", "NOR"],
    ["Norwegian", "NOR"],
    ["US", "USA"],
    ["Chile", "CHL"],
  ]);
  const key = (words: string) => places.get(words);
  const otherEvents = new Set(["Hale Cup"]);
  const isOtherEvent = (name: string) => otherEvents.has(name);
  const rows: [name: string, keys: string[]][] = [
    ["Lyon Marathon", ["place:lyon"]],
    ["New York Film Festival", ["place:new york"]],
    ["2006 Lyon Games", ["place:lyon"]],
    ["Norwegian Open", ["NOR"]],
    ["US presidential election", ["USA"]],
    ["Chile war", ["CHL"]],
    // A demonym before a lower-case "war" is a misread phrase ("a Norwegian war criminal").
    ["Norwegian war", []],
    // A place before another event's name is a side's ("the US Hale Cup team").
    ["US Hale Cup", []],
    // No event of one place (a world competition, a holiday), or no place at all.
    ["Lyon Derby Day", []],
    ["World Cup", []],
    ["Hale Cup", []],
    // A possessive or a compound is no venue.
    ["Lyon's Cup", []],
    ["US-led war", []],
    ["Lyon", []],
  ];
  it.each(rows)("%s → %j", (name, keys) => {
    expect(eventPlaceKeysNamedIn(name, key, isOtherEvent)).toEqual(keys);
  });
});

/** An event named for a place the article names lies in it (LOCATED_IN, stated by its name). */
const NAMED_EVENTS: FactRow[] = [
  [
    "Runners from Kenya dominated the Chicago Marathon, and Chicago hopes to host more races.",
    ["Chicago Marathon LOCATED_IN Chicago"],
  ],
  [
    "The film was shown at the Venice Film Festival, and critics in Venice praised it.",
    ["Venice Film Festival LOCATED_IN Venice"],
  ],
  [
    "Smith reached the quarter-finals of the Australian Open, the biggest event in Australia.",
    ["Australian Open LOCATED_IN Australia"],
  ],
  [
    "Turnout in the Iraqi election was high, officials in Iraq said.",
    ["Iraqi election LOCATED_IN Iraq"],
  ],
  // A misread phrase ("a German war criminal") or a side's name is no event of its place.
  [
    'On tape, Mr Smith is heard asking the reporter if he is a "German war criminal". Germany protested.',
    [],
    ["German war LOCATED_IN Germany"],
  ],
  [
    "Jones is close to naming US Davis Cup assistant Tom Hale as his coach, and the Davis Cup tie in the US starts soon.",
    [],
    ["US Davis Cup LOCATED_IN United States"],
  ],
];

/** A home nation's adjective in a body's or an event's name names the nation ("Scottish Cup"). */
const HOME_NATION_NAMES: FactRow[] = [
  [
    "The Welsh Rugby Union said clubs in Wales would lose funding.",
    ["Welsh Rugby Union BASED_IN Wales"],
  ],
  [
    "The Scottish Executive said Scotland would ban smoking in pubs.",
    ["Scottish Executive BASED_IN Scotland"],
  ],
  [
    "Celtic reached the Scottish Cup final, the biggest match in Scotland this year.",
    ["Scottish Cup LOCATED_IN Scotland"],
  ],
];

describe("relate: bodies and events named for a home nation", () => {
  it.each(HOME_NATION_NAMES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: events named for their place", () => {
  it.each(NAMED_EVENTS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("sitePlaceKeysNamedIn: the place a site or a region is named for", () => {
  const places = new Set(["Lyon", "New York", "Wales", "Europe"]);
  const key = (words: string) => (places.has(words) ? `place:${words}` : undefined);
  const rows: [name: string, places: string[]][] = [
    ["Lyon Airport", ["Lyon"]],
    ["New York Harbor", ["New York"]],
    ["Lyon Saint Castle", ["Lyon"]],
    ["South Wales", ["Wales"]],
    ["Western Europe", ["Europe"]],
    // An area's opening word may be another place; a site named for no place; a place alone.
    ["Lyon Sea", []],
    ["Hale Stadium", []],
    ["Wales", []],
    ["North Hale", []],
  ];
  it.each(rows)("%s → %j", (name, named) => {
    expect(sitePlaceKeysNamedIn(name, key)).toEqual(named.map(key));
  });
});

/** A site or a region named for a town or a nation the article names lies in it. */
const NAMED_SITES: FactRow[] = [
  [
    "Flights from Edinburgh Airport were delayed, passengers in Edinburgh said.",
    ["Edinburgh Airport LOCATED_IN Edinburgh"],
  ],
  ["Snow hit South Wales, and Wales was cold for a week.", ["South Wales LOCATED_IN Wales"]],
];

describe("relate: sites and regions named for their place", () => {
  it.each(NAMED_SITES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
