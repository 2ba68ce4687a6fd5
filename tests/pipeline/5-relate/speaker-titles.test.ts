import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** The role relations (rules only) the article states of the person named `person`. */
function rolesOf(text: string, person: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  const roles = new Set(["LEADER_OF", "HOLDS_POSITION", "WORKS_FOR", "MEMBER_OF"]);
  return x.relations
    .filter((relation) => roles.has(relation.type) && x.entities[relation.subject]?.name === person)
    .map((relation) => factOf(x, relation))
    .sort();
}

describe("a speaker's title: employment by the body spoken for, no office of it", () => {
  // [text, person, role relations]: invented texts.
  const rows: [string, string, string[]][] = [
    // Must fire: a spokesman or a press secretary works for the body the title names.
    [
      "State Department spokesman John Kirby said Washington would act.",
      "John Kirby",
      ["John Kirby WORKS_FOR US State Department"],
    ],
    [
      "White House press secretary Jen Psaki said the US would act.",
      "Jen Psaki",
      ["Jen Psaki WORKS_FOR United States"],
    ],
    [
      "Germany welcomed the decision, government spokesman Steffen Seibert said.",
      "Steffen Seibert",
      ["Steffen Seibert WORKS_FOR Germany"],
    ],
    // Must not fire: a bare spokesman in a story about a country may speak for any body.
    ["Germany welcomed the decision. Spokesman Tom Hale, of a bank, said so.", "Tom Hale", []],
    // Must not change: a party's spokesman is its member; other posts stay offices.
    ["Labour spokesman Tom Hale said so.", "Tom Hale", ["Tom Hale MEMBER_OF Labour Party"]],
    [
      "Home Office minister Tom Hale said Britain would act.",
      "Tom Hale",
      ["Tom Hale HOLDS_POSITION Home Office"],
    ],
    ["French Foreign Minister Tom Hale said so.", "Tom Hale", ["Tom Hale HOLDS_POSITION France"]],
  ];
  it.each(rows)("%s", (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual(expected);
  });
});
