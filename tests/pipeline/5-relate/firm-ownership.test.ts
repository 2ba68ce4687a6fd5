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

/** Deals and ownership stated with the firm bought or owned first, and parts named by their owner. */
const OWNERSHIP: Row[] = [
  // A relative clause whose verb's object is its antecedent.
  [
    "The accounts were linked to Bank One, which JP Morgan bought last year.",
    ["JPMorgan Chase ACQUIRED Bank One"],
  ],
  [
    "In November, Barclays, which owns the Woolwich, forecast a fall in prices.",
    ["Woolwich PART_OF Barclays"],
  ],
  // A deal the firm bought accepts, by its buyer.
  [
    "Last week, Shell agreed to a buyout by Unilever in a deal valued at $6bn.",
    ["Unilever ACQUIRED Shell"],
  ],
  ["Shell said it had agreed a £1.8bn takeover by Unilever.", ["Unilever ACQUIRED Shell"]],
  // A deal the firm turns down, or a hedged one, is none.
  ["Shell has rejected a takeover by Unilever.", [], ["Unilever ACQUIRED Shell"]],
  ["Shell agreed to a possible takeover by Unilever.", [], ["Unilever ACQUIRED Shell"]],
  // A subject firm that owns another outright; a stake is no ownership of the firm.
  ["State-owned Rosneft now owns Yukos and its oil fields.", ["Yukos PART_OF Rosneft"]],
  ["Shell owns 40% of Unilever.", [], ["Unilever PART_OF Shell"]],
  // A part noun between the owner's bare name and the part's; a parent apposition.
  [
    "Other car makers, most notably the Toyota subsidiary Lexus, did well.",
    ["Lexus PART_OF Toyota"],
  ],
  ["A spokesman for Siemens, parent company of Bosch, said so.", ["Bosch PART_OF Siemens"]],
  // The owner's own kind noun before the apposition's comma.
  ["Mr Hale ran the Siemens group, the parent company of Bosch.", ["Bosch PART_OF Siemens"]],
  ["Mr Hale ran the Siemens group, the main rival of Bosch.", [], ["Bosch PART_OF Siemens"]],
  ["Shares in the former Yukos unit Rosneft fell.", [], ["Rosneft PART_OF Yukos"]],
  // The owner after "parent": "its" is the sentence's firm, a bare "parent" owns the other firm.
  [
    "Swiss web firm Bluewin is set to compete with its parent company Swisscom.",
    ["Bluewin PART_OF Swisscom"],
  ],
  [
    "Weak sales at sports car maker Porsche hurt earnings at parent Volkswagen.",
    ["Porsche PART_OF Volkswagen"],
  ],
  // A firm set off before a passive of owning is its owner's part; a past owner or a share is none.
  ["Vorland Radio, which is owned by Globex, paid fines.", ["Vorland Radio PART_OF Globex"]],
  [
    "The deal involves Vorland Radio, controlled by Globex, and the state.",
    ["Vorland Radio PART_OF Globex"],
  ],
  [
    "Acme said Vorland Radio, which was owned by Globex, paid fines.",
    [],
    ["Vorland Radio PART_OF Globex"],
  ],
  [
    "Vorland Radio, which is partly owned by Globex, paid fines.",
    [],
    ["Vorland Radio PART_OF Globex"],
  ],
  // A club, a paper or a property a firm owns, named as one, is held, not a part: OWNS.
  [
    "The Sun newspaper, which is owned by News International, said so.",
    ["News International OWNS Sun"],
    ["Sun PART_OF News International"],
  ],
  [
    "Parmalat, which owns football club Parma, fell.",
    ["Parmalat OWNS Parma"],
    ["Parma PART_OF Parmalat"],
  ],
  // Two other firms: either may be the part.
  [
    "Weak sales at Porsche and Audi hurt earnings at parent Volkswagen.",
    [],
    ["Porsche PART_OF Volkswagen", "Audi PART_OF Volkswagen"],
  ],
];

describe("firm ownership", () => {
  it.each(OWNERSHIP)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
