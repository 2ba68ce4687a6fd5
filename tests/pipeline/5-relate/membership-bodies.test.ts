import { describe, expect, it } from "vitest";
import { inferRelations } from "../../../src/pipeline/5-relate/classifier/infer.js";
import { isTradeUnionName } from "../../../src/pipeline/5-relate/membership-bodies.js";
import type { ExtractedRelation } from "../../../src/pipeline/types.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A party's or a trade union's officers and spokesmen are its members, not its employees. */
const MEMBERSHIP_ROLES: FactRow[] = [
  [
    "Taliban spokesman Zaki Rahmani told reporters the group had not been consulted.",
    ["Zaki Rahmani MEMBER_OF Taliban"],
    ["Zaki Rahmani WORKS_FOR Taliban"],
  ],
  [
    "Tom Hale of the Unitex union said the workers would strike on Monday.",
    ["Tom Hale MEMBER_OF Unitex"],
    ["Tom Hale WORKS_FOR Unitex"],
  ],
  [
    "Factory Workers Union spokesman Jeff Morton said the cuts would cost jobs.",
    ["Jeff Morton MEMBER_OF Factory Workers Union"],
    ["Jeff Morton WORKS_FOR Factory Workers Union"],
  ],
  // A firm's and a sports body's staff work for it.
  [
    "Vexaphone spokesman Tom Hale said the phones would ship in May.",
    ["Tom Hale WORKS_FOR Vexaphone"],
    ["Tom Hale MEMBER_OF Vexaphone"],
  ],
  [
    "Welsh Rugby Union spokesman Tom Hale said the match would go ahead.",
    ["Tom Hale WORKS_FOR Welsh Rugby Union"],
    ["Tom Hale MEMBER_OF Welsh Rugby Union"],
  ],
];

describe("relate: members of a party or a trade union", () => {
  it.each(MEMBERSHIP_ROLES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

const UNION_NAMES: [string, boolean][] = [
  ["Trades Union Congress", true],
  ["Centre of Indian Trade Unions", true],
  ["Factory Workers Union", true],
  ["Musicians' Union", true],
  ["National Union of Journalists", true],
  ["Public and Commercial Services Union", true],
  ["Welsh Rugby Union", false],
  ["European Broadcasting Union", false],
  ["Norwich Union", false],
  ["Union Investment", false],
];

describe("isTradeUnionName", () => {
  it.each(UNION_NAMES)("%s → %s", (name, expected) =>
    expect(isTradeUnionName(name)).toBe(expected),
  );
});

/** A head's LEADER_OF of body 1 (entity 0 the person). */
function headOf(): ExtractedRelation {
  const evidence = {
    sentenceIndex: 0,
    start: 0,
    end: 10,
    sentence: "",
    sentenceStart: 0,
    eventDate: null,
  };
  return {
    subject: 0,
    object: 1,
    type: "LEADER_OF",
    predicate: "leader of",
    confidence: 0.8,
    attributes: {},
    evidence,
    provenance: "STATED",
    support: [],
  };
}

describe("inferRelations: what a body's head also is", () => {
  const rows: ["party" | "union" | "other", string][] = [
    ["union", "MEMBER_OF"],
    ["party", "MEMBER_OF"],
    ["other", "WORKS_FOR"],
  ];
  it.each(rows)("the head of a %s body is its %s", (kind, type) => {
    const inferred = inferRelations([headOf()], ["PERSON", "ORGANIZATION"], () => kind);
    expect(inferred.map((relation) => relation.type)).toEqual([type]);
  });
});
