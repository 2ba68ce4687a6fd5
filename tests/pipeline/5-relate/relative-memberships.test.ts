import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A place in a body stated by a relative clause, and a staff secretary's employer after a bare "of". */
const RELATIVE_MEMBERSHIPS: FactRow[] = [
  [
    "Anna Berg joined the Kestrel Group, of which Mr Tom Hale is a co-chairman.",
    ["Tom Hale WORKS_FOR Kestrel Group"],
  ],
  [
    "The Kestrel Society, of which Tom Hale is chairman, closed its doors.",
    ["Tom Hale LEADER_OF Kestrel Society"],
  ],
  [
    "Lord Hale, who sits on the executive of the Kestrel Society, said the plan was wrong.",
    ["Lord Hale MEMBER_OF Kestrel Society"],
  ],
  [
    "Tom Hale, who is a member of the Kestrel Society, said the plan was wrong.",
    ["Tom Hale MEMBER_OF Kestrel Society"],
  ],
  [
    "Jo Bell, secretary of the Kestrel Society, said the plan was wrong.",
    ["Jo Bell WORKS_FOR Kestrel Society"],
  ],
  [
    "Jo Bell, international division secretary of the Kestrel Society, said the plan was wrong.",
    ["Jo Bell WORKS_FOR Kestrel Society"],
  ],
  // A past place is no present one.
  [
    "The Kestrel Society, of which Tom Hale was a member, closed its doors.",
    [],
    ["Tom Hale MEMBER_OF Kestrel Society"],
  ],
  [
    "Lord Hale, who sat on the Kestrel Society, said the plan was wrong.",
    [],
    ["Lord Hale MEMBER_OF Kestrel Society"],
  ],
  // A seat that is no body, and a member of staff elsewhere.
  [
    "Ed Hale, who sits on the bench for Leeds United, said the plan was wrong.",
    [],
    ["Ed Hale MEMBER_OF Leeds United"],
  ],
  // "general secretary" heads the body: the role patterns' reading, not a staff post.
  [
    "Jo Bell, general secretary of the Kestrel Society, said the plan was wrong.",
    ["Jo Bell LEADER_OF Kestrel Society"],
  ],
];

describe("relate: relative-clause memberships", () => {
  it.each(RELATIVE_MEMBERSHIPS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
