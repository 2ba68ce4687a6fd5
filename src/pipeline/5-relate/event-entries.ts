/**
 * An athlete's entry in a named event: "Kim Hale will compete in the 60m at the Norwich Union Grand
 * Prix", "Hale, who competed at the Athens Olympics", "She will take part in
 * the Grand Prix" → PARTICIPATED_IN. A confirmed entry or a done one; a hoped-for, hedged or denied
 * one ("hopes to compete", "could race", "will not compete") and a withdrawal yield nothing.
 * Athletics stories are not read as club sport, so any story is read.
 */

import { ENTRY_VERBS, TAKE_PART_VERBS } from "../model/lexicons/sport-cues.js";
import type { ExtractedRelation } from "../types.js";
import { linkBefore } from "./event-results.js";
import { relationBetween, type SentenceContext, type Unit } from "./sentence-view.js";
import { findSubjectLeft, isDoneRelative } from "./verbs.js";

/** Most tokens between an entry verb and the "at"/"in" before its event ("compete in the 60m at"). */
const MAX_ENTRY_GAP = 5;
/** Words inside that gap: the race entered ("the men's 60m"), with no clause or name between. */
const ENTRY_GAP_RE = /^([a-z][a-z'-]*|\d[\d,.]*m?|'s)$/;
/** Words that end the entry's clause: an event after them is another's. */
const ENTRY_BREAKS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "before",
  "after",
  "when",
  "while",
  "since",
  "than",
  "where",
  "who",
  "which",
  "against",
]);

const CONFIDENCE = { named: 0.65, pronoun: 0.6 } as const;

/** "the Norwich Union Grand Prix": a sponsor's name the recogniser split off before the event. */
function sponsorOf(ctx: SentenceContext, event: Unit): Unit | undefined {
  const index = ctx.unitCovering[event.tokenStart - 1] ?? -1;
  const unit = index >= 0 ? ctx.units[index] : undefined;
  return unit?.type === "ORGANIZATION" && unit.end === event.start - 1 ? unit : undefined;
}

/** PARTICIPATED_IN of people entered in events in one sentence. */
export function relateEventEntries(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const event of ctx.units) {
    if (event.type !== "EVENT" || event.isDemonym) continue;
    const link = linkBefore(ctx, sponsorOf(ctx, event) ?? event);
    if (link < 0) continue;
    let verb = -1;
    for (let j = link - 1; j >= 0 && link - j <= MAX_ENTRY_GAP + 1; j--) {
      const word = ctx.words[j]!;
      if (ENTRY_VERBS.has(word)) {
        // "take part in": "part" only after a form of "take".
        verb = word === "part" ? (TAKE_PART_VERBS.has(ctx.words[j - 1] ?? "") ? j - 1 : -1) : j;
        break;
      }
      if (ctx.unitCovering[j]! >= 0 || ENTRY_BREAKS.has(word) || !ENTRY_GAP_RE.test(word)) break;
    }
    if (verb < 0) continue;
    const found = findSubjectLeft(ctx, verb);
    if (!found || found.negated || (found.hedged && !isDoneRelative(ctx, verb))) continue;
    for (const athlete of found.subjects) {
      if (athlete.type !== "PERSON" || athlete.isDemonym) continue;
      relations.push(
        relationBetween(
          ctx,
          athlete,
          event,
          "PARTICIPATED_IN",
          ctx.words.slice(verb, link + 1).join(" "),
          found.pronoun ? CONFIDENCE.pronoun : CONFIDENCE.named,
        ),
      );
    }
  }
  return relations;
}
