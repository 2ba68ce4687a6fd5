import { describe, expect, it } from "vitest";
import {
  expectRuleFacts,
  type FactRow,
  ruleFactsOf,
  SPORT_STORY_WORDS,
} from "../../helpers/rule-facts.js";

/** A person who left or took a role named after "as" held it: a past role once left, a role now else. */
const ROLE_CHANGES: FactRow[] = [
  // Left: a past role.
  [
    "Ken Hale stepped down as Vodafone chairman in March last year.",
    ["Ken Hale LEADER_OF Vodafone (former)"],
    ["Ken Hale LEADER_OF Vodafone"],
  ],
  [
    "Nora Pike has resigned as chief executive of Vodafone.",
    ["Nora Pike LEADER_OF Vodafone (former)"],
  ],
  [
    `Carlo Berti has been sacked as Valencia coach just eight months after taking charge. ${SPORT_STORY_WORDS}`,
    ["Carlo Berti COACHES Valencia CF (former)"],
  ],
  // Taken: a role now.
  [
    `Fly-half Jon Weller has been named as England's new rugby union captain. ${SPORT_STORY_WORDS}`,
    ["Jon Weller PLAYS_FOR England"],
  ],
  ["Anna Bell was appointed as chairman of Vodafone in 2004.", ["Anna Bell LEADER_OF Vodafone"]],
];

/**
 * [input, the role read as held today, a role that must not be read]: a party member who leaves
 * a party post stays a member (the head of one part of it is one of its staff); a departure still
 * to come or denied leaves the role held.
 */
const HELD_ROLES: [input: string, held: string, absent?: string][] = [
  [
    "Mr Pike has also resigned as UKIP's branch chairman.",
    "Pike MEMBER_OF UKIP",
    "Pike LEADER_OF UKIP",
  ],
  [
    "Paul Dane is to step down as a Labour MP at the next general election.",
    "Paul Dane MEMBER_OF Labour Party",
  ],
  ["Tom Reed will not resign as Vodafone chairman.", "Tom Reed LEADER_OF Vodafone"],
];

/** Changes that state no role between the pair. */
const NO_ROLE_CHANGES: FactRow[] = [
  // An appointment only hoped for.
  [
    "Tom Reed could be named as Vodafone chief executive next week.",
    [],
    ["Tom Reed LEADER_OF Vodafone", "Tom Reed WORKS_FOR Vodafone"],
  ],
  // "as" after no verb of changing role.
  [
    "Tom Reed spoke as Vodafone chairman Ian Lowe watched.",
    [],
    ["Tom Reed LEADER_OF Vodafone", "Tom Reed WORKS_FOR Vodafone"],
  ],
  // The role is held at a part of the organisation.
  [
    "Tom Reed was appointed as head of the Treasury's tax unit.",
    [],
    ["Tom Reed LEADER_OF Treasury", "Tom Reed WORKS_FOR Treasury"],
  ],
  // What follows names no role at the organisation.
  [
    "Tom Reed resigned as Vodafone shares fell.",
    [],
    ["Tom Reed LEADER_OF Vodafone", "Tom Reed WORKS_FOR Vodafone"],
  ],
];

/** A sports story's boss of a side named by its country manages it. */
const SIDE_BOSSES: FactRow[] = [
  [
    `The news leaves Wales boss Gareth Lyle short in defence. ${SPORT_STORY_WORDS}`,
    ["Gareth Lyle COACHES Wales"],
    ["Gareth Lyle LEADER_OF Wales"],
  ],
];

/** Outside sport, or after a nationality, a boss heads no side. */
const NO_SIDE_BOSSES: FactRow[] = [
  [
    "The news leaves Wales boss Gareth Lyle short of funds for the assembly.",
    [],
    ["Gareth Lyle COACHES Wales"],
  ],
];

describe("relate: roles left or taken", () => {
  it.each(ROLE_CHANGES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
  it.each(HELD_ROLES)("%s", (input, held, absent) => {
    expectRuleFacts(input, [held], absent ? [absent] : []);
    expect(ruleFactsOf(input).facts).not.toContain(`${held} (former)`);
  });
  it.each(NO_ROLE_CHANGES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: a side's boss", () => {
  it.each(SIDE_BOSSES)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
  it.each(NO_SIDE_BOSSES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
