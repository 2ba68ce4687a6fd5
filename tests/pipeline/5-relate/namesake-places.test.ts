import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject LOCATED_IN Object PROVENANCE" for every LOCATED_IN relation of the whole pipeline. */
function placementsOf(text: string): string[] {
  const x = analyzeText(text);
  return x.relations
    .filter((relation) => relation.type === "LOCATED_IN")
    .map(
      (relation) =>
        `${x.entities[relation.subject]?.name} LOCATED_IN ${x.entities[relation.object]?.name} ${relation.provenance}`,
    );
}

describe("a town the text puts in one country is no namesake of the gazetteer's elsewhere", () => {
  // [text, present, absent]: invented texts.
  const rows: [string, string[], string[]][] = [
    // Must not fire: "the German city of Hanover" is not the American Hanover.
    [
      "The fair opened in the northern German city of Hanover. Firms from the United States came.",
      ["Hanover LOCATED_IN Germany STATED"],
      ["Hanover LOCATED_IN United States KNOWLEDGE"],
    ],
    // Must still fire: no sentence places the town, or one agrees with the gazetteer.
    [
      "Talks in Mombasa opened. Kenya's government said so.",
      ["Mombasa LOCATED_IN Kenya KNOWLEDGE"],
      [],
    ],
    [
      "Protesters gathered in the British city of Glasgow. Scotland's parliament met.",
      ["Glasgow LOCATED_IN United Kingdom STATED", "Glasgow LOCATED_IN Scotland KNOWLEDGE"],
      [],
    ],
  ];
  it.each(rows)("%s", (text, present, absent) => {
    const facts = placementsOf(text);
    for (const fact of present) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
