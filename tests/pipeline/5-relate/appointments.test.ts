import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * Hirings and jobs stated by a verb; leaving a role or a denied job states none. The roles taken
 * up after the person ("was appointed chief executive of") are the role clauses' (news-patterns.ts).
 */
const APPOINTMENTS: FactRow[] = [
  [
    "Clara Ventris was appointed chief executive of Microsoft in 2003.",
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  ["Clara Ventris became chairman of Microsoft last year.", ["Clara Ventris LEADER_OF Microsoft"]],
  [
    "Clara Ventris has been named deputy chairman of Microsoft.",
    ["Clara Ventris WORKS_FOR Microsoft"],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Microsoft named Clara Ventris as its new chief executive.",
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Microsoft hired Clara Ventris as finance director last year.",
    ["Clara Ventris WORKS_FOR Microsoft"],
  ],
  ["Microsoft has recruited Clara Ventris.", ["Clara Ventris WORKS_FOR Microsoft"]],
  ["Clara Ventris was hired by Microsoft in 2001.", ["Clara Ventris WORKS_FOR Microsoft"]],
  ["Mary Collins is employed at Microsoft.", ["Mary Collins WORKS_FOR Microsoft"]],
  ["Engineer Clara Ventris is employed by Microsoft.", ["Clara Ventris WORKS_FOR Microsoft"]],
  // Leaving a role, a denied or a hoped-for appointment, and a role with no organisation state none.
  [
    "Clara Ventris stepped down as chief executive of Microsoft.",
    [],
    ["Clara Ventris LEADER_OF Microsoft", "Clara Ventris WORKS_FOR Microsoft"],
  ],
  [
    "Clara Ventris resigned as chairman of Microsoft.",
    [],
    ["Clara Ventris LEADER_OF Microsoft", "Clara Ventris WORKS_FOR Microsoft"],
  ],
  [
    "Clara Ventris was not appointed chief executive of Microsoft.",
    [],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Clara Ventris is expected to be appointed chief executive of Microsoft.",
    [],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Microsoft named Clara Ventris in its lawsuit.",
    [],
    ["Clara Ventris WORKS_FOR Microsoft", "Clara Ventris LEADER_OF Microsoft"],
  ],
  ["Clara Ventris was hired by Microsoft's rival.", [], ["Clara Ventris WORKS_FOR Microsoft"]],
];

/** "works for", "a member of" after "has been", and "joined" a firm. */
const JOBS_AND_MEMBERSHIPS: FactRow[] = [
  ["Clara Ventris works for Microsoft.", ["Clara Ventris WORKS_FOR Microsoft"]],
  [
    "Clara Ventris, who worked at Microsoft for ten years, said the deal was fair.",
    ["Clara Ventris WORKS_FOR Microsoft (former)"],
  ],
  ["Clara Ventris does not work for Microsoft.", [], ["Clara Ventris WORKS_FOR Microsoft"]],
  [
    "Clara Ventris has been a member of the Labour Party since 1990.",
    ["Clara Ventris MEMBER_OF Labour Party"],
  ],
  [
    "Clara Ventris joined Microsoft in 1998 as a programmer.",
    ["Clara Ventris WORKS_FOR Microsoft"],
    ["Clara Ventris MEMBER_OF Microsoft"],
  ],
  [
    "Clara Ventris joined the Labour Party in 1998.",
    ["Clara Ventris MEMBER_OF Labour Party"],
    ["Clara Ventris WORKS_FOR Labour Party"],
  ],
];

/** A post named after its holder: "took over as Acme chairman", "Hale's future as Acme chief". */
const HELD_POSTS: FactRow[] = [
  [
    "Clara Ventris took over as Microsoft chairman in August.",
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Clara Ventris was appointed Microsoft chief executive on Monday.",
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Clara Ventris was named as Microsoft's new finance director.",
    ["Clara Ventris WORKS_FOR Microsoft"],
  ],
  [
    "Clara Ventris's future as Microsoft chief executive is uncertain.",
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  // A post hoped for, held once or named before its holder is none of hers.
  [
    "Clara Ventris is set to be named as Microsoft chairman.",
    [],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Clara Ventris served as Microsoft chairman until 2003.",
    [],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
  [
    "Clara Ventris smiled as Microsoft chairman Tom Hale spoke.",
    ["Tom Hale LEADER_OF Microsoft"],
    ["Clara Ventris LEADER_OF Microsoft"],
  ],
];

describe("relate: posts named after their holders", () => {
  it.each(HELD_POSTS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});

describe("relate: appointments and hirings", () => {
  it.each(APPOINTMENTS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: jobs and memberships", () => {
  it.each(JOBS_AND_MEMBERSHIPS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

/** Roles left: no role today, whatever reads one (a rule or the classifier); what is read is marked former. */
const ROLES_LEFT: [input: string, absent: string[], past: string[]][] = [
  [
    "Mary Collins stepped down as chief executive of Microsoft in May.",
    ["Mary Collins WORKS_FOR Microsoft", "Mary Collins LEADER_OF Microsoft"],
    ["Mary Collins WORKS_FOR Microsoft (former)"],
  ],
  [
    "Mary Collins has resigned as director of Microsoft.",
    ["Mary Collins WORKS_FOR Microsoft", "Mary Collins LEADER_OF Microsoft"],
    [],
  ],
  // Leaving right after the role and the name, with no "as" naming the role.
  [
    "Microsoft chief executive Mary Collins stepped down last week.",
    ["Mary Collins WORKS_FOR Microsoft", "Mary Collins LEADER_OF Microsoft"],
    ["Mary Collins LEADER_OF Microsoft (former)"],
  ],
  [
    "Microsoft is in trouble. Chief executive Mary Collins has resigned for personal reasons.",
    ["Mary Collins WORKS_FOR Microsoft", "Mary Collins LEADER_OF Microsoft"],
    ["Mary Collins LEADER_OF Microsoft (former)"],
  ],
];

/** Near-misses of leaving: a denial, or a leaver other than the holder, keeps the role. */
const ROLES_KEPT: [input: string, present: string][] = [
  [
    "Microsoft chief executive Mary Collins said she had not resigned.",
    "Mary Collins LEADER_OF Microsoft",
  ],
  [
    "Microsoft chief executive Mary Collins said Tom Hale resigned.",
    "Mary Collins LEADER_OF Microsoft",
  ],
];

describe("relate: roles kept", () => {
  it.each(ROLES_KEPT)("%s", (input, present) => {
    const x = analyzeText(input, null);
    const facts = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    expect(facts).toContain(present);
  });
});

describe("relate: roles left", () => {
  it.each(ROLES_LEFT)("%s", (input, absent, past) => {
    const x = analyzeText(input, null);
    const facts = x.relations.map((r) => factOf(x, r));
    for (const fact of absent) expect(facts).not.toContain(fact);
    for (const fact of past) expect(facts).toContain(fact);
    expect(x.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(["Mary Collins", "Microsoft"]),
    );
  });
});
