import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A firm's officer named through "its"/"their", the firm named before it in the sentence. */
const PRONOUN_ROLES: FactRow[] = [
  [
    "Technology firm Vexaphone grew. Regulators have begun proceedings against Vexaphone, its chief executive Tom Hale and two others.",
    ["Tom Hale LEADER_OF Vexaphone"],
  ],
  [
    "Last year Nordbank and its former chief executive Ann Kerr were each fined by the court.",
    ["Ann Kerr LEADER_OF Nordbank"],
  ],
  // The role set off by commas, after an honorific the name leaves out.
  [
    "The news that Vexaphone had inflated its sales led to the resignation of its chairman, Sir Tom Hale, last year.",
    ["Tom Hale LEADER_OF Vexaphone"],
  ],
  // A unit the firm owns ("its Kestrel unit") is passed over for the firm itself.
  [
    "Nordbank said it would sell its Kestrel unit, and its chief finance officer Ann Kerr lives in Oslo.",
    ["Ann Kerr WORKS_FOR Nordbank"],
    ["Ann Kerr WORKS_FOR Kestrel"],
  ],
  // No firm before the pronoun, a role that is no firm's, a news source: no such role.
  [
    "Its chief executive Tom Hale said sales rose at Vexaphone.",
    [],
    ["Tom Hale LEADER_OF Vexaphone"],
  ],
  [
    "Nordbank praised the film and its star Ann Kerr.",
    [],
    ["Ann Kerr LEADER_OF Nordbank", "Ann Kerr WORKS_FOR Nordbank"],
  ],
  [
    "Tom Hale told Reuters that its chairman Ann Kerr would resign.",
    [],
    ["Ann Kerr LEADER_OF Reuters"],
  ],
];

describe("relate: roles owned through a possessive pronoun", () => {
  it.each(PRONOUN_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
