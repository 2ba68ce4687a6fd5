import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Criticism in political news: verdicts, scorn, and a politician's "attack" on a rival. */
const CRITICISM: FactRow[] = [
  [
    'Karl Brenner dismissed Tom Hale\'s budget as "a fraud" on Monday.',
    ["Karl Brenner CRITICIZES Tom Hale"],
  ],
  ['Karl Brenner branded Tom Hale "reckless and wrong".', ["Karl Brenner CRITICIZES Tom Hale"]],
  ["Karl Brenner ridiculed Tom Hale at the conference.", ["Karl Brenner CRITICIZES Tom Hale"]],
  [
    "Karl Brenner attacked Tom Hale for failing to cut taxes.",
    ["Karl Brenner CRITICIZES Tom Hale"],
    ["Karl Brenner ATTACKED Tom Hale"],
  ],
  [
    "Karl Brenner will attack Labour's record on crime.",
    ["Karl Brenner CRITICIZES Labour Party"],
    ["Karl Brenner ATTACKED Labour Party"],
  ],
  ["Karl Brenner hit back at Tom Hale over the claims.", ["Karl Brenner CRITICIZES Tom Hale"]],
  // A participle takes its subject from the clause it hangs on.
  [
    "Karl Brenner has written to the regulator accusing Tom Hale of a breach of the rules.",
    ["Karl Brenner ACCUSES Tom Hale"],
  ],
  [
    "Labour replied at once, with campaign chief Karl Brenner accusing Tom Hale of lying.",
    ["Karl Brenner ACCUSES Tom Hale"],
  ],
  // Another name between the clause's subject and the participle: whose act it is is unclear.
  [
    "Karl Brenner wrote to Anna Berg on Monday accusing Tom Hale of lying.",
    [],
    ["Karl Brenner ACCUSES Tom Hale"],
  ],
  // No verdict after the object: a dismissal that is no criticism.
  ["Karl Brenner dismissed Tom Hale from the board.", [], ["Karl Brenner CRITICIZES Tom Hale"]],
  // A negated or hedged-away clause states nothing.
  ['Karl Brenner did not dismiss Tom Hale as "a fraud".', [], ["Karl Brenner CRITICIZES Tom Hale"]],
];

describe("relate: criticism in political news", () => {
  it.each(CRITICISM)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

describe("relate: word lists are looked up as words, not object properties", () => {
  it.each([
    "Karl Brenner wrote to the watchdog, constructor Tom Hale of a breach.",
    "Karl Brenner wrote to the watchdog, toString Tom Hale of a breach.",
    "The constructor leader Karl Brenner spoke.",
  ])("%s gives no relation of a made-up type", (text) => {
    const x = analyzeText(text, null, { relationModel: null });
    for (const relation of x.relations) expect(typeof relation.type).toBe("string");
    expect(x.relations.map((r) => r.type)).not.toContain("ACCUSES");
  });
});
