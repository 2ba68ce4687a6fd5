/**
 * A party's post with a brief before its holder's name: "Tory work and pensions spokesman David
 * Willetts", "Labour election chief Alan Milburn", "Liberal Democrat spokeswoman for women Sandra
 * Gidley". The holder is a member of the party; the party's own role patterns read a shorter brief.
 */

import { NOT_BRIEF_WORDS, PARTY_POST_HEADS } from "../model/lexicons/party-briefs.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.8;
/** Most words of a brief before the post: "election campaign", "work and pensions". */
const MAX_BRIEF_WORDS = 3;
/** Most words of a brief after the post: "spokeswoman for women", "for home affairs". */
const MAX_FOR_WORDS = 2;
/** "spokesman", "chief": the post's head. */
const POST_HEAD_CUES = cueClass(PARTY_POST_HEADS);

/** Whether token `at` is a word of a brief: outside names, or in the title the holder's mention took in. */
function isBriefWord(ctx: SentenceContext, at: number, person: Unit): boolean {
  const word = ctx.words[at] ?? "";
  const covering = ctx.unitCovering[at]!;
  return (
    (covering < 0 || (ctx.units[covering] === person && at < person.nameStart)) &&
    LOWER_WORD_RE.test(word) &&
    !NOT_BRIEF_WORDS.has(word)
  );
}

/** Where the post's head stands before token `end` (a brief after "for" skipped), or -1. */
function postHeadBefore(ctx: SentenceContext, end: number, person: Unit): number {
  if (PARTY_POST_HEADS.has(ctx.words[end - 1] ?? "")) return end - 1;
  // "spokeswoman for women Sandra Gidley": a short brief after the post.
  for (let k = end - 1; k > 0 && end - k <= MAX_FOR_WORDS; k--) {
    if (!isBriefWord(ctx, k, person) || ctx.words[k] === "for") return -1;
    if (ctx.words[k - 1] === "for" && PARTY_POST_HEADS.has(ctx.words[k - 2] ?? "")) return k - 2;
  }
  return -1;
}

/** MEMBER_OF from "<party> <brief> <post> <name>". */
export function relatePartyBriefs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, POST_HEAD_CUES)) return relations;
  for (const person of ctx.units) {
    if (person.type !== "PERSON") continue;
    // "Labour spokesman Mr Kemp": a form of address between post and name.
    const end = person.nameStart - (HONORIFICS.has(ctx.words[person.nameStart - 1] ?? "") ? 1 : 0);
    const head = postHeadBefore(ctx, end, person);
    if (head < 1) continue;
    let start = head;
    while (start > 0 && head - start < MAX_BRIEF_WORDS && isBriefWord(ctx, start - 1, person))
      start--;
    // "Tory spokesman X" itself is read by the party's role patterns; a brief is what they miss.
    if (start === head && end === head + 1) continue;
    // "Plaid Cymru's economics spokesman Adam Price": the party may own the post.
    const partyEnd = isPossessiveMark(ctx.words[start - 1]) ? start - 1 : start;
    const party = ctx.units[ctx.unitCovering[partyEnd - 1] ?? -1];
    if (
      !party ||
      party.type !== "ORGANIZATION" ||
      party.entity === person.entity ||
      party.tokenEnd !== partyEnd ||
      !PARTY_SURFACE.test(ctx.text.slice(party.start, party.end))
    )
      continue;
    relations.push(
      makeRelation(
        ctx,
        person,
        party,
        "MEMBER_OF",
        ctx.words.slice(partyEnd, end).join(" "),
        CONFIDENCE,
        spanOf(ctx, party, person),
      ),
    );
  }
  return relations;
}
