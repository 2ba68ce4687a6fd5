/**
 * A politician titled by a party whose name does not look like one: "SPD politician Peer
 * Steinbrück", "CDU lawmaker Peter Ramsauer", "Fidesz MP Tom Hale" (MEMBER_OF). The party is one
 * the gazetteer lists or the text calls a party; news-patterns.ts reads the offices of names that
 * look like parties ("Tory MP X", "Labour backbencher X"), and this rule adds the politician's nouns.
 */

import { PARTY_POLITICIAN_NOUNS } from "../model/lexicons/party-briefs.js";
import { PARTY_OFFICE_MODIFIERS, PARTY_OFFICES } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { makeRelation, type SentenceContext, spanOf, type Unit } from "./sentence-view.js";

const CONFIDENCE = 0.7;
/** Most office modifiers between the party and the noun: "SPD shadow finance minister". */
const MAX_MODIFIERS = 2;

/** Whether a word names a party's politician: "politician", "MP", "backbencher". */
function isPoliticianNoun(word: string): boolean {
  return PARTY_POLITICIAN_NOUNS.has(word) || PARTY_OFFICES.has(word);
}

/** The party unit right before a person's noun ("SPD politician X"), or undefined. */
function titlingParty(ctx: SentenceContext, person: Unit): Unit | undefined {
  const noun = person.nameStart - 1;
  if (!isPoliticianNoun(ctx.words[noun] ?? "")) return undefined;
  let end = noun;
  while (noun - end < MAX_MODIFIERS && PARTY_OFFICE_MODIFIERS.has(ctx.words[end - 1] ?? "")) end--;
  // "CDU lawmaker Peter Ramsauer": a title the person's mention took in may hold the party.
  const party =
    person.inner.find((unit) => unit.tokenEnd === end) ??
    ctx.units[ctx.unitCovering[end - 1] ?? -1];
  return party && party.tokenEnd === end && party.type === "ORGANIZATION" ? party : undefined;
}

/** MEMBER_OF the party that titles a politician's noun before the name. */
export function relatePartyPoliticians(
  contexts: readonly SentenceContext[],
  isParty: (entity: number) => boolean,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts)
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym) continue;
      const party = titlingParty(ctx, person);
      if (!party || party.entity === person.entity || !isParty(party.entity)) continue;
      relations.push(
        makeRelation(
          ctx,
          person,
          party,
          "MEMBER_OF",
          ctx.words.slice(party.tokenEnd, person.nameStart).join(" "),
          CONFIDENCE,
          spanOf(ctx, party, person),
        ),
      );
    }
  return relations;
}
