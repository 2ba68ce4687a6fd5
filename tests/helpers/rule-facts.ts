/** Table tests of the relation rules: what the rules alone read from a text written for a test. */
import { expect } from "vitest";
import { RELATION_TYPES } from "../../src/domain/vocabulary.js";
import { analyzeText, analyzeTitledText, factOf } from "./pipeline.js";

/**
 * "Subject TYPE Object" split at the relation type itself, so a name with a word in capitals
 * ("Chelsea PARTICIPATED_IN FA Cup") is not cut at that word.
 */
const FACT_RE = new RegExp(`^(.+) (${RELATION_TYPES.join("|")}) (.+)$`);

/** [input, facts that must be read, facts that must not ("Subject TYPE Object")]. */
export type FactRow = [input: string, expected: string[], absent?: string[]];

/** "Subject TYPE Object" for every relation the rules alone read, and the entities' names. */
export function ruleFactsOf(text: string): { facts: string[]; names: string[] } {
  const x = analyzeText(text, null, { relationModel: null });
  return {
    facts: x.relations.map((r) => factOf(x, r)),
    names: x.entities.map((entity) => entity.name),
  };
}

/**
 * Checks one row: every expected fact is read, no absent one is, and both ends of an absent
 * fact are entities of the text (so its absence is the rule's doing, not recognition's).
 */
export function expectRuleFacts(input: string, expected: string[], absent: string[] = []): void {
  const { facts, names } = ruleFactsOf(input);
  for (const fact of expected) expect(facts).toContain(fact);
  for (const fact of absent) {
    expect(facts).not.toContain(fact);
    const parts = FACT_RE.exec(fact);
    expect(parts, `"${fact}" names no relation type`).not.toBeNull();
    expect(names).toEqual(expect.arrayContaining([parts![1], parts![3]]));
  }
}

/** "Subject TYPE Object PROVENANCE" for every relation the rules alone read from a text written for a test. */
export function ruleFactsWithProvenance(text: string): string[] {
  const x = analyzeText(text, null, { relationModel: null });
  return x.relations.map(
    (r) => `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
  );
}

/** Sport words enough for a test's text to read as a sports story. */
export const SPORT_STORY_WORDS =
  "The coach praised his squad after the match, and the fans sang in the league game.";

/**
 * "Subject PLAYS_FOR Object PROVENANCE" for every PLAYS_FOR the rules alone read from an article
 * written for a test, with its headline (line-up rules read the headline's score).
 */
export function playsForFactsOf(title: string | null, text: string): string[] {
  const x = analyzeTitledText(title, text, null, { relationModel: null });
  return x.relations
    .filter((r) => r.type === "PLAYS_FOR")
    .map(
      (r) =>
        `${x.entities[r.subject]!.name} ${r.type} ${x.entities[r.object]!.name} ${r.provenance}`,
    );
}
