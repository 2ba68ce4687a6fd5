import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "Name:TYPE" for every entity the pipeline reads. */
function typesOf(text: string): string[] {
  return analyzeText(text, null, { relationModel: null }).entities.map(
    (e) => `${e.name}:${e.type}`,
  );
}

type Row = [input: string, present: string[], absent: string[]];

/** A title after a word of casting and "in": a work, read whole. */
const CAST_IN: Row[] = [
  [
    "Staunton was praised for her role in Nora Bellamy, winning best actress.",
    ["Nora Bellamy:OTHER"],
    ["Nora Bellamy:PERSON"],
  ],
  [
    "Carrey starred in Endless Summer of the Quiet Mind last year.",
    ["Endless Summer of the Quiet Mind:OTHER"],
    [],
  ],
];

/** The maker in the possessive, a listed place, or a sports story: left as read. */
const NOT_CAST_IN: Row[] = [
  [
    "She won a supporting actress nomination for her role in Mike Nichols' Closer.",
    ["Mike Nichols:PERSON"],
    [],
  ],
  ["She starred in London with the company for years.", ["London:PLACE"], []],
  [
    "Rovers beat City 2-1 in the Premiership on Saturday, the striker scoring twice before the goalkeeper was sent off. Hale had a starring role in Barnfield Park last season.",
    [],
    ["Barnfield Park:OTHER"],
  ],
];

describe("titles an actor is cast in", () => {
  it.each([...CAST_IN, ...NOT_CAST_IN])("%s", (input, present, absent) => {
    const types = typesOf(input);
    for (const type of present) expect(types).toContain(type);
    for (const type of absent) expect(types).not.toContain(type);
  });
});
