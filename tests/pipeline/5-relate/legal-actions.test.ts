import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A verb that brings a legal claim ("filed a lawsuit against", "began proceedings against"): ACCUSES. */
const LEGAL_ACTIONS: FactRow[] = [
  [
    "Dana Whitfield has filed a lawsuit for defamation against Zorvex boss Karl Brenner.",
    ["Dana Whitfield ACCUSES Karl Brenner"],
    ["Dana Whitfield ACCUSES Zorvex"],
  ],
  ["Austin Pell is taking action against NBC over its quiz show.", ["Austin Pell ACCUSES NBC"]],
  [
    "Market regulator AMF has filed complaints against media giant Vivendi.",
    ["AMF ACCUSES Vivendi"],
  ],
  ["The AMF has begun proceedings against Vivendi.", ["AMF ACCUSES Vivendi"]],
  [
    "The Welsh Rugby Union has initiated disciplinary action against national coach Luis Aragones.",
    ["Welsh Rugby Union ACCUSES Luis Aragones"],
  ],
  [
    "The Football Association decided to press charges against Chelsea.",
    ["Football Association ACCUSES Chelsea"],
  ],
  // Negated, intended or hedged: no claim is brought.
  [
    "The Football Association will take no action against Chelsea boss Jose Mourinho.",
    [],
    ["Football Association ACCUSES Jose Mourinho"],
  ],
  ["Vodafone has taken legal action against Siemens.", ["Vodafone ACCUSES Siemens"]],
  ["Vodafone intends to take action against Siemens.", [], ["Vodafone ACCUSES Siemens"]],
  ["Vodafone threatened to file a lawsuit against Siemens.", [], ["Vodafone ACCUSES Siemens"]],
  ["Vodafone could launch legal action against Siemens.", [], ["Vodafone ACCUSES Siemens"]],
  // Military action is no claim at law.
  ["The United States launched military action against Iraq.", [], ["United States ACCUSES Iraq"]],
  // Not the subject's act: the action is another's.
  ["Vodafone welcomed the action against Siemens.", [], ["Vodafone ACCUSES Siemens"]],
];

describe("relate: legal actions brought against a party", () => {
  it.each(LEGAL_ACTIONS)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
