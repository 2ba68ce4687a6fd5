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
  // No end: a year the role began or was held in says nothing of its end.
  [
    "Tom Hale, who led Labour from 1994, said the plan was right.",
    [],
    ["Tom Hale LEADER_OF Labour Party"],
  ],
  [
    "Tom Hale, who chaired Zorvex in 1995, said the plan was right.",
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
