import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/domain/vocabulary.js";
import type { Candidate } from "../../../src/pipeline/3-recognize/candidate.js";
import { joinOfNames } from "../../../src/pipeline/4-resolve/of-titles.js";
import type { Sentence } from "../../../src/pipeline/types.js";

/** One sentence split at spaces, with offsets into the text. */
function sentenceOf(text: string): Sentence {
  const tokens = [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  return { index: 0, start: 0, end: text.length, tokens };
}

/** A tagger candidate over the words of `surface` where the sentence first writes them. */
function candidateOf(
  sentence: Sentence,
  text: string,
  surface: string,
  type: EntityType,
  key?: string,
): Candidate {
  const start = text.indexOf(surface);
  const tokenStart = sentence.tokens.findIndex((token) => token.start === start);
  const tokenEnd = sentence.tokens.findIndex((token) => token.end === start + surface.length) + 1;
  return {
    sentenceIndex: 0,
    tokenStart,
    tokenEnd,
    start,
    end: start + surface.length,
    surface,
    type,
    source: key ? "gazetteer" : "tagger",
    ...(key ? { key, canonical: surface } : {}),
  };
}

describe("joinOfNames", () => {
  const rows: [string, string, [string, EntityType, string?][], string[]][] = [
    // Must fire.
    [
      "two names of a film's title, 'of the' between",
      "Critics praised Hollow Crowns of the Silent Valley on Friday",
      [
        ["Hollow Crowns", "OTHER"],
        ["Silent Valley", "ORGANIZATION"],
      ],
      ["Hollow Crowns of the Silent Valley"],
    ],
    [
      "a listed place after 'of the' closes the title ('Phantom of the Opera')",
      "She starred in Ghosts of the Opera last year",
      [
        ["Ghosts", "OTHER"],
        ["Opera", "PLACE", "place:opera"],
      ],
      ["Ghosts of the Opera"],
    ],
    [
      "a place no gazetteer knows after 'of' ('Series of Unfortunate Events')",
      "The film Chain of Bitter Harbours was third",
      [
        ["Chain", "OTHER"],
        ["Bitter Harbours", "PLACE"],
      ],
      ["Chain of Bitter Harbours"],
    ],
    // Must not fire.
    [
      "a person before 'of' keeps the organisation after it apart",
      "Analyst Tom Brisk of the Harbour Alliance said so",
      [
        ["Tom Brisk", "PERSON"],
        ["Harbour Alliance", "ORGANIZATION"],
      ],
      ["Tom Brisk", "Harbour Alliance"],
    ],
    [
      "a country after 'of' says where a firm is",
      "Velmora of South Korea unveiled the phone",
      [
        ["Velmora", "ORGANIZATION"],
        ["South Korea", "COUNTRY", "KOR"],
      ],
      ["Velmora", "South Korea"],
    ],
    [
      "a listed city after 'of' without 'the' says where a firm is",
      "Grey Analytics of Boston said sales rose",
      [
        ["Grey Analytics", "ORGANIZATION"],
        ["Boston", "PLACE", "place:boston"],
      ],
      ["Grey Analytics", "Boston"],
    ],
    [
      "a person after 'of' is no part of the name before",
      "Labour of Tom Brisk won the seat",
      [
        ["Labour", "ORGANIZATION"],
        ["Tom Brisk", "PERSON"],
      ],
      ["Labour", "Tom Brisk"],
    ],
    [
      "words other than 'of' or 'of the' between the names",
      "Velmora and the Harbour Alliance agreed",
      [
        ["Velmora", "ORGANIZATION"],
        ["Harbour Alliance", "ORGANIZATION"],
      ],
      ["Velmora", "Harbour Alliance"],
    ],
    [
      "a listed name before 'of' keeps its identity",
      "Velmora Group of the Harbour Alliance said so",
      [
        ["Velmora Group", "ORGANIZATION", "org:velmora"],
        ["Harbour Alliance", "ORGANIZATION"],
      ],
      ["Velmora Group", "Harbour Alliance"],
    ],
  ];
  it.each(rows)("%s", (_name, text, spans, expected) => {
    const sentence = sentenceOf(text);
    const candidates = spans.map(([surface, type, key]) =>
      candidateOf(sentence, text, surface, type, key),
    );
    expect(joinOfNames(candidates, [sentence]).map((candidate) => candidate.surface)).toEqual(
      expected,
    );
  });
});
