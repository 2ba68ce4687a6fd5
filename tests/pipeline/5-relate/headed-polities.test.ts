import { describe, expect, it } from "vitest";
import { findEntryByKey } from "../../../src/pipeline/3-recognize/gazetteer/gazetteer-lookups.js";
import { POLITIES_HEADED } from "../../../src/pipeline/model/gazetteers/heads.js";
import type { Extraction } from "../../../src/pipeline/types.js";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** "Subject LEADER_OF Object [provenance term]" for every LEADER_OF relation. */
function leadersOf(x: Extraction): string[] {
  return x.relations
    .filter((relation) => relation.type === "LEADER_OF")
    .map(
      (relation) =>
        `${factOf(x, relation)} [${relation.provenance}${relation.attributes.term ? ` ${relation.attributes.term}` : ""}]`,
    );
}

describe("whom a listed person headed, from world knowledge", () => {
  // [text, article date, LEADER_OF relations]: invented texts.
  const rows: [string, string | null, string[]][] = [
    // Named with the country, no title: the list says he heads it, and since when.
    [
      "Putin spoke on Monday. Russia will not back down, he said.",
      null,
      ["Vladimir Putin LEADER_OF Russia [KNOWLEDGE 1999–]"],
    ],
    // A past head: the years say when.
    [
      "Critics recalled Nixon. The United States has changed since.",
      null,
      ["Richard Nixon LEADER_OF United States [KNOWLEDGE 1969–1974]"],
    ],
    // A story from before the term says nothing of it; one from after it, a former head.
    ["Gordon Brown met bankers. Britain's economy grew, he said.", "2005-03-01", []],
    [
      "Gordon Brown met bankers. Britain's economy grew, he said.",
      "2015-03-01",
      ["Gordon Brown LEADER_OF United Kingdom (former) [KNOWLEDGE 2007–2010]"],
    ],
    // The country must be named: the list relates what the article names, nothing more.
    ["Putin spoke on Monday.", null, []],
    // A sentence stating it wins: no second relation from the list.
    [
      "Russian President Vladimir Putin spoke on Monday.",
      null,
      ["Vladimir Putin LEADER_OF Russia [STATED]"],
    ],
    // Undated, the story's titles tell the time: another office of the country held now, no head.
    ["Chancellor Gordon Brown met bankers. Britain's economy grew, he said.", null, []],
    ["Vice President Jacob Zuma spoke. South Africa will act, he said.", null, []],
    // Undated, a head the story states in office dates it: a later head is none yet, an
    // earlier one a former head; with no head stated, the list alone speaks.
    [
      "Prime Minister Tony Blair and German Chancellor Gerhard Schroeder spoke. Gordon Brown met bankers in Britain.",
      null,
      [
        "Tony Blair LEADER_OF United Kingdom [KNOWLEDGE 1997–2007]",
        "Gerhard Schroeder LEADER_OF Germany [STATED]",
      ],
    ],
    // A term starting in the era's last year may have begun within it.
    [
      "Prime Minister Tony Blair spoke. Gordon Brown met bankers in Britain.",
      null,
      [
        "Tony Blair LEADER_OF United Kingdom [KNOWLEDGE 1997–2007]",
        "Gordon Brown LEADER_OF United Kingdom [KNOWLEDGE 2007–2010]",
      ],
    ],
    [
      "Prime Minister Tony Blair spoke. Critics recalled Margaret Thatcher in Britain.",
      null,
      [
        "Tony Blair LEADER_OF United Kingdom [KNOWLEDGE 1997–2007]",
        "Margaret Thatcher LEADER_OF United Kingdom (former) [KNOWLEDGE 1979–1990]",
      ],
    ],
    [
      "Gordon Brown met bankers. Critics recalled Margaret Thatcher in Britain.",
      null,
      [
        "Gordon Brown LEADER_OF United Kingdom [KNOWLEDGE 2007–2010]",
        "Margaret Thatcher LEADER_OF United Kingdom [KNOWLEDGE 1979–1990]",
      ],
    ],
    // "Chancellor" is Germany's head, and a title naming another body says nothing of the country.
    [
      "Chancellor Angela Merkel spoke. Germany will act, she said.",
      null,
      ["Angela Merkel LEADER_OF Germany [KNOWLEDGE 2005–2021]"],
    ],
    [
      "NATO Secretary-General Jens Stoltenberg spoke. Norway will act, he said.",
      null,
      [
        "Jens Stoltenberg LEADER_OF NATO [KNOWLEDGE 2014–2024]",
        "Jens Stoltenberg LEADER_OF Norway [KNOWLEDGE 2000–2013]",
      ],
    ],
    // A rank, a seat or a calling is no other office: rulers hold them.
    [
      "General Pervez Musharraf spoke. Pakistan will act, he said.",
      null,
      ["Pervez Musharraf LEADER_OF Pakistan [KNOWLEDGE 1999–2008]"],
    ],
    // A past office ("shadow", "former") puts no one elsewhere; a former head's title marks the tense.
    [
      "Former prime minister John Major spoke. Britain must act, he said.",
      null,
      ["John Major LEADER_OF United Kingdom (former) [KNOWLEDGE 1990–1997]"],
    ],
    [
      "Former chancellor Gordon Brown spoke. Britain must act, he said.",
      null,
      ["Gordon Brown LEADER_OF United Kingdom [KNOWLEDGE 2007–2010]"],
    ],
    // A person the list does not hold gets nothing from it.
    ["Tom Hale spoke on Monday. Russia will not back down, he said.", null, []],
  ];
  it.each(rows)("%s (%s)", (text, date, expected) => {
    expect(leadersOf(analyzeText(text, date))).toEqual(expected);
  });

  it("names listed states and bodies, with years in order", () => {
    for (const [canonical, polities] of POLITIES_HEADED)
      for (const polity of polities) {
        expect([canonical, findEntryByKey(polity.key)?.key]).toEqual([canonical, polity.key]);
        expect(polity.from).toBeLessThanOrEqual(polity.to ?? polity.from);
      }
  });
});
