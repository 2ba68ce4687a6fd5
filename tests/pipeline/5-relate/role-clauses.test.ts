import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A clause that gives a person a role at an organisation, set off by a dash or with an adverb. */
const ROLE_CLAUSES: FactRow[] = [
  [
    "Dr Hale - who became chairman of the Federal Reserve in June 2004 - will step down.",
    ["Hale LEADER_OF Federal Reserve"],
  ],
  [
    "Lord Tansley has also become chairman of the British Council, which promotes the arts.",
    ["Lord Tansley LEADER_OF British Council"],
  ],
  ["Tom Hale is now chairman of the British Council.", ["Tom Hale LEADER_OF British Council"]],
  ["Tom Hale is chairman of the Vexon Holdings group.", ["Tom Hale LEADER_OF Vexon Holdings"]],
  // The organisation must still end the phrase: a unit of it is another body.
  [
    "Tom Hale is now chairman of the Vexon Holdings property arm.",
    [],
    ["Tom Hale LEADER_OF Vexon Holdings"],
  ],
  // A dash with no "who" opens no role clause.
  [
    "Dr Hale - chairman Greenspan's rival - met the Federal Reserve.",
    [],
    ["Hale LEADER_OF Federal Reserve"],
  ],
];

describe("relate: role clauses after a dash or with an adverb", () => {
  it.each(ROLE_CLAUSES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
