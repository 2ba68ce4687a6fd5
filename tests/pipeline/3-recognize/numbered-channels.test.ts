import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** [input, names that must be organisations, names that must not be entities, rule facts]. */
type Row = [input: string, channels: string[], absent: string[], facts: string[]];

/** A channel's or a station's head word and a one-figure number after it are one organisation's name. */
const ROWS: Row[] = [
  ["The quiz was shown on Channel 7 last spring.", ["Channel 7"], [], []],
  [
    "Radio 5's controller, Dana Whitlow, said the schedule would change.",
    ["Radio 5"],
    [],
    ["Dana Whitlow WORKS_FOR Radio 5"],
  ],
  // "BBC" written before the station belongs to its name.
  [
    "Tom Beck, BBC Radio 3's head of music, said the series would return.",
    ["BBC Radio 3"],
    ["BBC Radio"],
    ["Tom Beck WORKS_FOR BBC Radio 3"],
  ],
  // A listed station is its gazetteer entry, with its home.
  [
    "The British minister told Radio 4's evening programme that the plan had failed.",
    ["BBC Radio 4"],
    [],
    ["BBC Radio 4 BASED_IN United Kingdom"],
  ],
  // A number of two figures or none: no channel.
  ["Channel 17 and Channel 18 were closed in May.", [], ["Channel 17"], []],
  ["The Radio Times sold well in May.", [], ["Radio 4"], []],
  // Issue 10: after "BBC", a station's word is its name, not the place the tagger read in it.
  ["Ms Hale told BBC Radio Wales she would not stand again.", ["BBC Radio Wales"], ["Wales"], []],
  [
    "The coach told BBC Radio Leicester the striker was fit.",
    ["BBC Radio Leicester"],
    ["Leicester"],
    [],
  ],
  [
    "The manager told BBC Radio Five Live he was happy.",
    ["BBC Radio Five Live"],
    ["Five Live"],
    [],
  ],
  // Without the owner, or with a lowercase word after "Radio", no named station.
  ["The Radio Times sold well in Wales.", [], ["BBC Radio Wales", "Radio Times Wales"], []],
  ["A BBC Radio report said so.", [], ["BBC Radio report"], []],
];

describe("channels named by a number", () => {
  it.each(ROWS)("%s", (input, channels, absent, facts) => {
    const x = analyzeText(input, null, { relationModel: null });
    const types = new Map(x.entities.map((entity) => [entity.name, entity.type]));
    for (const name of channels) expect(types.get(name)).toBe("ORGANIZATION");
    for (const name of absent) expect(types.has(name)).toBe(false);
    const read = x.relations.map(
      (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name}`,
    );
    for (const fact of facts) expect(read).toContain(fact);
  });
});
