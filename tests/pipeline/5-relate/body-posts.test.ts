import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * A post the sentence gives at a body is the body's: no position in the country the passage is
 * about ("Ukraine said… said Ann Kerr, a spokesman for the EU").
 */
const BODY_POSTS: FactRow[] = [
  [
    "Germany backed the deal. Ann Kerr, a spokesman for the European Union, said talks would go on.",
    [],
    ["Ann Kerr HOLDS_POSITION Germany"],
  ],
  [
    "France welcomed the plan. Tom Hale, a spokesman for Citigroup, said costs would rise.",
    [],
    ["Tom Hale HOLDS_POSITION France"],
  ],
  // The body before the title, past a lowercase word of the post.
  [
    "Germany backed the deal, said a spokesman for European Union trade commissioner Karl Brenner.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "France welcomed the plan. Citigroup investment adviser Tom Hale said costs would rise.",
    [],
    ["Tom Hale HOLDS_POSITION France"],
  ],
  // A lowercase word with no body before it leaves the country the guide.
  [
    "Germany backed the deal. The trade commissioner Karl Brenner said talks would go on.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  // A department's post is the state's; a department's spokesman works for the state.
  [
    "Germany backed the deal. Treasury spokesman Karl Brenner said talks would go on.",
    ["Karl Brenner WORKS_FOR Germany"],
  ],
];

describe("relate: a post at a body", () => {
  it.each(BODY_POSTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
