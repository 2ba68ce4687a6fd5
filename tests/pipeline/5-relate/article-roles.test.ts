import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A role given with no organisation in its sentence belongs to the firm the story is about. */
const ARTICLE_ROLES: FactRow[] = [
  [
    "Zorvex Media is eyeing a move into video games. According to the Financial Times, chief operating officer Alan Pike said that Zorvex Media wants a studio. Zorvex Media has $2bn in cash. Mr Pike told the FT that prices were high.",
    ["Alan Pike WORKS_FOR Zorvex Media"],
  ],
  [
    'Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. "It was a good year," chief executive Alan Pike told Reuters. Zorvex Media will pay a dividend.',
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
  // Another firm in the sentence may own the role.
  [
    'Profits at Zorvex Media rose 10%. Zorvex Media said sales grew. Zorvex Media will pay a dividend. "It was a good year for Kestrel Bank," said chief executive Alan Pike.',
    [],
    ["Alan Pike LEADER_OF Zorvex Media"],
  ],
];

describe("relate: roles of the article's organisation", () => {
  it.each(ARTICLE_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
