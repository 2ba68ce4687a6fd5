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

/** Roles joined by "and", and roles a describing word opens, between a firm and a person. */
const ROLE_PHRASES: Row[] = [
  // One of two leaders leads; one of two chairmen is no chairman alone.
  ["Green Party co-leader Jo Bell said the plan was wrong.", ["Jo Bell LEADER_OF Green Party"]],
  ["Jo Bell, co-leader of the Green Party, spoke.", ["Jo Bell LEADER_OF Green Party"]],
  ["Vodafone co-chairman Tom Hale said so.", [], ["Tom Hale LEADER_OF Vodafone"]],
  // Two roles joined by "and": each is read.
  ["Vodafone chairman and chief executive Tom Hale said so.", ["Tom Hale LEADER_OF Vodafone"]],
  [
    "Siemens founder and chairman Tom Hale said so.",
    ["Tom Hale FOUNDED Siemens", "Tom Hale LEADER_OF Siemens"],
  ],
  // A describing word after the firm's possessive.
  [
    "The deal was celebrated by Siemens' newly-appointed chief executive Tom Hale.",
    ["Tom Hale LEADER_OF Siemens"],
  ],
  [
    "Barclays' chief economic adviser Tom Hale said so.",
    ["Tom Hale WORKS_FOR Barclays"],
    ["Tom Hale LEADER_OF Barclays"],
  ],
  // One describing word after a bare name: a brief.
  ["Barclays housing spokesman Tom Hale said so.", ["Tom Hale WORKS_FOR Barclays"]],
  // A head of one part ("election chief") of a party is its member, not its leader.
  [
    "Labour election chief Tom Hale said so.",
    ["Tom Hale MEMBER_OF Labour Party"],
    ["Tom Hale LEADER_OF Labour Party"],
  ],
  // A past role, or a word that is no describer of the role, reads nothing.
  [
    "Former Vodafone chairman and chief executive Tom Hale said so.",
    [],
    ["Tom Hale LEADER_OF Vodafone"],
  ],
  // A past word before another name is not the firm's.
  [
    "Former minister Ann Lee met Vodafone chairman and chief executive Tom Hale.",
    ["Tom Hale LEADER_OF Vodafone"],
  ],
  ["Siemens' rival chief executive Tom Hale said so.", [], ["Tom Hale LEADER_OF Siemens"]],
  // "its" for the firm the sentence is about, when no other firm comes between.
  [
    "Shell claims its downfall was punishment for the ambitions of its founder Tom Hale.",
    ["Tom Hale FOUNDED Shell"],
  ],
  ["Shell said Unilever and its chairman Tom Hale agreed.", [], ["Tom Hale LEADER_OF Shell"]],
  // Roles the shared list lacks: a vice-chairman, a department's secretary.
  ["Arsenal vice-chairman Tom Hale said so.", ["Tom Hale WORKS_FOR Arsenal"]],
  [
    "The dollar rose after US Treasury Secretary Tom Hale spoke.",
    ["Tom Hale LEADER_OF US Treasury"],
  ],
  ["Treasury chief secretary Tom Hale said so.", [], ["Tom Hale LEADER_OF Treasury"]],
  ["Shadow Treasury Secretary Tom Hale said so.", [], ["Tom Hale LEADER_OF Treasury"]],
  // A department's minister is one of its (junior) ministers; a firm has no minister.
  ["Scottish Office minister Tom Hale said so.", ["Tom Hale WORKS_FOR Scottish Office"]],
  // A listed government department's minister holds a post in it, as DWIE's minister_of reads.
  ["Cabinet Office minister Tom Hale said so.", ["Tom Hale HOLDS_POSITION Cabinet Office"]],
  ["Sony minister Tom Hale said so.", [], ["Tom Hale WORKS_FOR Sony"]],
];

describe("role phrases", () => {
  it.each(ROLE_PHRASES)("%s", (input, expected, absent = []) => {
    const facts = ruleFactsOf(input);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
