import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** [input, names that must be organisations, names that must be people]. */
type Row = [input: string, firms: string[], people: string[]];

/** "market leader X" names a firm's standing in its market, no person's post. */
const ROWS: Row[] = [
  ["Market leader Nintendo is releasing a new handheld.", ["Nintendo"], []],
  ["The rest was bought by sector leader Vexaphone last year.", ["Vexaphone"], []],
  // A party's leader keeps the post.
  ["Labour leader Tom Hale spoke in Leeds.", [], ["Tom Hale"]],
];

describe("market leaders", () => {
  it.each(ROWS)("%s", (input, firms, people) => {
    const x = analyzeText(input, null, { relationModel: null });
    const types = new Map(x.entities.map((entity) => [entity.name, entity.type]));
    for (const name of firms) expect(types.get(name)).toBe("ORGANIZATION");
    for (const name of people) expect(types.get(name)).toBe("PERSON");
  });
});
