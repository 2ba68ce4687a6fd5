/**
 * "a meeting of the Commission for Africa in Cape Town", "the G7 meeting in London", "the Tory
 * Party conference in Bournemouth": the place a body's event is held is no seat of the body. A
 * city that stands for a body ("an EU summit in Brussels") is where its bodies sit and meet.
 */

import { lookupMetonym } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { GATHERING_NOUNS } from "../../model/lexicons/apposition-cues.js";
import type { DocumentView, MentionView } from "./candidates.js";

/** "G7 meeting in", "'s spring conference at", "World Tennis Tournament in": a gathering, then in/at. */
const AFTER_BODY_RE = /^(?:['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:in|at)$/iu;
/** "a meeting of the", "talks of": a gathering, "of", an optional article, right before the body. */
const BEFORE_BODY_RE = /([\p{L}-]+)\s+of(?:\s+the)?$/iu;

/**
 * Whether the sentence naming both puts the body's gathering in the place: a gathering noun ends
 * the words between body and place ("X conference in Y"), or opens "… of X in Y".
 */
export function isEventPlace(
  view: DocumentView,
  near: { subject: MentionView; object: MentionView } | undefined,
): boolean {
  if (!near || near.subject.end > near.object.start) return false;
  if (lookupMetonym(view.names[near.object.entity] ?? "")?.country.type === "ORGANIZATION")
    return false;
  const between = view.text.slice(near.subject.end, near.object.start).trim();
  const after = AFTER_BODY_RE.exec(between);
  if (after && GATHERING_NOUNS.has(after[1]!.toLowerCase())) return true;
  if (between !== "in" && between !== "at") return false;
  const lineStart = view.text.lastIndexOf("\n", near.subject.start) + 1;
  const before = BEFORE_BODY_RE.exec(view.text.slice(lineStart, near.subject.start).trimEnd());
  return before !== null && GATHERING_NOUNS.has(before[1]!.toLowerCase());
}
