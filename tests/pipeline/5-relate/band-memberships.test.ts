import { describe, expect, it } from "vitest";
import { expectRuleFacts, type FactRow, ruleFactsOf } from "../../helpers/rule-facts.js";

/** A musician's band stated around a band's noun or a player's role. */
const BAND_MEMBERSHIPS: FactRow[] = [
  // A player's role with or in the band, in apposition or after a be-form.
  [
    "Tom Hale, guitarist with the band Quillmoor, said he was happy.",
    ["Tom Hale MEMBER_OF Quillmoor"],
  ],
  [
    "Hale, 42, was lead singer with The Stone Roses until they split.",
    ["Hale MEMBER_OF Stone Roses"],
  ],
  ["Tom Hale, the singer of the band Quillmoor, spoke.", ["Tom Hale MEMBER_OF Quillmoor"]],
  // The band a person's possessive or a possessive pronoun names.
  ["Jo Bell took her new band Fightstar to the stage on Friday.", ["Jo Bell MEMBER_OF Fightstar"]],
  ["Bell's band Fightstar played for 45 minutes.", ["Bell MEMBER_OF Fightstar"]],
  // A listed firm's possessive stays the firm's: no musician.
  ["Sony's band Fightstar played for 45 minutes.", [], ["Sony MEMBER_OF Fightstar"]],
  // So does a name a business's head word ends, or one the article names as a label elsewhere.
  ["Island Records' band Keane topped the chart.", [], ["Island Records MEMBER_OF Keane"]],
  [
    "Velmora Entertainment's band Fightstar played for an hour.",
    [],
    ["Velmora Entertainment MEMBER_OF Fightstar"],
  ],
  [
    "The label Velmora had a good year. Velmora's band Fightstar played for an hour.",
    [],
    ["Velmora MEMBER_OF Fightstar"],
  ],
  // A person's name before the possessive stays the musician's.
  ["Tom Hale's band Fightstar played for an hour.", ["Tom Hale MEMBER_OF Fightstar"]],
  // A band left: a past place.
  ["Tom Hale quit the band Quillmoor in 2003.", ["Tom Hale MEMBER_OF Quillmoor (former)"]],
  [
    "Jo Bell announced her departure from pop band Fightstar on Friday.",
    ["Jo Bell MEMBER_OF Fightstar (former)"],
  ],
  [
    "Hale, who quit chart-topping group Quillmoor in March, went to number one.",
    ["Hale MEMBER_OF Quillmoor (former)"],
  ],
  // "a former member of rap group X": the band's noun before its name, the mark kept.
  [
    "Tom Hale, a former member of rap group Quillmoor, was filmed in his cell.",
    ["Tom Hale MEMBER_OF Quillmoor (former)"],
  ],
  [
    "Tom Hale, a former member of the Vexton Society, spoke.",
    ["Tom Hale MEMBER_OF Vexton Society (former)"],
    ["Tom Hale MEMBER_OF Vexton Society"],
  ],
  // The band before a player's role: a past band marked so.
  [
    "The cards were designed by former Quillmoor guitarist Tom Hale.",
    ["Tom Hale MEMBER_OF Quillmoor (former)"],
    ["Tom Hale MEMBER_OF Quillmoor"],
  ],
  ["The cards were designed by Quillmoor guitarist Tom Hale.", ["Tom Hale MEMBER_OF Quillmoor"]],
  // Another person's band.
  ["Tom Hale praised Jo Bell and her new band Fightstar.", [], ["Tom Hale MEMBER_OF Fightstar"]],
];

describe("relate: band memberships", () => {
  it.each(BAND_MEMBERSHIPS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});

describe("relate: band memberships need a band's noun before a band left", () => {
  it("reads no band from a bare name after 'left' (a club or a firm as often)", () => {
    const { facts } = ruleFactsOf("Tom Hale left Quillmoor in 2003.");
    expect(facts.filter((fact) => fact.startsWith("Tom Hale MEMBER_OF"))).toEqual([]);
  });
  it("reads no band from 'group' after no kind of music and no chart word", () => {
    const { facts } = ruleFactsOf("Tom Hale quit the banking group Vexa Holdings in 2003.");
    expect(facts.filter((fact) => fact.startsWith("Tom Hale MEMBER_OF"))).toEqual([]);
  });
});

/** A player named by a bare band role in a story about one band. */
const STORY_BANDS: FactRow[] = [
  [
    "Pop band Quillmoor have confirmed they are to split. A statement from the record company Vexa Records said frontman Tom Hale planned to rest.",
    ["Tom Hale MEMBER_OF Quillmoor"],
  ],
  [
    "Rock band Quillmoor won an award. The dispute with surviving band members Jo Bell and drummer Tom Hale was settled.",
    ["Jo Bell MEMBER_OF Quillmoor", "Tom Hale MEMBER_OF Quillmoor"],
  ],
  [
    "Rock band Quillmoor won an award. Drummer Tom Hale was absent.",
    ["Tom Hale MEMBER_OF Quillmoor"],
  ],
  // "fellow guitarist" plays elsewhere; a story naming two bands leaves a bare role unread.
  [
    "Rock band Quillmoor won an award. They were praised by fellow guitarist Jo Bell.",
    [],
    ["Jo Bell MEMBER_OF Quillmoor"],
  ],
  [
    "Rock band Quillmoor and pop band Fightstar won awards. Drummer Tom Hale was absent.",
    [],
    ["Tom Hale MEMBER_OF Quillmoor", "Tom Hale MEMBER_OF Fightstar"],
  ],
];

describe("relate: players of a story's one band", () => {
  it.each(STORY_BANDS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));
});
