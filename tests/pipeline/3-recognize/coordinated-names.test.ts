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
      "Oscar hopefuls The Harbour, Golden Wire Baby and Slowpoke all gained. " +
        "Tom Hale's Golden Wire Baby took $11m. Oscar nominee Slowpoke came seventh.",
      ["Golden Wire Baby", "Slowpoke"],
      ["Golden Wire Baby and Slowpoke"],
    ],
    // Named only whole, the name stays one.
    [
      "Box office hits Paper Kings and Silver Lanterns were shot in Leeds.",
      [],
      ["Paper Kings", "Silver Lanterns"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const names = namesOf(input);
    for (const name of expected) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});
