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
