/**
 * A party named as the side a speaker answers for, before the speaker: "For the Lib Dems, Vince
 * Cable said the chancellor had failed", "But for the Tories, shadow chancellor Oliver Letwin
 * warned …". The speaker is a member of the party. The form after the name ("Vince Cable, for the
 * Liberal Democrats, said") is the apposition patterns' reading.
 */

import { NOT_VOICE_FOLLOWERS, PARTY_VOICE_OPENERS } from "../model/lexicons/party-briefs.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import {
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.75;
/** Most lower-case words of a post between the comma and the speaker: "shadow home secretary". */
const MAX_POST_WORDS = 4;

/** The party of a sentence-opening "For (the) <party>,", and the token after its comma. */
function openingParty(ctx: SentenceContext): { party: Unit; next: number } | undefined {
  let i = PARTY_VOICE_OPENERS.has(ctx.words[0] ?? "") ? 1 : 0;
  if (ctx.words[i] !== "for") return undefined;
  i++;
  if (ctx.words[i] === "the") i++;
  const party = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (
    !party ||
    party.type !== "ORGANIZATION" ||
    ctx.words[party.tokenEnd] !== "," ||
    !PARTY_SURFACE.test(ctx.text.slice(party.start, party.end))
  )
    return undefined;
  return { party, next: party.tokenEnd + 1 };
}

/** MEMBER_OF from "For the <party>, [<post>] <person> <verb>". */
export function relatePartyVoices(ctx: SentenceContext): ExtractedRelation[] {
  const opening = openingParty(ctx);
  if (!opening) return [];
  const { party, next } = opening;
  // "For the Tories, shadow chancellor Oliver Letwin said": the speaker's post before the name.
  const at = lowerWordsEnd(ctx, next, MAX_POST_WORDS);
  const speaker = ctx.units[ctx.unitStartingAt[at] ?? -1];
  if (!speaker || speaker.type !== "PERSON" || speaker.entity === party.entity) return [];
  // The speaker is the clause's subject: a verb or an apposition follows, not a list.
  const after = ctx.words[speaker.tokenEnd] ?? "";
  if (NOT_VOICE_FOLLOWERS.has(after) || (after !== "," && !LOWER_WORD_RE.test(after))) return [];
  return [
    makeRelation(ctx, speaker, party, "MEMBER_OF", "for", CONFIDENCE, spanOf(ctx, party, speaker)),
  ];
}
