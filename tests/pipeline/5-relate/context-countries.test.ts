import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/**
 * An official titled without a country holds a post in the country the sentence before is about
 * ("Germany backed the deal. Finance Minister Karl Brenner said…"), unless the official's own
 * sentence speaks of another country's people ("Britons"), which leaves the sentence before no guide.
 */
const CONTEXT_COUNTRIES: FactRow[] = [
  [
    "Germany backed the deal. Finance Minister Karl Brenner said talks would go on.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed the deal. The talks resumed as Finance Minister Karl Brenner said costs would rise.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed a freeze. The deal comes as Foreign Secretary Karl Brenner said the number of Britons hurt had risen.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed a freeze. The deal comes as Finance Minister Karl Brenner said Russians would pay.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  // A country named as a place or by an adjective, not its people, leaves the sentence before the guide.
  [
    "Germany backed the deal. Finance Minister Karl Brenner said Russian forces must leave.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed the deal. Finance Minister Karl Brenner said banks in France would pay.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  // A shadow or a former holder holds no office now.
  [
    "Germany backed the deal. Shadow finance minister Karl Brenner said talks would fail.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed the deal. Former finance minister Karl Brenner said talks would fail.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "Germany backed the deal. Opposition shadow finance minister Karl Brenner said talks would fail.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  // The official's own sentence: its subject country guides the title, unless the sentence names
  // another country's people, whom the subject country holds or faces.
  [
    "Germany will back the deal within weeks, Finance Minister Karl Brenner told parliament.",
    ["Karl Brenner HOLDS_POSITION Germany"],
  ],
  [
    "All five Britons held by Germany will be freed within weeks, Foreign Minister Karl Brenner told parliament.",
    [],
    ["Karl Brenner HOLDS_POSITION Germany", "Karl Brenner CITIZEN_OF Germany"],
  ],
  [
    "The three Danes held by the US in a desert camp will be freed within days, Foreign Minister Karl Brenner said.",
    [],
    ["Karl Brenner HOLDS_POSITION United States", "Karl Brenner CITIZEN_OF United States"],
  ],
];

describe("relate: an official of the country the sentence before is about", () => {
  it.each(CONTEXT_COUNTRIES)("%s", (input, expected, absent) =>
    expectRuleFacts(input, expected, absent),
  );
});
