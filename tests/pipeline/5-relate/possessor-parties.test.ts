import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

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
  // The party inside a phrase about something else, or qualifying a rival: not his.
  ["Tom Hale's attack on Labour was criticised.", [], ["Tom Hale MEMBER_OF Labour Party"]],
  ["Tom Hale's Labour rival Jo Bell spoke on Monday.", [], ["Tom Hale MEMBER_OF Labour Party"]],
  [
    "Tom Hale's conservative Christian Democratic Union won.",
    ["Tom Hale MEMBER_OF Christian Democratic Union"],
    [],
  ],
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

/** A party "his" or "her" possesses is the person's the sentence names before it, else the topic's. */
const PRONOUN_PARTIES: FactRow[] = [
  [
    "Charles Kennedy told voters his Liberal Democrats would offer them an honest choice.",
    ["Charles Kennedy MEMBER_OF Liberal Democrats"],
  ],
  [
    "Prime Minister Viktor Orban and his Fidesz party want to anchor their victory.",
    ["Viktor Orban MEMBER_OF Fidesz"],
  ],
  [
    "Paul Kagame won the vote with ease. His ruling Rwandan Patriotic Front party has overseen strong growth.",
    ["Paul Kagame MEMBER_OF Rwandan Patriotic Front"],
  ],
  // The party modifies what the pronoun possesses, or the pronoun may be either of two people.
  [
    "Tom Hale attacked his Tory opponent in the debate.",
    [],
    ["Tom Hale MEMBER_OF Conservative Party"],
  ],
  [
    "Tom Hale defended his attack on Labour in the debate.",
    [],
    ["Tom Hale MEMBER_OF Labour Party"],
  ],
  [
    "Tom Hale told Anna Berg that his Labour Party would win.",
    [],
    ["Tom Hale MEMBER_OF Labour Party", "Anna Berg MEMBER_OF Labour Party"],
  ],
];

describe("relate: a party a pronoun possesses", () => {
  it.each(PRONOUN_PARTIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
