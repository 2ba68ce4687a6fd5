import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { withoutBracketsInside } from "../../../src/pipeline/3-recognize/bracketed-spans.js";
import type { NerSpan } from "../../../src/pipeline/types.js";

type Row = [input: string, tagged: [start: number, end: number][], expected: string[]];

/** A name ends at a bracket: the tagger's span across one is a name each side. */
const ROWS: Row[] = [
  // "Rourke ( Fenwick" tagged one person: two players, the second a substitute.
  ["Tallis, Rourke (Fenwick 80).", [[2, 5]], ["Rourke", "Fenwick"]],
  // A span with no bracket inside stays whole, brackets beside it or not.
  ["The Economic Commission (ECLA) met.", [[1, 3]], ["Economic Commission"]],
  [
    "Tallis, Rourke (Fenwick 80).",
    [
      [2, 3],
      [4, 5],
    ],
    ["Rourke", "Fenwick"],
  ],
  // A bracket alone names nothing.
  ["Tallis, Rourke (Fenwick 80).", [[3, 4]], []],
];

describe("bracket bounds", () => {
  it.each(ROWS)("%s", (input, tagged, expected) => {
    const sentence = segmentText(input)[0]!;
    const spans: NerSpan[] = tagged.map(([start, end]) => ({ start, end, label: "PER" }));
    const names = withoutBracketsInside(sentence, spans).map((span) =>
      sentence.tokens
        .slice(span.start, span.end)
        .map((token) => token.text)
        .join(" "),
    );
    expect(names).toEqual(expected);
  });
});
