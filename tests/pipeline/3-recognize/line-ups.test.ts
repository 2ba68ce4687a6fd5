import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { isLineUp, isScorerList } from "../../../src/pipeline/3-recognize/line-ups.js";
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

  it.each([
    ["Moran 14, Perrow 80.", true],
    ["Kell 23, 45 pen, Tallis 67.", true],
    ["Moran 14.", false],
    ["Prices rose 14, 15 and 16 percent.", false],
  ])("reads %j as a list of scorers: %s", (text, expected) => {
    expect(isScorerList(segmentText(text)[0]!)).toBe(expected);
  });

  // A country's name that is the surname of a player the article names in full is that player
  // in the line-up and among the scorers; without a full name it stays the country.
  it.each([
    [
      "Tobias Holland put the visitors ahead early on. Harbour: Kell, Moran, Dunnock, Holland, Perrow, Tallis, Brook. Holland 14, Perrow 80.",
      "PERSON",
    ],
    [
      "Dunnock put the visitors ahead early on. Harbour: Kell, Moran, Dunnock, Holland, Perrow, Tallis, Brook.",
      "COUNTRY",
    ],
  ])("%s", (text, type) => {
    const x = analyzeText(text);
    const mentions = x.mentions.filter((m) => m.surface === "Holland");
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(x.entities[mention.entity]?.type).toBe(type);
    if (type === "PERSON")
      expect(new Set(mentions.map((m) => x.entities[m.entity]?.key))).toEqual(
        new Set(["tobias holland"]),
      );
  });

  // A first name before a country's name opening a sentence is a person's, not an opener the
  // capital proves nothing about ("New World Bank President…" still opens the bank's name).
  it.each([
    ["Tobias Holland scored twice in the second half.", "Tobias Holland", "PERSON"],
    ["Warren Jordan said his team would race again next season.", "Warren Jordan", "PERSON"],
    ["New World Bank chief Ola Rand arrived on Monday.", "World Bank", "ORGANIZATION"],
  ])("%s", (text, surface, type) => {
    const x = analyzeText(text);
    const mention = x.mentions.find((m) => m.surface === surface);
    expect(mention && x.entities[mention.entity]?.type).toBe(type);
  });

  // A list entry's initial the tagger leaves out ("A", read as the article) opens the name, so
  // the entry is its own person, not the bare surname of a full name named elsewhere.
  it.each([
    [
      "Harbour: T Kell (Leinster), R Moran (Munster), S Perrow (Leinster), A Tallis (Munster), L Brook (Ulster).",
      "A Tallis",
    ],
    ["Harbour: Kell; A Moran, S Dunnock, C Perrow; D Dal Brook, C Halsey.", "A Moran"],
    ["Harbour: Kell; A Moran, S Dunnock, C Perrow; D Dal Brook, C Halsey.", "D Dal Brook"],
    [
      "Tom Tallis scored twice. Harbour: Kell, Moran, Dunnock; Perrow, A Tallis, Brook.",
      "A Tallis",
    ],
  ])("%s keeps %j whole", (text, surface) => {
    const x = analyzeText(text);
    const mention = x.mentions.find((m) => m.surface === surface);
    expect(mention && x.entities[mention.entity]?.type).toBe("PERSON");
    expect(mention && x.entities[mention.entity]?.name).toBe(surface);
  });

  it.each([
    ["A Velmora spokesman said the plan would go ahead.", "Velmora"],
    [
      "A late charge was carried on by Ali Tallis. Harbour: Kell, Moran, Dunnock; Perrow, A Tallis, Brook.",
      "Ali Tallis",
    ],
  ])("%s: the article opening a sentence is no initial and no name", (text, surface) => {
    const x = analyzeText(text);
    expect(x.mentions.some((m) => m.surface === surface)).toBe(true);
    expect(x.mentions.some((m) => m.surface === "A" || m.surface === "A Velmora")).toBe(false);
  });
});
