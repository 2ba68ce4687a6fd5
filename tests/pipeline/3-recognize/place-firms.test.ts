import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[], absent: string[]];

/** An unlisted name the tagger read as a place, written with a firm's words, is a firm. */
const PLACE_FIRM_ROWS: Row[] = [
  [
    "Shares in Torvalen rose 4% after the firm reported results.",
    ["ORGANIZATION Torvalen"],
    ["PLACE Torvalen"],
  ],
  [
    "Investors bought a stake in Brannick last week.",
    ["ORGANIZATION Brannick"],
    ["PLACE Brannick"],
  ],
  [
    "Sales at Velmora fell. Velmora's profits rose by 5% last year.",
    ["ORGANIZATION Velmora"],
    ["PLACE Velmora"],
  ],
  [
    "The deal lets Kestrin and Velmora, which makes radios, merge.",
    ["ORGANIZATION Velmora"],
    ["PLACE Velmora"],
  ],
  // A place the article writes of as a place, or one GeoNames knows, keeps its type.
  ["Police in Ravenholm said it was quiet.", ["PLACE Ravenholm"], ["ORGANIZATION Ravenholm"]],
  // (The GloVe tagger reads a bare "Ravenholm's workers" as a person's, "Shares in Leeds" as the
  // club's or a firm's: these rows keep names it reads as places.)
  [
    "In Ravenholm, workers went on strike. Ravenholm's workers want more pay.",
    ["PLACE Ravenholm"],
    ["ORGANIZATION Ravenholm"],
  ],
  ["Floods hit the town of Ravenholm, which lies on the river.", ["PLACE Ravenholm"], []],
  ["Shares in Manchester rose.", ["PLACE Manchester"], ["ORGANIZATION Manchester"]],
  // Owned outright, or owning, a name is a firm ("which owns the Woolwich", "owned by Globex");
  // not where it only modifies what is owned, nor a person owning.
  ["The duke owns the Woolwich estate.", ["PLACE Woolwich"], ["ORGANIZATION Woolwich"]],
  ["The club is owned by Tom Hale.", ["PERSON Tom Hale"], ["ORGANIZATION Tom Hale"]],
  ["Tom Hale's parent said so.", ["PERSON Tom Hale"], ["ORGANIZATION Tom Hale"]],
];

/**
 * An unlisted name the tagger read as a person, written with words no person takes, is a firm;
 * words a person has too ("shares", "earnings") or a form of address leave the person.
 */
const PERSON_FIRM_ROWS: Row[] = [
  // A one-word subject "its" names the unit of is a firm; not one a person's pronoun follows.
  [
    "Yukos has announced plans to make its Samaraneftegaz unit the biggest oil producer.",
    ["ORGANIZATION Yukos"],
    ["PERSON Yukos"],
  ],
  ["Hale said he would sell its oil unit.", ["PERSON Hale"], ["ORGANIZATION Hale"]],
  [
    "Korvane's profits rose by 5% last year. Korvane said demand was strong.",
    ["ORGANIZATION Korvane"],
    ["PERSON Korvane"],
  ],
  [
    "Analysts said Dalmont Rees's turnover had slowed. Dalmont Rees employs 900 people.",
    ["ORGANIZATION Dalmont Rees"],
    ["PERSON Dalmont Rees"],
  ],
  // "housebuilder Perry Lomax": a firm named for its founder, and its short name with it.
  [
    "Investors praised housebuilder Perry Lomax. Lomax's profit figures came in at the top of forecasts.",
    ["ORGANIZATION Perry Lomax"],
    ["PERSON Perry Lomax", "PERSON Lomax"],
  ],
  [
    "Tom Hale's shares in the club were sold. Hale said he was sad.",
    ["PERSON Tom Hale"],
    ["ORGANIZATION Tom Hale"],
  ],
  ["Tom Hale's earnings rose after the move.", ["PERSON Tom Hale"], ["ORGANIZATION Tom Hale"]],
  ["Mr Hale's profits from the sale were large.", ["PERSON Hale"], ["ORGANIZATION Hale"]],
];

/** A title word before a firm's trade word opens the firm's name, not a person's. */
const TITLE_FIRM_ROWS: Row[] = [
  [
    "Acme Corp, which is owned by General Electric, said profits rose.",
    ["ORGANIZATION General Electric"],
    ["PERSON Electric", "ORGANIZATION Electric"],
  ],
  [
    "Orders rose at General Dynamics, the defence firm.",
    ["ORGANIZATION General Dynamics"],
    ["PERSON Dynamics"],
  ],
  // A person after a title is still a person.
  ["Lieutenant General Alan Pike said the war was over.", ["PERSON Alan Pike"], []],
];

describe("recognize: firms the tagger typed a place", () => {
  it.each(PLACE_FIRM_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("recognize: firms the tagger typed a person", () => {
  it.each(PERSON_FIRM_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("recognize: firms' names that open with a title word", () => {
  it.each(TITLE_FIRM_ROWS)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
