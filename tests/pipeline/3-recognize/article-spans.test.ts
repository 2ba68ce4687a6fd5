import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import {
  findKnownAcronyms,
  withWordsOfNamesElsewhere,
} from "../../../src/pipeline/3-recognize/article-spans.js";
import type { NerSpan } from "../../../src/pipeline/types.js";

/** Spans given as "LABEL words" per sentence, matched to the sentence's tokens. */
type Tagged = string[][];

function spansOf(text: string, tagged: Tagged) {
  const sentences = segmentText(text);
  const spans: NerSpan[][] = sentences.map((sentence, index) =>
    (tagged[index] ?? []).map((entry) => {
      const [label, ...words] = entry.split(" ");
      const tokens = sentence.tokens.map((token) => token.text);
      const start = tokens.findIndex((_, i) => words.every((word, k) => tokens[i + k] === word));
      if (start < 0) throw new Error(`"${words.join(" ")}" is not in sentence ${index}`);
      return { start, end: start + words.length, label: label as NerSpan["label"] };
    }),
  );
  const show = (result: NerSpan[][]): string[][] =>
    result.map((sentenceSpans, index) =>
      sentenceSpans.map(
        (span) =>
          `${span.label} ${(sentences[index]?.tokens ?? [])
            .slice(span.start, span.end)
            .map((token) => token.text)
            .join(" ")}`,
      ),
    );
  return { sentences, spans, show };
}

describe("a span opened one word late takes the word the article writes with it elsewhere", () => {
  const rows: [string, Tagged, string[][]][] = [
    [
      "Voters backed the Keep Dunmore Green campaign. Tom Hale, spokesman for Keep Dunmore Green, spoke.",
      [["ORG Keep Dunmore Green"], ["PER Tom Hale", "ORG Dunmore Green"]],
      [["ORG Keep Dunmore Green"], ["PER Tom Hale", "ORG Keep Dunmore Green"]],
    ],
    // The article never writes "Keep Dunmore Green" whole: the span stays as tagged.
    [
      "Voters backed the campaign. Tom Hale, spokesman for Keep Dunmore Green, spoke.",
      [[], ["PER Tom Hale", "ORG Dunmore Green"]],
      [[], ["PER Tom Hale", "ORG Dunmore Green"]],
    ],
    // The word before belongs to another span: it is not taken.
    [
      "Keep Dunmore Green won. Then Hale Dunmore Green spoke.",
      [["ORG Keep Dunmore Green"], ["PER Hale", "ORG Dunmore Green"]],
      [["ORG Keep Dunmore Green"], ["PER Hale", "ORG Dunmore Green"]],
    ],
  ];
  it.each(rows)("%s", (text, tagged, expected) => {
    const { sentences, spans, show } = spansOf(text, tagged);
    expect(show(withWordsOfNamesElsewhere(sentences, spans))).toEqual(expected);
  });
});

describe("an acronym spelling a name seen earlier in the article is that name", () => {
  const rows: [string, Tagged, string[][]][] = [
    [
      "Users of Internet Explorer were warned. IE has a flaw.",
      [["MISC Internet Explorer"], []],
      [["MISC Internet Explorer"], ["MISC IE"]],
    ],
    // No earlier name has those initials.
    [
      "Users of Internet Explorer were warned. IT staff left.",
      [["MISC Internet Explorer"], []],
      [["MISC Internet Explorer"], []],
    ],
    // A person's initials are no acronym; nor are initials written before the name.
    [
      "JS spoke first. John Smith spoke. JS left.",
      [[], ["PER John Smith"], []],
      [[], ["PER John Smith"], []],
    ],
  ];
  it.each(rows)("%s", (text, tagged, expected) => {
    const { sentences, spans, show } = spansOf(text, tagged);
    expect(show(findKnownAcronyms(sentences, spans))).toEqual(expected);
  });
});
