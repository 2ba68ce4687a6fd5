import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { withoutLowercaseBreaks } from "../../../src/pipeline/3-recognize/lowercase-breaks.js";
import type { NerLabel, NerSpan } from "../../../src/pipeline/types.js";

type Row = [
  input: string,
  label: NerLabel,
  tagged: [start: number, end: number],
  expected: string[],
];

/** A lowercase content word ends a name the tagger ran across it. */
const ROWS: Row[] = [
  // "Act of Settlement bars Catholics" tagged one organisation: "bars" is the sentence's verb.
  [
    "The Act of Settlement bars Catholics from the throne.",
    "ORG",
    [1, 6],
    ["Act of Settlement", "Catholics"],
  ],
  // A name's small joining words stay, short or listed.
  ["They watched Gone with the Wind again.", "MISC", [2, 6], ["Gone with the Wind"]],
  ["He flew to Kingston upon Hull on Monday.", "LOC", [3, 6], ["Kingston upon Hull"]],
  [
    "She read Fear and Loathing in Las Vegas twice.",
    "MISC",
    [2, 8],
    ["Fear and Loathing in Las Vegas"],
  ],
  // A person's name is the person's: "Ludwig van Beethoven".
  ["They played Ludwig van Beethoven loudly.", "PER", [2, 5], ["Ludwig van Beethoven"]],
];

describe("lowercase breaks", () => {
  it.each(ROWS)("%s", (input, label, [start, end], expected) => {
    const sentence = segmentText(input)[0]!;
    const spans: NerSpan[] = [{ start, end, label }];
    const names = withoutLowercaseBreaks(sentence, spans).map((span) =>
      sentence.tokens
        .slice(span.start, span.end)
        .map((token) => token.text)
        .join(" "),
    );
    expect(names).toEqual(expected);
  });
});
