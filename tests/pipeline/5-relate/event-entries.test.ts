import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** An athlete entered in a named event, as a confirmed entry or a done one, took part in it. */
const EVENT_ENTRIES: FactRow[] = [
  [
    "World 100m champion Tom Hale will compete in the 60m at the Zorvex Grand Prix in Birmingham on 18 February.",
    ["Tom Hale PARTICIPATED_IN Zorvex Grand Prix"],
  ],
  [
    "Olympic champion Ann Kerr will race in the London Marathon for the next three years.",
    ["Ann Kerr PARTICIPATED_IN London Marathon"],
  ],
  [
    "Pole vault champion Ann Kerr has confirmed she will take part in the Zorvex Grand Prix next month.",
    ["Ann Kerr PARTICIPATED_IN Zorvex Grand Prix"],
  ],
  // A hedged, hoped-for or denied entry is none.
  [
    "World 100m champion Tom Hale could compete in the 60m at the Zorvex Grand Prix in Birmingham.",
    [],
    ["Tom Hale PARTICIPATED_IN Zorvex Grand Prix"],
  ],
  [
    "World 100m champion Tom Hale will not compete in the 60m at the Zorvex Grand Prix in Birmingham.",
    [],
    ["Tom Hale PARTICIPATED_IN Zorvex Grand Prix"],
  ],
  [
    "World 100m champion Tom Hale hopes to compete in the 60m at the Zorvex Grand Prix in Birmingham.",
    [],
    ["Tom Hale PARTICIPATED_IN Zorvex Grand Prix"],
  ],
  // A relative clause's entry to come is no statement of the person's (as with results).
  [
    "Jo Lane, who will race in the 60m at the Athens Olympics, is fit.",
    [],
    ["Jo Lane PARTICIPATED_IN Athens Olympics"],
  ],
  // An event after another clause is another's.
  [
    "Tom Hale will compete in Madrid and Ann Kerr withdrew from the Zorvex Grand Prix.",
    [],
    ["Tom Hale PARTICIPATED_IN Zorvex Grand Prix"],
  ],
];

describe("entries in named events", () => {
  it.each(EVENT_ENTRIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
