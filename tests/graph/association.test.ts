/** The association score of co-occurring entities (src/graph/association.ts). */
import { describe, expect, it } from "vitest";
import { association, MIN_SHARED_ARTICLES } from "../../src/graph/association.js";

describe("association", () => {
  it.each([
    // A partner in every article tells nothing about the anchor: ln(1) = 0.
    {
      name: "a partner everywhere",
      counts: { shared: 3, first: 3, second: 6, total: 6 },
      expected: 0,
    },
    // Two of the anchor's three articles, and only those: 2 · ln(2·6 / (3·2)) = 2 ln 2.
    {
      name: "a specific partner",
      counts: { shared: 2, first: 3, second: 2, total: 6 },
      expected: 2 * Math.log(2),
    },
    // Fewer shared articles than expected by chance: negative.
    {
      name: "rarer than chance",
      counts: { shared: 2, first: 50, second: 50, total: 100 },
      expected: 2 * Math.log(0.08),
    },
    // Below the minimum of shared articles the pair is not scored.
    {
      name: "one shared article",
      counts: { shared: 1, first: 1, second: 1, total: 1000 },
      expected: 0,
    },
    { name: "an empty corpus", counts: { shared: 2, first: 0, second: 2, total: 0 }, expected: 0 },
  ])("$name", ({ counts, expected }) => {
    expect(association(counts)).toBeCloseTo(expected, 10);
  });

  it("weighs evidence: more shared articles at the same ratio score higher", () => {
    const few = association({ shared: 2, first: 4, second: 4, total: 100 });
    const many = association({ shared: 20, first: 40, second: 40, total: 1000 });
    expect(many).toBeGreaterThan(few);
    expect(MIN_SHARED_ARTICLES).toBe(2);
  });
});
