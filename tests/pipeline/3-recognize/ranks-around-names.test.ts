import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** The entities of a text written for these tests, as "name TYPE". */
function entitiesOf(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.entities.map((entity) => `${entity.name} ${entity.type}`);
}

type Row = [input: string, present: string[], absent: string[]];

/** A peer's rank before a surname names a person; an office with the rank in it does not. */
const PEERS: Row[] = [
  [
    "Judge Lord Carrow, sitting with Lord Oswin and Lord Hamilton, ruled that the claims failed.",
    ["Lord Oswin PERSON", "Lord Hamilton PERSON"],
    ["Lord Oswin PLACE", "Lord Hamilton PLACE"],
  ],
  [
    "The neuroscientist Baroness Greenwood cautioned we cannot sleepwalk into the future.",
    ["Baroness Greenwood PERSON"],
    ["Baroness Greenwood ORGANIZATION"],
  ],
  [
    "Lord Falcon and Baroness Morgan played no part in drafting the answer.",
    ["Baroness Morgan PERSON"],
    ["Baroness Morgan ORGANIZATION"],
  ],
  // An office is no peer's name: "Lord Chief Justice" stays what it was, never a person.
  ["The Lord Chief Justice, Lord Wendle, said so on Monday.", [], ["Lord Chief Justice PERSON"]],
];

/** Letters after a name are not the name's; after a seat or a party they name no one. */
const POST_NOMINALS: Row[] = [
  [
    "The chairman of the Bar Council, Gil Marston QC warned there was a real risk.",
    ["Gil Marston PERSON"],
    ["Gil Marston QC ORGANIZATION", "Gil Marston QC PERSON"],
  ],
  [
    "The Tory finance spokesman, Brian Monteith MSP, said it was a form of disguise.",
    ["Brian Monteith PERSON"],
    ["Brian Monteith MSP PERSON"],
  ],
  [
    "Kay Bell, a Cabinet Office minister and Bolton West MP, arrived at the school.",
    ["Kay Bell PERSON"],
    ["Bolton West MP ORGANIZATION"],
  ],
  [
    '"I felt guilt in the marrow of my bones," said the Ealing North MP.',
    [],
    ["Ealing North MP PLACE", "Ealing North MP ORGANIZATION"],
  ],
  [
    "Veteran Labour MP and former minister Jack Cunning said he will stand down.",
    ["Jack Cunning PERSON", "Labour Party ORGANIZATION"],
    ["Veteran Labour MP ORGANIZATION"],
  ],
  [
    "Labour MSP Christine May had said Mr Lennox was very clever.",
    ["Christine May PERSON"],
    ["Labour MSP Christine ORGANIZATION"],
  ],
  [
    "MSP Karen Whitby wants to ensure only essential staff work over the holiday.",
    ["Karen Whitby PERSON"],
    ["MSP Karen Whitby ORGANIZATION"],
  ],
  // "a QC" alone is no one.
  [
    "It was prepared with two officials, a QC, Chris Greenway and others.",
    ["Chris Greenway PERSON"],
    ["QC PERSON", "QC OTHER", "QC ORGANIZATION"],
  ],
];

describe("ranks around names", () => {
  it.each([...PEERS, ...POST_NOMINALS])("%s", (input, present, absent) => {
    const entities = entitiesOf(input);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
