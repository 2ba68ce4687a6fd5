import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

type Row = [input: string, expected: string[], absent: string[]];

/** A possessor the party does not title holds none of its posts; one it titles keeps his. */
const POSSESSOR_PARTIES: Row[] = [
  [
    "The Lib Dem leader said Tom Hale's resignation was a good opportunity.",
    [],
    ["Tom Hale MEMBER_OF Liberal Democrats"],
  ],
  [
    "The Tories accepted Prime Minister Tom Hale's promise.",
    [],
    ["Tom Hale LEADER_OF Conservative Party", "Tom Hale MEMBER_OF Conservative Party"],
  ],
  ["Tory leader Tom Hale's past was examined.", ["Tom Hale LEADER_OF Conservative Party"], []],
  [
    "Tory MP Tom Hale's bill received a first reading.",
    ["Tom Hale MEMBER_OF Conservative Party"],
    [],
  ],
  // A party the person's name possesses is the person's.
  [
    "The vote could weaken Chancellor Tom Hale's Christian Democratic Union.",
    ["Tom Hale MEMBER_OF Christian Democratic Union"],
    [],
  ],
  ["Tom Hale's ruling Labour Party won again.", ["Tom Hale MEMBER_OF Labour Party"], []],
  // Something else the person possesses, or the party named apart: no membership.
  ["Tom Hale's resignation hurt the Labour Party.", [], ["Tom Hale MEMBER_OF Labour Party"]],
];

describe("relate: a possessor named apart from a party, with the relation model", () => {
  it.each(POSSESSOR_PARTIES)("%s", (input, expected, absent) => {
    const x = analyzeText(input);
    const facts = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
