import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A person said to be a programme's regular voice: "X is a regular commentator on the BBC programme Y". */
const ROWS: FactRow[] = [
  // The broadcaster's name between "the" and the programme noun.
  [
    "Tom Harker is a regular commentator on the BBC World Service programme Tech Talk.",
    ["Tom Harker APPEARS_IN Tech Talk", "BBC World Service PRODUCES Tech Talk"],
  ],
  // A presenter of a show, in the past.
  [
    "Anna Lyle was the presenter of the ITV show Morning Harbour.",
    ["Anna Lyle APPEARS_IN Morning Harbour"],
  ],
  // No programme noun before the name: the name may be the broadcaster, not a programme.
  [
    "Tom Harker is a regular commentator on Vantex Radio.",
    [],
    ["Tom Harker APPEARS_IN Vantex Radio"],
  ],
  // A trade that is no voice on air.
  [
    "Owen Tallis is the producer of the BBC programme Night Desk.",
    [],
    ["Owen Tallis APPEARS_IN Night Desk"],
  ],
  // Not the clause's subject: the sentence's first name only reports what another is.
  [
    "Tom Harker said Ann Lee is a regular commentator on the BBC World Service programme Tech Talk.",
    [],
    ["Tom Harker APPEARS_IN Tech Talk"],
  ],
];

describe("programme contributors", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
