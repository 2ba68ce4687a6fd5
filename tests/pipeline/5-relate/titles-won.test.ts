import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Subject TYPE Object" for every relation the rules alone read from a text written for these tests. */
function ruleFactsOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
  );
}

type Row = [input: string, expected: string[], absent?: string[]];

/** Titles held and won: "Wimbledon champion X", "X won the Australian Open". */
const WON: Row[] = [
  [
    "Wimbledon champion Maria Sharapova beat Lindsay Davenport in the final.",
    ["Maria Sharapova WON Wimbledon"],
  ],
  [
    "Former French Open champion Tomas Berdal lost in the first round.",
    ["Tomas Berdal WON French Open"],
  ],
  ["Marat Safin won the Australian Open in 2005.", ["Marat Safin WON Australian Open"]],
  ["Arsenal lifted the FA Cup on Saturday.", ["Arsenal WON FA Cup"]],
  [
    "Kenneth Orr, who won the 2003 London Marathon, will run again.",
    ["Kenneth Orr WON London Marathon"],
  ],
  [
    "Kenneth Orr, who previously won the London Marathon, will run again.",
    ["Kenneth Orr WON London Marathon"],
  ],
  [
    "Kenneth Orr, who could have won the London Marathon, will run again.",
    [],
    ["Kenneth Orr WON London Marathon"],
  ],
  // The possessor of a competition's triumph, title or win: a name, or the subject's pronoun.
  [
    "Kasia Lind moved up five places after her Australian Open win.",
    ["Kasia Lind WON Australian Open"],
  ],
  [
    "Tomas Berg described Spain's Davis Cup triumph as the highlight of his career.",
    ["Spain WON Davis Cup"],
  ],
  // A win over someone is one match; a pronoun with another person before it may be theirs.
  [
    "Kasia Lind was proud of her Australian Open win over Olga Petrenko.",
    [],
    ["Kasia Lind WON Australian Open"],
  ],
  [
    "Tomas Berg said Piotr Halas was proud of his Australian Open crown.",
    [],
    ["Tomas Berg WON Australian Open"],
  ],
  // A part of the competition, a hoped-for or denied win, a demonym: no title won.
  ["Arsenal won the FA Cup semi-final.", [], ["Arsenal WON FA Cup"]],
  ["Arsenal did not win the FA Cup.", [], ["Arsenal WON FA Cup"]],
  ["Marat Safin could win the Australian Open.", [], ["Marat Safin WON Australian Open"]],
  ["European champion Tomas Berdal lost.", [], ["Tomas Berdal WON Europe"]],
];

/** Taking part without winning: "Idol runner-up X", "US Open semi-finalist X". */
const CONTESTANTS: Row[] = [
  [
    "US Open semi-finalist Joachim Lund lost to Taylor Dent.",
    ["Joachim Lund PARTICIPATED_IN US Open"],
    ["Joachim Lund WON US Open"],
  ],
];

/** Up for an award: "Oscar nominee X", "X was nominated for the best actor Oscar". */
const NOMINATIONS: Row[] = [
  ["Oscar nominee Alan Marsh arrived at the funeral.", ["Alan Marsh NOMINATED_FOR Academy Awards"]],
  [
    "Clive Dunmore has been nominated for the best supporting actor Oscar.",
    ["Clive Dunmore NOMINATED_FOR Academy Awards"],
  ],
  [
    "Rita Moreau is also nominated for best actress at the Oscars.",
    ["Rita Moreau NOMINATED_FOR Academy Awards"],
  ],
  // A work or a band is an award's nominee too, and a category may stand between the two.
  [
    "The road-trip comedy Lost Roads and multiple Oscar nominee Golden Wire Baby completed the top five.",
    ["Golden Wire Baby NOMINATED_FOR Academy Awards"],
  ],
  [
    "Oscar best-picture nominee Slowpoke entered the top ten.",
    ["Slowpoke NOMINATED_FOR Academy Awards"],
  ],
  [
    "Grammy nominee Northbound Lights played first.",
    ["Northbound Lights NOMINATED_FOR Grammy Awards"],
  ],
  // A relative clause states the nominations as done.
  [
    "Nora Blake, who recently picked up five Oscar nominations, ended up in 15th place.",
    ["Nora Blake NOMINATED_FOR Academy Awards"],
  ],
  [
    "Nora Blake, who may pick up five Oscar nominations, ended up in 15th place.",
    [],
    ["Nora Blake NOMINATED_FOR Academy Awards"],
  ],
  // Hedged or denied: no nomination stated.
  [
    "Imogen Vale could be nominated for the best actress Oscar.",
    [],
    ["Imogen Vale NOMINATED_FOR Academy Awards"],
  ],
  [
    "Imogen Vale was not nominated for the best actress Oscar.",
    [],
    ["Imogen Vale NOMINATED_FOR Academy Awards"],
  ],
];

describe("titles won, contests entered, nominations", () => {
  it.each([...WON, ...CONTESTANTS, ...NOMINATIONS])("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
