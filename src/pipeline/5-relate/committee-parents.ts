/**
 * A body named only as the parent of one of its committees: "Tom Barker, chairman of the Commons
 * public accounts committee" and "Senate armed services committee chairman Ann Lee" chair the
 * committee, not the Commons or the Senate. A LEADER_OF read from such a sentence is dropped.
 */

import type { ExtractedRelation } from "../types.js";
import { lowerWordsEnd, type SentenceContext, type Unit } from "./sentence-view.js";

/** Lower-case heads of a body inside a body: "the Commons home affairs committee". */
const COMMITTEE_NOUNS: ReadonlySet<string> = new Set([
  "committee",
  "committees",
  "subcommittee",
  "sub-committee",
  "panel",
]);
/** Most words of a committee's remit between the body and the noun: "work and pensions select". */
const MAX_REMIT_WORDS = 5;

/** Whether the lower-case words right after the unit run into a committee noun. */
function isParentOfCommittee(ctx: SentenceContext, unit: Unit): boolean {
  const end = lowerWordsEnd(ctx, unit.tokenEnd, MAX_REMIT_WORDS + 1);
  return ctx.words.slice(unit.tokenEnd, end).some((word) => COMMITTEE_NOUNS.has(word));
}

/**
 * Whether the relation makes someone the leader of a body its sentence names only as a committee's
 * parent ("chairman of the Commons public accounts committee").
 */
export function isCommitteeParentLeader(
  relation: ExtractedRelation,
  contexts: readonly SentenceContext[],
): boolean {
  if (relation.type !== "LEADER_OF") return false;
  const ctx = contexts[relation.evidence.sentenceIndex];
  if (!ctx || ctx.sentence.index !== relation.evidence.sentenceIndex) return false;
  return ctx.units.some(
    (unit) =>
      (unit.entity === relation.object && isParentOfCommittee(ctx, unit)) ||
      unit.inner.some(
        (inner) => inner.entity === relation.object && isParentOfCommittee(ctx, inner),
      ),
  );
}
