import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** The LEADER_OF and HOLDS_POSITION relations (rules only) of the person named `person`. */
function officesOf(text: string, person: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations
    .filter(
      (relation) =>
        (relation.type === "LEADER_OF" || relation.type === "HOLDS_POSITION") &&
        x.entities[relation.subject]?.name === person,
    )
    .map((relation) => factOf(x, relation));
}

describe("a region's office is not the country's the story is about", () => {
  // [text, person, offices]: invented texts.
  const rows: [string, string, string[]][] = [
    // Must not fire: a state's, a province's or a region's premier or minister.
    [
      "The German government said it would act. State premier Tom Hale said he agreed.",
      "Tom Hale",
      [],
    ],
    [
      "The German government said it would act. Regional finance minister Tom Hale agreed.",
      "Tom Hale",
      [],
    ],
    ["Canada's government will act. Provincial premier Tom Hale agreed.", "Tom Hale", []],
    // Must fire: the country's own offices, "State" inside a title included.
    [
      "The German government said it would act. Finance Minister Tom Hale said he agreed.",
      "Tom Hale",
      ["Tom Hale HOLDS_POSITION Germany"],
    ],
    [
      "The US said it would act. Secretary of State Tom Hale agreed.",
      "Tom Hale",
      ["Tom Hale HOLDS_POSITION United States"],
    ],
  ];
  it.each(rows)("%s", (text, person, expected) => {
    expect(officesOf(text, person)).toEqual(expected);
  });
});
