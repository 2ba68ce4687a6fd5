import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { withPlaceOpenedOrganisations } from "../../../src/pipeline/3-recognize/place-opened-names.js";
import type { NerSpan } from "../../../src/pipeline/types.js";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

/** [text, entities it must hold, entities it must not hold]. */
type Row = [input: string, expected: string[], absent: string[]];

// Issue 10: a body's name that opens on a place or a demonym the tagger read alone ("US" of
// "the US Anti-Doping Agency"), so the body's relations went to the country.
describe("bodies named after their place stay whole", () => {
  const rows: Row[] = [
    // A place, then an untagged capitalised rest up to a body's head.
    [
      "The sprinter was banned by the US Anti-Doping Agency after a test in May.",
      ["ORGANIZATION US Anti-Doping Agency"],
      ["COUNTRY United States"],
    ],
    [
      "The merger was thrown out by the New Zealand High Court on Friday.",
      ["ORGANIZATION New Zealand High Court"],
      ["COUNTRY New Zealand"],
    ],
    [
      "The lawsuit was filed in the US District Court in Boston on Monday.",
      ["ORGANIZATION US District Court"],
      ["COUNTRY United States"],
    ],
    // Joining words inside the rest.
    [
      "The appeal was heard by the North American Court of Arbitration for Sport last week.",
      ["ORGANIZATION North American Court of Arbitration for Sport"],
      ["ORGANIZATION Arbitration for Sport"],
    ],
    // A one-word demonym and a touching span that ends on an organisation's head.
    [
      "The job went to a coach from the Dutch Olympic Committee, while his bid failed.",
      ["ORGANIZATION Dutch Olympic Committee"],
      ["ORGANIZATION Olympic Committee"],
    ],
    // One MISC span, a demonym up to an organisation's head: the body, not the country.
    [
      "He blamed the Greek Olympic Committee for the delay.",
      ["ORGANIZATION Greek Olympic Committee"],
      ["COUNTRY Greece"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("a place before capitalised words is no body when", () => {
  const rows: Row[] = [
    // A name follows the head: the capitalised words describe it.
    [
      "Reports from the Russian news agency Itar said the Russian Press Agency Novosti agreed.",
      ["COUNTRY Russia"],
      ["ORGANIZATION Russian Press Agency"],
    ],
    // No body's head closes the run ("Government" is the country's own).
    [
      "The Indian Government said exports rose by 4% in March.",
      ["COUNTRY India"],
      ["ORGANIZATION Indian Government"],
    ],
    // A lowercase word after the place ends it.
    [
      "The US trade agency said exports rose.",
      ["COUNTRY United States"],
      ["ORGANIZATION US trade agency"],
    ],
  ];
  it.each(rows)("%s", (input, expected, absent) => {
    const entities = entitiesOf(input);
    for (const entity of expected) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});

describe("the rule on the tagger's spans", () => {
  /** The words of each span the rule returns, for a sentence and the tagger's spans in it. */
  function joined(text: string, spans: NerSpan[]): string[] {
    const sentence = segmentText(text)[0]!;
    return withPlaceOpenedOrganisations(sentence, spans).map(
      (span) =>
        `${span.label} ${sentence.tokens
          .slice(span.start, span.end)
          .map((token) => token.text)
          .join(" ")}`,
    );
  }

  it("joins a place and the untagged rest of a body's name", () => {
    expect(
      joined("He called the US Anti-Doping Agency.", [{ start: 3, end: 4, label: "LOC" }]),
    ).toEqual(["ORG US Anti-Doping Agency"]);
  });

  it("leaves a compound before a body's name apart", () => {
    expect(
      joined("The Washington-based Economic Policy Institute said so.", [
        { start: 1, end: 2, label: "LOC" },
      ]),
    ).toEqual(["LOC Washington-based"]);
  });
});
