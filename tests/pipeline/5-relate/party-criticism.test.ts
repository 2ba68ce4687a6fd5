import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * Criticism of a party through its own plans named by the party's adjective, and criticism voiced
 * by a party's unnamed spokesman.
 */
const PARTY_CRITICISM: FactRow[] = [
  // The plans, claims and record named by the party's adjective are the party's.
  [
    "Karl Brenner attacked the Tory plans on Monday.",
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "Karl Brenner derided Tory claims they would save millions.",
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "The Liberal Democrats hit back at the Labour proposals on pensions.",
    ["Liberal Democrats CRITICIZES Labour Party"],
  ],
  [
    'Karl Brenner branded the Labour spending plans as "a fantasy".',
    ["Karl Brenner CRITICIZES Labour Party"],
  ],
  [
    "Karl Brenner criticised the Tory record on schools.",
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  // An unnamed spokesman speaks as the party.
  [
    "A Labour Party spokesman criticised Tom Hale's record on housing.",
    ["Labour Party CRITICIZES Tom Hale"],
  ],
  ["A Labour spokesman accused Tom Hale of scaremongering.", ["Labour Party ACCUSES Tom Hale"]],
  // People of the party, a post, praise, a negation, or a nation's plans: no criticism of a party.
  [
    "Karl Brenner attacked the Tory voters on Monday.",
    [],
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "Karl Brenner praised the Tory plans on Monday.",
    [],
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "Karl Brenner criticised the Tory campaign chief on Monday.",
    [],
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "Karl Brenner did not criticise the Tory plans.",
    [],
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  [
    "Karl Brenner branded the Tory plans a start.",
    [],
    ["Karl Brenner CRITICIZES Conservative Party"],
  ],
  ["A Labour spokesman praised Tom Hale on Monday.", [], ["Labour Party CRITICIZES Tom Hale"]],
  // An attack is words only on a person or a party.
  [
    "A Labour spokesman attacked Acme Holdings on Monday.",
    [],
    ["Labour Party CRITICIZES Acme Holdings"],
  ],
];

describe("relate: criticism of a party's plans and by a party's spokesman", () => {
  it.each(PARTY_CRITICISM)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
