import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";
import { expectRuleFacts, type FactRow } from "../../helpers/rule-facts.js";

/** Employers the recogniser took for places or events, retyped by the apposition naming them. */
const EMPLOYERS: FactRow[] = [
  // A firm's name taken for a place, after a job and a field.
  [
    '"It grows," said Tom Hale, head of third party services at Zorbafone.',
    ["Tom Hale WORKS_FOR Zorbafone"],
  ],
  ['"It grows," said Tom Hale, editor of Gadget Weekly.', ["Tom Hale WORKS_FOR Gadget Weekly"]],
  // A body's name taken for an event.
  [
    "Ann Kerr, the director of the Digital Rights Forum, said so.",
    ["Ann Kerr WORKS_FOR Digital Rights Forum"],
  ],
  // A union's or a society's secretary: "general secretary of" names the body.
  [
    "Tom Hale, general secretary of the Kestrel Forum, said pay was low.",
    ["Tom Hale LEADER_OF Kestrel Forum"],
  ],
  // A secretary of a place the gazetteer knows holds an office there, not a job at an employer.
  ["Scotland Secretary Tom Hale said the plan was fair.", [], ["Tom Hale WORKS_FOR Scotland"]],
  // The firm's name before the job.
  ['"It grows," said Tom Hale, Venturis analyst.', ["Tom Hale WORKS_FOR Venturis"]],
  // A firm's name the recogniser took for a person's, its last word a firm's.
  [
    '"Prices will rise," said Jensen Partners analyst Tom Hale.',
    ["Tom Hale WORKS_FOR Jensen Partners"],
  ],
  // A place the gazetteer knows stays a place: no employer.
  ['"It grows," said Tom Hale, director of Ostrava.', [], ["Tom Hale WORKS_FOR Ostrava"]],
  // A person the article names in full: a spokesman speaks for him, he employs no one here.
  [
    'Belinda Marsh sang. "It grows," said Tom Hale, spokesman for Marsh.',
    [],
    ["Tom Hale WORKS_FOR Belinda Marsh"],
  ],
];

/** Entity types after relate, by name. */
function typesOf(text: string): Record<string, string> {
  const x = analyzeText(text, null, { relationModel: null });
  return Object.fromEntries(x.entities.map((entity) => [entity.name, entity.type]));
}

describe("relate: employers typed as places or events", () => {
  it.each(EMPLOYERS)("%s", (input, expected, absent) => expectRuleFacts(input, expected, absent));

  it.each([
    ['"It grows," said Tom Hale, head of third party services at Zorbafone.', "Zorbafone"],
    ["Ann Kerr, the director of the Digital Rights Forum, said so.", "Digital Rights Forum"],
  ])("retypes the employer in %s", (input, name) => {
    expect(typesOf(input)[name]).toBe("ORGANIZATION");
  });

  // "Labour election chief": an event before a job is a campaign, not a firm.
  it.each([["Labour election chief Ann Kerr said so.", "Labour election", "EVENT"]])(
    "keeps the type in %s",
    (input, name, type) => {
      expect(typesOf(input)[name]).toBe(type);
    },
  );
});
