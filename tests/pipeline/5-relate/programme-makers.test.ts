import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A broadcaster's or a studio's screen noun before a title: "ITV's comedy Y", "BBC One show Y". */
const ROWS: FactRow[] = [
  // A possessive and describing words before the programme noun.
  [
    "She appeared for many years in ITV's well-loved comedy Quiet Harbour Lane.",
    ["ITV PRODUCES Quiet Harbour Lane"],
  ],
  // The channel's name right before the noun.
  [
    "The sitcom will face mainstream BBC One show Harbour Family.",
    ["BBC One PRODUCES Harbour Family"],
  ],
  // A studio's film, its title with its own "The".
  [
    "Sony horror film The Vault, starring Ann Lee, was the second best-selling DVD.",
    ["Sony PRODUCES Vault", "Ann Lee APPEARS_IN Vault"],
  ],
  // The programme noun after the broadcaster's name describes the title after it, naming no project.
  [
    "Jo Marsh spoke on the BBC World Service programme Tech Talk.",
    ["BBC World Service PRODUCES Tech Talk"],
  ],
  // A function word joins two phrases: the first title makes nothing of the second.
  [
    "Nominees include climbing documentary Quiet Harbour Lane and zombie comedy Marsh End.",
    [],
    ["Quiet Harbour Lane PRODUCES Marsh End"],
  ],
  // A name the recogniser guessed, not written as initials, may be a performer's. (The calling
  // "Rapper" is no word of the name: recognition cuts it off the tagger's span.)
  [
    "Rapper Ice Crane's road-trip comedy Are We Nearly Home? slipped to second place.",
    [],
    ["Ice Crane PRODUCES Are We Nearly Home"],
  ],
  // A country's initials open no broadcaster's name.
  [
    "The former star of US TV drama Harbour Lane has denied murder.",
    [],
    ["US TV PRODUCES Harbour Lane"],
  ],
  // A noun that is no screen work's: a critic, a star.
  ["The BBC's film critic Mark Tate liked it.", [], ["BBC PRODUCES Mark Tate"]],
];

describe("programme makers", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
