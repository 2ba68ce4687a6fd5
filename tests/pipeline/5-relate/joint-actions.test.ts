import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Coordinated subjects that "join forces" or "team up" cooperate. */
const JOINT_ACTIONS: FactRow[] = [
  [
    "Electronics giants Hitachi and Matsushita Electric are joining forces to share technology.",
    ["Hitachi COOPERATES_WITH Matsushita Electric"],
  ],
  ["Nokia and Intel have teamed up to make chips.", ["Nokia COOPERATES_WITH Intel"]],
  // Negated: no cooperation.
  ["Hitachi and Sony did not join forces.", [], ["Hitachi COOPERATES_WITH Sony"]],
];

describe("relate: joint actions of coordinated subjects", () => {
  it.each(JOINT_ACTIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
