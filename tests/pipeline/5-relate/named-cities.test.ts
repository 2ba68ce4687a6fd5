import { describe, expect, it } from "vitest";
import { placeKeysNamedIn } from "../../../src/pipeline/5-relate/named-cities.js";
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
    // A university or a council is of its place: no base from the name.
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

describe("relate: bodies named for their city", () => {
  it.each(NAMED_CITIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
