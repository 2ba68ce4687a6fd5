import { describe, expect, it } from "vitest";
import type { RelationType } from "../../../src/domain/vocabulary.js";
import type { Resolution } from "../../../src/pipeline/4-resolve/resolve.js";
import { markRelatedWorks } from "../../../src/pipeline/5-relate/work-types.js";
import type { ExtractedRelation } from "../../../src/pipeline/types.js";

/** Entities 0 "Tom Hale" (person), 1 "Harbour Lane" (organisation), 2 "Gate Tower" (place). */
const RESOLUTION = {
  entities: [{ type: "PERSON" }, { type: "ORGANIZATION" }, { type: "PLACE" }],
} as unknown as Resolution;

type Row = [what: string, relation: [number, RelationType, number], works: boolean[]];

const ROWS: Row[] = [
  // "Tom Hale's Harbour Lane": a title the rules read as his work is a work whatever its type.
  ["made", [0, "CREATED", 1], [false, true, false]],
  ["starred in", [0, "APPEARS_IN", 1], [false, true, false]],
  // "Gate Tower, designed by Tom Hale": a building stays a place.
  ["designed a place", [0, "CREATED", 2], [false, false, false]],
  // Other relations mark nothing.
  ["works for", [0, "WORKS_FOR", 1], [false, false, false]],
];

describe("titles the rules read as works", () => {
  it.each(ROWS)("%s", (_what, [subject, type, object], works) => {
    const isWork = [false, false, false];
    markRelatedWorks(isWork, [{ subject, type, object } as ExtractedRelation], RESOLUTION);
    expect(isWork).toEqual(works);
  });
});
