import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { isLineUp } from "../../../src/pipeline/3-recognize/line-ups.js";
import { analyzeText } from "../../helpers/pipeline.js";

// Invented line-ups and sentences that only look like lists.
describe("line-ups", () => {
  it.each([
    ["Harbour: Kell, Moran, Dunnock; Perrow, Tallis (capt), S Vane, Brook and Halsey.", true],
    ["Subs Not Used: Kell, Moran, Dunnock, Perrow, Tallis.", true],
    ["Kell, Moran and Dunnock scored the tries in the second half.", false],
    ["Paris, London, Berlin, Madrid and Rome agreed on Monday.", false],
  ])("reads %j as a line-up: %s", (text, expected) => {
    expect(isLineUp(segmentText(text)[0]!)).toBe(expected);
  });

  // [line-up, one-word names that must be people]: whatever type the tagger gave them.
  it.each([
    [
      "Harbour: Kell, Moran, Dunnock; Perrow, Tallis (capt), Gomarsh, Wood; Corrigan, Byrne, Halsey.",
      ["Corrigan", "Byrne", "Gomarsh", "Wood"],
    ],
    ["Subs Not Used: Johnson, Smertin, Cudicini, Tiago, Jarosik.", ["Cudicini", "Smertin"]],
  ])("%s", (text, people) => {
    const x = analyzeText(text);
    for (const surface of people) {
      const mention = x.mentions.find((m) => m.surface === surface);
      expect(mention && x.entities[mention.entity]?.type).toBe("PERSON");
    }
  });

  it("leaves the club in brackets after a player a club", () => {
    const x = analyzeText(
      "Replacements: Tom Hale (Leinster), Sean Byrne (Leinster), Rob Collins (Munster), Ben Jackman (Munster), Al Dee (Ulster).",
    );
    const mention = x.mentions.find((m) => m.surface === "Leinster");
    expect(mention && x.entities[mention.entity]?.type).not.toBe("PERSON");
  });
});
