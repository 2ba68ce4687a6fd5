import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";

/** Tokens of each sentence, joined by single spaces, one string per sentence. */
function splitSentences(text: string): string[] {
  return segmentText(text).map((s) => s.tokens.map((t) => t.text).join(" "));
}

const SENTENCE_CASES: [string, string[]][] = [
  ["Mr. Smith went to Washington. He left.", ["Mr. Smith went to Washington .", "He left ."]],
  [
    "Mrs. Jones and Dr. Who met Gen. Lee and Sen. Rep. Doe.",
    ["Mrs. Jones and Dr. Who met Gen. Lee and Sen. Rep. Doe ."],
  ],
  ["He visited the U.S. and the U.K. last year.", ["He visited the U.S. and the U.K. last year ."]],
  ["Sales rose in the U.S. It was a record.", ["Sales rose in the U.S.", "It was a record ."]],
  ["U.S. President Joe Biden spoke.", ["U.S. President Joe Biden spoke ."]],
  [
    "Acme Inc. said on Jan. 5 that No. 10 agreed.",
    ["Acme Inc. said on Jan. 5 that No. 10 agreed ."],
  ],
  ["He lives on Baker St. in London.", ["He lives on Baker St. in London ."]],
  [
    "John F. Kennedy was shot in 1963. Lee H. Oswald was arrested.",
    ["John F. Kennedy was shot in 1963 .", "Lee H. Oswald was arrested ."],
  ],
  [
    "Growth was 3.5 percent. About 1,000 jobs went.",
    ["Growth was 3.5 percent .", "About 1,000 jobs went ."],
  ],
  ["He paused... Then he spoke.", ["He paused ...", "Then he spoke ."]],
  ["It was... fine.", ["It was ... fine ."]],
  [
    '"We are ready for it." In a statement, he agreed.',
    ['" We are ready for it . "', "In a statement , he agreed ."],
  ],
  [
    "“We are ready for it.” In a statement, he agreed.",
    ["“ We are ready for it . ”", "In a statement , he agreed ."],
  ],
  ["(He left early.) Then the talks ended.", ["( He left early . )", "Then the talks ended ."]],
  ['"Why?" he asked.', ['" Why ? " he asked .']],
  ["Is it over? Yes! It is.", ["Is it over ?", "Yes !", "It is ."]],
  [
    "A headline without a period\n\nThe body starts here.",
    ["A headline without a period", "The body starts here ."],
  ],
  ["One line\nwraps here.", ["One line wraps here ."]],
  ["Corp. results were due. Shares fell.", ["Corp. results were due .", "Shares fell ."]],
];

const TOKEN_CASES: [string, string[]][] = [
  ["Washington’s order”—that", ["Washington", "’s", "order", "”", "—", "that"]],
  ["Washington's view", ["Washington", "'s", "view"]],
  ["They don't and can't", ["They", "do", "n't", "and", "ca", "n't"]],
  [
    "the Xi-Putin summit of nuclear-armed states",
    ["the", "Xi-Putin", "summit", "of", "nuclear-armed", "states"],
  ],
  ["an e-mail on 1996-08-22", ["an", "e-mail", "on", "1996-08-22"]],
  ["$1,000.50 or 3.5% of 10,000", ["$", "1,000.50", "or", "3.5", "%", "of", "10,000"]],
  ["O'Brien's states' rights", ["O'Brien", "'s", "states", "'", "rights"]],
  [
    "they're we've I'm he'll she'd",
    ["they", "'re", "we", "'ve", "I", "'m", "he", "'ll", "she", "'d"],
  ],
  ["peace -- or war", ["peace", "--", "or", "war"]],
  ["2000–2004 at AT&T", ["2000", "–", "2004", "at", "AT&T"]],
  ["(Reuters) [sic] said:", ["(", "Reuters", ")", "[", "sic", "]", "said", ":"]],
  ["see https://example.com/a?b=1.", ["see", "https://example.com/a?b=1", "."]],
  ["‘quoted’ word", ["‘", "quoted", "’", "word"]],
  ["Zürich and São Paulo", ["Zürich", "and", "São", "Paulo"]],
];

describe("segmentText sentences", () => {
  it.each(SENTENCE_CASES)("%j", (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe("segmentText tokens", () => {
  it.each(TOKEN_CASES)("%j", (input, expected) => {
    expect(segmentText(input).flatMap((s) => s.tokens.map((t) => t.text))).toEqual(expected);
  });
});

describe("segmentText offsets", () => {
  const OFFSET_CASES: [string][] = [
    ["Mr. Smith met Dr. Jones.\n\n“Yes,” he said — again… Washington’s U.S.-led plan."],
    ["  leading spaces and trailing  \n"],
  ];
  it.each(OFFSET_CASES)("token and sentence offsets point into %j", (text) => {
    const sentences = segmentText(text);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      for (const token of sentence.tokens)
        expect(text.slice(token.start, token.end)).toBe(token.text);
      expect(sentence.start).toBe(sentence.tokens[0]?.start);
      expect(sentence.end).toBe(sentence.tokens.at(-1)?.end);
    }
  });

  it("gives no sentence for empty or blank text", () => {
    expect(segmentText("")).toEqual([]);
    expect(segmentText("  \n\n ")).toEqual([]);
  });

  it("numbers sentences in order", () => {
    expect(segmentText("One. Two. Three.").map((s) => s.index)).toEqual([0, 1, 2]);
  });
});
