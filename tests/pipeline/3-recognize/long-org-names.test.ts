import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

/** [text, entities it must hold, entities it must not hold]. */
type Row = [input: string, expected: string[], absent: string[]];

// Issues 10 and 14: long organisation names the tagger cut apart.
describe("long organisation names stay whole", () => {
  const rows: Row[] = [
    // A bracketed acronym after the name spells it whole, list and "the" inside.
    [
      "The Regional Commission for Northern Europe and the Baltic (RCNEB) said trade grew by 4%.",
      ["ORGANIZATION Regional Commission for Northern Europe and the Baltic"],
      ["ORGANIZATION Regional Commission", "PLACE Northern Europe"],
    ],
    // A school's head, the tagger's place before it and its thing after it ("London" + "School of Economics").
    [
      "Tom Hale, a senior research fellow at the London School of Economics, said so.",
      ["ORGANIZATION London School of Economics"],
      ["PLACE London", "OTHER School of Economics"],
    ],
    // A possessive after a listed name ends the owner's name; an unlisted one is the name's own.
    [
      "The United Nations' Economic Commission for Latin America said trade grew.",
      ["ORGANIZATION United Nations", "ORGANIZATION Economic Commission for Latin America"],
      ["ORGANIZATION United Nations' Economic Commission"],
    ],
    [
      "Insurers at Lloyd's of London said claims rose.",
      ["ORGANIZATION Lloyd's of London"],
      ["ORGANIZATION Lloyd"],
    ],
    // The article writes the whole name twice.
    [
      "Ann Lowe, a lecturer at the Centre for Voice, Gesture and Signal Analysis, said it worked. " +
        "The Centre for Voice, Gesture and Signal Analysis opened in 2001.",
      ["ORGANIZATION Centre for Voice, Gesture and Signal Analysis"],
      ["ORGANIZATION Centre for Voice", "ORGANIZATION Signal Analysis"],
    ],
    // Alone, with no list inside, where the tagger saw a name ending where it ends.
    [
      "Ross Adler, an economist at Royal Bank of Wessex, said rates would rise.",
      ["ORGANIZATION Royal Bank of Wessex"],
      ["PERSON Royal Bank", "ORGANIZATION Royal Bank"],
    ],
    // A list that closes the name on a place, not a second body.
    [
      "The Prison Federation of Mercia and Wessex said the jails were full.",
      ["ORGANIZATION Prison Federation of Mercia and Wessex"],
      [],
    ],
    // A listed organisation after the "and" is a second body.
    [
      "The Prison Federation of Mercia and Nato signed a deal.",
      ["ORGANIZATION NATO"],
      ["ORGANIZATION Prison Federation of Mercia and Nato"],
    ],
  ];
  it.each(rows)("%s", (text, expected, absent) => {
    const entities = entitiesOf(text);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("long organisation names do not swallow what follows them", () => {
  const rows: Row[] = [
    // A second body after "and" is not part of the name.
    [
      "Loans from the National Bank of Ruritania and Barclays fell.",
      ["ORGANIZATION Barclays"],
      ["ORGANIZATION National Bank of Ruritania and Barclays"],
    ],
    // A person after the name ends it.
    [
      "Bank of England Governor Mervyn Kingsley said rates would stay.",
      ["PERSON Mervyn Kingsley"],
      ["ORGANIZATION Bank of England Governor Mervyn Kingsley"],
    ],
  ];
  it.each(rows)("%s", (text, expected, absent) => {
    const entities = entitiesOf(text);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("a hyphenated capitalised first word stays in an organisation's name", () => {
  const rows: Row[] = [
    [
      "Reports from the US Treasury and the Inter-Arab Development Bank have said exports rose.",
      ["ORGANIZATION Inter-Arab Development Bank"],
      ["ORGANIZATION Development Bank"],
    ],
    // Or a bracketed acronym after it spells the whole.
    [
      "The Trans-Pacific Development Bank (TPDB) said exports rose.",
      ["ORGANIZATION Trans-Pacific Development Bank"],
      ["ORGANIZATION Development Bank", "ORGANIZATION TPDB"],
    ],
    // A listed company after it keeps its identity: the word describes it.
    ["Profits at Anglo-Dutch Shell rose by 10%.", ["ORGANIZATION Shell"], []],
  ];
  it.each(rows)("%s", (text, expected, absent) => {
    const entities = entitiesOf(text);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
