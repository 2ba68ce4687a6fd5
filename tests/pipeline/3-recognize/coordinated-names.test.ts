import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The names of a text's entities. */
function namesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => entity.name);
}

/** [text, names it must hold, names it must not hold]. */
type Row = [input: string, expected: string[], absent: string[]];

describe("two names joined by 'and' split when the article names each alone", () => {
  const rows: Row[] = [
    [
      "Oscar hopefuls The Navigator, Billion Pound Baby and Sidelines all cashed in on their " +
        "multiple nominations with stronger ticket sales. Tom Hale's Billion Pound Baby took $11m. " +
        "Oscar nominee Sidelines came seventh.",
      ["Billion Pound Baby", "Sidelines"],
      ["Billion Pound Baby and Sidelines"],
    ],
    // Named only whole, the name stays one. (The GloVe tagger reads "Box office hits Paper Kings
    // and Silver Lanterns", this case's old sentence, as the two films it names.)
    [
      "The Prison Federation of Mercia and Wessex said the jails were full.",
      ["Prison Federation of Mercia and Wessex"],
      ["Prison Federation of Mercia", "Wessex"],
    ],
    // Two firms' whole names, each ended by a firm's word, are two firms even named once.
    [
      "Nigerian lenders Zorvex Bank and Okafor Securities agreed to merge.",
      ["Zorvex Bank", "Okafor Securities"],
      ["Zorvex Bank and Okafor Securities"],
    ],
    // A half that is a firm's word alone is no firm's name: one bank.
    [
      "Shares in Kelmore Bank and Trust Company rose on Monday.",
      ["Kelmore Bank and Trust Company"],
      ["Kelmore Bank", "Trust Company"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const names = namesOf(input);
    for (const name of expected) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});

// Issue 10: two bodies, each named whole by an organisation's head, read as one organisation
// across "and" (the relation went to a node that is neither).
describe("two bodies joined by 'and' split even named once", () => {
  const rows: Row[] = [
    // A head closes the left name; the right opens on "the" and its head before "for".
    [
      "The contest is run by the Hansard Society and the Department for Education and Skills.",
      ["Hansard Society", "Department for Education and Skills"],
      ["Hansard Society and the Department for Education and Skills"],
    ],
    [
      "The poll was backed by the Electoral Commission and the Department for Transport.",
      ["Electoral Commission", "Department for Transport"],
      ["Electoral Commission and the Department for Transport"],
    ],
    // Heads closing both names.
    [
      "The Wessex Bankers Association and Building Societies Association said lending fell.",
      ["Wessex Bankers Association", "Building Societies Association"],
      ["Wessex Bankers Association and Building Societies Association"],
    ],
    // A head before "of" opens the right name.
    [
      "Shares in Mercia Construction Bank and Bank of Wessex rose on Monday.",
      ["Mercia Construction Bank", "Bank of Wessex"],
      ["Mercia Construction Bank and Bank of Wessex"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const names = namesOf(input);
    for (const name of expected) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});

describe("one body's name with 'and' inside stays whole", () => {
  const rows: Row[] = [
    // One word after "and" is no body's whole name.
    [
      "The Department of Trade and Industry said exports rose.",
      ["Department of Trade and Industry"],
      ["Department of Trade", "Industry"],
    ],
    // Nor is a right half without a head ("Higher Education").
    [
      "She teaches at the Kelso College of Further and Higher Education.",
      ["Kelso College of Further and Higher Education"],
      ["Kelso College of Further"],
    ],
    // Nor a left half without one ("Securities").
    [
      "The Securities and Exchange Commission fined the bank.",
      ["Securities and Exchange Commission"],
      ["Exchange Commission"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const names = namesOf(input);
    for (const name of expected) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});
