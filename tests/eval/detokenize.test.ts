import { describe, expect, it } from "vitest";
import { TokenJoiner } from "../../src/eval/detokenize.js";

/** [tokens, running text]: how a data set's tokens read as a news page writes them. */
const ROWS: [string[], string][] = [
  [["Berlin", "-", "based", "Zalando", "grew", "."], "Berlin-based Zalando grew."],
  [
    ["Germany", "'s", "Angela", "Merkel", "said", ",", "again", "."],
    "Germany's Angela Merkel said, again.",
  ],
  [["the", "agency", "(", "AFP", ")", "reported"], "the agency (AFP) reported"],
  [["he", "said", '"', "no", '"', "twice"], 'he said "no" twice'],
  [["up", "5", "%", "to", "$", "30"], "up 5% to $30"],
  [["Jean", "-", "Claude", "Juncker"], "Jean-Claude Juncker"],
];

describe("running text from tokens", () => {
  it.each(ROWS)("%j", (tokens, expected) => {
    const joiner = new TokenJoiner();
    const offsets = tokens.map((token) => joiner.push(token));
    expect(joiner.text).toBe(expected);
    // Every token's offsets point at that token in the text.
    tokens.forEach((token, i) => {
      const [start, end] = offsets[i]!;
      expect(joiner.text.slice(start, end)).toBe(token);
    });
  });

  it("starts a line after a break, and a paragraph closes an open quote", () => {
    const joiner = new TokenJoiner();
    joiner.push('"');
    joiner.push("Yes");
    joiner.breakLine("\n\n", true);
    joiner.push('"');
    joiner.push("No");
    expect(joiner.text).toBe('"Yes\n\n"No');
  });
});
