import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A job a firm's name owns in an apposition, with a tail saying what the job is about. */
const OWNED_ROLES: FactRow[] = [
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone's principal consultant on mobile data, said so.",
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
  [
    "Technology firm Vexaphone grew. Tom Hale, Vexaphone's head of consumer services in the UK, thinks so.",
    ["Tom Hale WORKS_FOR Vexaphone"],
  ],
  [
    'Technology firm Vexaphone grew. "It was good," said Tom Hale, Vexaphone vice-president of operations.',
    ["Tom Hale WORKS_FOR Vexaphone"],
  ],
  // A job noun no role list holds, owned by the firm's possessive.
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone's principal consultant, said so.",
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
  // A second employer in the tail, no job, a person in the tail, a party: no such job.
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone's head of research at Globex Systems, said so.",
    [],
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone's biggest customer in the UK, said so.",
    [],
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone's adviser on Tom Hale's campaign, said so.",
    [],
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
  // A staff noun no role list holds ("deputy secretary"), with its field.
  [
    "The inquiry ended, said Ann Kerr, FCC deputy secretary of communications.",
    ["Ann Kerr WORKS_FOR FCC"],
  ],
  [
    "Technology firm Vexaphone grew. Ann Kerr, Vexaphone fan of the year, said so.",
    [],
    ["Ann Kerr WORKS_FOR Vexaphone"],
  ],
];

describe("relate: owned roles in appositions", () => {
  it.each(OWNED_ROLES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
