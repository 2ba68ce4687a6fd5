import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A politician's noun titled by a party the gazetteer or the text knows: a member of the party. */
const PARTY_POLITICIANS: FactRow[] = [
  [
    "SPD politician Olaf Scholz said the plan was wrong.",
    ["Olaf Scholz MEMBER_OF Social Democratic Party of Germany"],
  ],
  [
    "CDU lawmaker Peter Ramsauer said the plan was wrong.",
    ["Peter Ramsauer MEMBER_OF Christian Democratic Union"],
  ],
  [
    "Prime Minister Viktor Orban said the Fidesz party would win. Fidesz politician Janos Lazar agreed.",
    ["Janos Lazar MEMBER_OF Fidesz"],
  ],
  // A body that is no party, or a noun that is no politician's.
  [
    "Greenpeace activist Tom Hale said the plan was wrong.",
    [],
    ["Tom Hale MEMBER_OF Greenpeace"],
  ],
  [
    "The SPD praised the plan, but CDU rival Olaf Scholz said it was wrong.",
    [],
    ["Olaf Scholz MEMBER_OF Christian Democratic Union"],
  ],
];

describe("relate: a party's politician", () => {
  it.each(PARTY_POLITICIANS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
