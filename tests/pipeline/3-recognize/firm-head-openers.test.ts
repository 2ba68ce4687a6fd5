import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { withFirmHeadsOpened } from "../../../src/pipeline/3-recognize/firm-head-openers.js";
import type { NerSpan } from "../../../src/pipeline/types.js";

/** [sentence, the tagger's spans as [start, end, label] token ranges, the names after the repair] */
type Row = [string, [number, number, NerSpan["label"]][], string[]];

const ROWS: Row[] = [
  // "Holdings" alone names nothing: the capitalised words before it open the firm's name.
  [
    "Former Kestrel Holdings boss Jo Bell is on trial.",
    [
      [2, 3, "ORG"],
      [4, 6, "PER"],
    ],
    ["Kestrel Holdings", "Jo Bell"],
  ],
  ["Analysts at Bank Austria Group said so.", [[4, 5, "ORG"]], ["Bank Austria Group"]],
  // Not past a word that opens sentences, a past-job word, or another span.
  ["Shares in Holdings rose.", [[2, 3, "ORG"]], ["Holdings"]],
  [
    "Former Group chief Jo Bell spoke.",
    [
      [1, 2, "ORG"],
      [3, 5, "PER"],
    ],
    ["Group", "Jo Bell"],
  ],
  [
    "Jo Bell Group said so.",
    [
      [0, 2, "PER"],
      [2, 3, "ORG"],
    ],
    ["Jo Bell", "Group"],
  ],
  // Only an organisation's lone firm word: a longer name or another type stays as tagged.
  ["Kestrel Capital Partners said so.", [[1, 3, "ORG"]], ["Capital Partners"]],
  [
    "Jo Bell met Kestrel Group in Leeds.",
    [
      [0, 2, "PER"],
      [4, 5, "PER"],
    ],
    ["Jo Bell", "Group"],
  ],
];

describe("a firm's own word tagged alone opens back to its name", () => {
  it.each(ROWS)("%s", (input, tagged, expected) => {
    const sentence = segmentText(input)[0]!;
    const spans = tagged.map(([start, end, label]) => ({ start, end, label }));
    const names = withFirmHeadsOpened(sentence, spans).map((span) =>
      sentence.tokens
        .slice(span.start, span.end)
        .map((token) => token.text)
        .join(" "),
    );
    expect(names).toEqual(expected);
  });
});
