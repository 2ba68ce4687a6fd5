/**
 * Where a place or an organisation is, read off a town's possessive right before its name:
 * "London's Leicester Square" (LOCATED_IN), "Moscow's Sovlink Securities" (BASED_IN).
 */

import { findPlaceFacts } from "../3-recognize/gazetteer/city-lookups.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import type { ExtractedRelation } from "../types.js";
import type { StoryView } from "./news-patterns.js";
import { isPossessiveMark, makeRelation, type SentenceContext, spanOf } from "./sentence-view.js";

const CONFIDENCE = 0.7;

/** Words that, after a capitalised word, make the possessor the end of a longer name: "Transport for London's", "District of Columbia's". */
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "&", "-"]);
/** A capitalised token: before a possessor it is part of the name ("Lycos Europe's"). */
const CAPITALISED_RE = /^\p{Lu}/u;

/** Whether a key names a town: a listed city or capital, or a GeoNames city (not a region, a continent or a country). */
function isTown(key: string): boolean {
  const entry = findEntryByKey(key);
  if (entry) return entry.type === "PLACE" && (entry.kind === "city" || entry.kind === "capital");
  return findPlaceFacts(key) !== undefined;
}

/**
 * Relations from "<town>'s <name>" in one sentence. Only a town the gazetteer knows owns what
 * follows: "Europe's Enron", "Britain's Guantanamo Bay" and "Guernsey's Auction House" are
 * comparisons or names, and "France's Peugeot" is the origin rules' business. In a sports story
 * a town's possessive names its club's player ("Barcelona's Ronaldinho"), so only places count.
 */
export function relatePlacePossessives(
  ctx: SentenceContext,
  story: StoryView,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const owner of ctx.units) {
    if (owner.isDemonym || owner.type !== "PLACE") continue;
    if (!isPossessiveMark(ctx.words[owner.tokenEnd])) continue;
    if (!isTown(story.keys[owner.entity] ?? "")) continue;
    // "Lycos Europe's", "District of Columbia's"; not "conductor of Munich's", "At London's".
    const before = owner.tokenStart - 1;
    const joined = NAME_JOINERS.has(ctx.words[before] ?? "") ? before - 1 : before;
    if (joined > 0 && CAPITALISED_RE.test(ctx.sentence.tokens[joined]?.text ?? "")) continue;
    const owned = ctx.units[ctx.unitStartingAt[owner.tokenEnd + 1] ?? -1];
    if (!owned || owned.entity === owner.entity || owned.isDemonym || owned.title) continue;
    // "London's Tate Modern's new wing": the name must end the phrase.
    if (isPossessiveMark(ctx.words[owned.tokenEnd])) continue;
    const type =
      owned.type === "PLACE"
        ? "LOCATED_IN"
        : owned.type === "ORGANIZATION" && !story.isSport
          ? "BASED_IN"
          : undefined;
    if (!type) continue;
    relations.push(
      makeRelation(ctx, owned, owner, type, "'s", CONFIDENCE, spanOf(ctx, owner, owned)),
    );
  }
  return relations;
}
