import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * A noun phrase in apposition between a subject and its verb stands aside from the clause: "Tom
 * Hale, the head of the church, backed Mr Berg's stance" is Hale's backing. A phrase that does not
 * open with an article, or a name that is no agent, is no subject.
 */
const SUBJECT_APPOSITIONS: FactRow[] = [
  [
    "His words came as Tom Hale, the head of the church, backed Mr Berg's stance on abortion.",
    ["Tom Hale SUPPORTS Berg"],
  ],
  [
    "Vexaphone, the biggest phone company in the world, took over Nordbank Capital in October.",
    ["Vexaphone ACQUIRED Nordbank Capital"],
  ],
  [
    "Ann Berg, a former lawyer from Leeds, criticised Tom Hale as arrogant.",
    ["Ann Berg CRITICIZES Tom Hale"],
  ],
  // A place before the comma is a setting, not the subject.
  [
    "In Leeds, the city council backed Mr Marlow's stance on housing.",
    [],
    ["Leeds SUPPORTS Marlow"],
  ],
];

describe("relate: a subject with a noun phrase in apposition before its verb", () => {
  it.each(SUBJECT_APPOSITIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
