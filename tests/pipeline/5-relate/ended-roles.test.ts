import { describe, expect, it } from "vitest";
import { analyzeText, factOf } from "../../helpers/pipeline.js";

/** [text, a role the years after it end (marked former), a role still held (unmarked)]. */
type Row = [text: string, former: string[], current: string[]];

const ROWS: Row[] = [
  [
    "Tom Hale, who led Labour from 1983 until 1992, said the plan was right.",
    ["Tom Hale LEADER_OF Labour Party (former)"],
    [],
  ],
  [
    "Tom Hale, who chaired Zorvex between 1990 and 1995, said the plan was right.",
    ["Tom Hale LEADER_OF Zorvex (former)"],
    [],
  ],
  // No end: a year the role began says nothing of its end ("who led Labour from 1994" is past
  // by its tense alone, see role-clause-tenses.test.ts).
  [
    "Tom Hale, who has led Labour since 1994, said the plan was right.",
    [],
    ["Tom Hale LEADER_OF Labour Party"],
  ],
  [
    "Tom Hale, who has chaired Zorvex since 1995, said the plan was right.",
    [],
    ["Tom Hale LEADER_OF Zorvex"],
  ],
];

describe("relate: a role whose years end it is past", () => {
  it.each(ROWS)("%s", (text, former, current) => {
    const extraction = analyzeText(text);
    const facts = extraction.relations.map((relation) => factOf(extraction, relation));
    for (const fact of former) expect(facts).toContain(fact);
    for (const fact of current) expect(facts).toContain(fact);
    for (const fact of former) expect(facts).not.toContain(fact.replace(" (former)", ""));
  });
});
