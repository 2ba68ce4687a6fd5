import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { lookupCity } from "../../../src/pipeline/3-recognize/gazetteer/city-lookups.js";
import { recognizeMentions } from "../../../src/pipeline/3-recognize/recognize.js";
import { CITY_MIN_POPULATION_BARE } from "../../../src/pipeline/model/gazetteers/cities.js";
import { foldDiacritics } from "../../../src/pipeline/model/gazetteers/countries.js";
import { analyzeText } from "../../helpers/pipeline.js";

/** "surface → key" for every place candidate of a text. */
function placesOf(text: string): string[] {
  return recognizeMentions(text, segmentText(text))
    .filter((c) => c.type === "PLACE")
    .map((c) => `${c.surface} → ${c.key ?? "?"}`);
}

type Row = [input: string, expected: string[], absent: string[]];

const ROWS: Row[] = [
  // A tagger location that GeoNames knows.
  ["Talks were held in Mombasa, Kenya.", ["Mombasa → place:mombasa"], []],
  // A person "from" a name the tagger called an organisation comes from a place; "from" alone
  // does not make one ("a letter from" a firm).
  ["A man from Buffalo was hurt.", ["Buffalo → place:buffalo"], []],
  ["She got a letter from Buffalo on Monday.", [], ["Buffalo → place:buffalo"]],
  // The homonym in a country the article names beats the most populous one.
  [
    "The mayor of Birmingham spoke. The United States agreed.",
    ["Birmingham → place:birmingham-usa"],
    ["Birmingham → place:birmingham"],
  ],
  ["The mayor of Birmingham spoke. Britain agreed.", ["Birmingham → place:birmingham"], []],
  // Not when the most populous homonym dwarfs the named country's: a British story's marathon in
  // Boston is in the United States, a Canadian firm's office in Sydney in Australia.
  [
    "She has won the marathons in Boston and Tokyo. The British team agreed.",
    ["Boston → place:boston"],
    ["Boston → place:boston-gbr"],
  ],
  [
    "The firm has offices in Toronto, Amsterdam and Sydney. Canada is its home.",
    ["Sydney → place:sydney"],
    ["Sydney → place:sydney-can"],
  ],
  [
    "The band will play in Glasgow in June. The American tour ends there.",
    ["Glasgow → place:glasgow"],
    ["Glasgow → place:glasgow-usa"],
  ],
  // A bare name after a place preposition, and a "-based" compound.
  ["He lives in Reading.", ["Reading → place:reading"], []],
  ["The Leeds-based charity said so.", ["Leeds → place:leeds"], []],
  // A compound opening the sentence, and a city of two words before "-based": the whole city,
  // not the first word the tagger kept as a name of its own.
  ["Leeds-based research group Zorvex said so.", ["Leeds → place:leeds"], []],
  [
    "Shares in Santa Monica-based Zorvex rose.",
    ["Santa Monica → place:santa-monica"],
    ["Monica → place:monica"],
  ],
  // Sentence-initial "person" re-read as a large city of a country the sentence names.
  ["Mombasa is a city in Kenya.", ["Mombasa → place:mombasa"], []],
  // A city name the tagger split at a lowercase particle is one city, and no longer two places.
  [
    "Officials in Dar es Salaam said so.",
    ["Dar es Salaam → place:dar-es-salaam"],
    ["Dar → ?", "Salaam → ?"],
  ],
  // A mid-sized city the tagger called an organisation, right after "in": the city; a holding
  // ("a stake in") stays the company.
  ["The court in Karlsruhe said the law was void.", ["Karlsruhe → place:karlsruhe"], []],
  ["He sold his company in Leverkusen.", ["Leverkusen → place:leverkusen"], []],
  ["The firm bought a stake in Leverkusen last year.", [], ["Leverkusen → place:leverkusen"]],
  // A settlement noun before the name, or before "of" and the name, makes any place GeoNames
  // knows the place, whatever the tagger read; not a name after other words.
  ["Leaders arrived in the Swiss mountain resort Davos.", ["Davos → place:davos"], []],
  ["Leaders met in the resort town of Davos.", ["Davos → place:davos"], []],
  ["He flew to the city of Leeds.", ["Leeds → place:leeds"], []],
  ["The firm hired Davos Partners last year.", [], ["Davos → place:davos"]],
  // Common words, calendar names and people are not cities.
  ["Reading is a good habit.", [], ["Reading → place:reading"]],
  ["Mobile phones are cheap.", [], ["Mobile → place:mobile"]],
  ["It was raining in March.", [], ["March → place:march"]],
  ["Obama flew to Japan.", [], ["Obama → place:obama"]],
  ["Marlin will be built on technology from IBM.", [], ["Marlin → place:marlin"]],
  ["She moved to Bath in May.", [], ["May → place:may"]],
  // The tagger's person span wins over the city look-up.
  ["Paris Hilton arrived in Nice on Friday.", ["Nice → place:nice"], ["Paris → place:paris"]],
];

describe("GeoNames cities in recognition", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    const places = placesOf(input);
    for (const place of expected) expect(places).toContain(place);
    for (const place of absent) expect(places).not.toContain(place);
  });
});

describe("lookupCity", () => {
  const rows: [name: string, minPopulation: number, country: string | undefined][] = [
    ["Mombasa", CITY_MIN_POPULATION_BARE, "KEN"],
    ["São Paulo", CITY_MIN_POPULATION_BARE, "BRA"],
    ["Sao Paulo", CITY_MIN_POPULATION_BARE, "BRA"],
    ["Reading", CITY_MIN_POPULATION_BARE, "GBR"],
    // Toponyms under the threshold are not cities of that name.
    ["Reading", 1_000_000, undefined],
    ["Narnia", 0, undefined],
  ];
  it.each(rows)("%s (≥ %d) → %s", (name, minPopulation, country) => {
    expect(lookupCity(name, minPopulation)?.country).toBe(country);
  });
});

describe("foldDiacritics", () => {
  const rows: [text: string, folded: string][] = [
    ["Bogotá", "Bogota"],
    ["São Paulo", "Sao Paulo"],
    ["Malmö–Köln", "Malmo–Koln"],
    ["Reading", "Reading"],
    ["", ""],
    ["O'Neill-Smith 2", "O'Neill-Smith 2"],
  ];
  it.each(rows)("%s → %s", (text, folded) => {
    expect(foldDiacritics(text)).toBe(folded);
  });
});

describe("city entities carry coordinates", () => {
  const rows: [input: string, name: string, latitude: number, longitude: number][] = [
    ["Talks were held in Mombasa, Kenya.", "Mombasa", -4.05, 39.66],
    ["Protesters gathered in Paris.", "Paris", 48.85, 2.35],
  ];
  it.each(rows)("%s", (input, name, latitude, longitude) => {
    const extraction = analyzeText(input);
    const place = extraction.entities.find((e) => e.name === name);
    expect(place?.coordinates?.latitude).toBeCloseTo(latitude, 1);
    expect(place?.coordinates?.longitude).toBeCloseTo(longitude, 1);
  });
});
