import { describe, it } from "vitest";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** A person's part in a work a career phrase states: a portrayal, a debut, "directed him in". */
const ROWS: FactRow[] = [
  [
    "The honour coincided with Tom Brack's portrayal of tycoon Harold Vane in the film Harbour Lane.",
    ["Tom Brack APPEARS_IN Harbour Lane"],
  ],
  // A portrayal of something, not in a work.
  ["Critics praised Tom Brack's portrayal of life in Dublin.", [], ["Tom Brack APPEARS_IN Dublin"]],
  [
    "Tom Brack began his movie career in horror film Night Crawlers 3, before other roles.",
    ["Tom Brack APPEARS_IN Night Crawlers 3"],
  ],
  [
    "He was given the prize by Ann Lee, who directed him in Oscar-nominated movie The Harbour Flyer.",
    ["Ann Lee CREATED Harbour Flyer"],
  ],
  // A place is no work, and a director of something else.
  [
    "Tom Brack began his career in London before he moved to Paris.",
    [],
    ["Tom Brack APPEARS_IN London"],
  ],
  [
    "Ann Lee, who directed the Harbour Theatre in Dublin, retired.",
    [],
    ["Ann Lee CREATED Harbour Theatre", "Ann Lee CREATED Dublin"],
  ],
  // A venue's head ends the name, but a work noun announces a film of that title.
  ["Ann Lee directed the film Harbour Theatre in 1990.", ["Ann Lee CREATED Harbour Theatre"]],
  // A screen debut, dated by its year.
  [
    "Nora Blake is an actress. She made her film debut in 1971 in the thriller Glass Orchard.",
    ["Nora Blake APPEARS_IN Glass Orchard"],
  ],
  [
    "Tom Brack made his screen debut in the comedy Silent Harbour.",
    ["Tom Brack APPEARS_IN Silent Harbour"],
  ],
  // A player's debut for a side is no part in a work.
  [
    "Tom Brack made his Wales debut in 1999 in the Five Nations.",
    [],
    ["Tom Brack APPEARS_IN Five Nations"],
  ],
];

describe("career works", () => {
  it.each(ROWS)("%s", (input, expected, absent) => {
    expectRuleFacts(input, expected, absent);
  });
});
