/**
 * Officers of a party the story has just named, titled by the bare word "party": "The Tories
 * unveiled the plans. Party leader Michael Howard said…", "Labour will press on, the party's
 * election chief Alan Milburn said", "His party leader, Michael Howard, argued…". The officer is a
 * member of that party, and "party leader" its leader. INFERRED: the sentence states the post, the
 * sentences around it which party; only when they name exactly one party.
 */

import {
  NOT_HELD_PARTY_POST_WORDS,
  OTHER_PARTY_LEADS,
  PARTY_OFFICER_HEADS,
} from "../model/lexicons/party-briefs.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Most lower-case words of a post between "party" and the name: "election campaign chief". */
const MAX_POST_WORDS = 3;
/** Sentences before the officer's whose parties may be the one "party" means. */
const WINDOW = 3;
/** The post that makes its holder the party's leader. */
const LEADER_POST = "leader";

/** A post titled by a bare "party" right before the person's name, and where "party" stands. */
interface PartyPost {
  post: string;
  partyAt: number;
}

/**
 * The post before a person's name that a bare "party" owns: "party leader X", "the party's
 * election chief X", "His party leader, X,"; not "Labour party chairman X" (a named party) nor
 * "the other party's leader X" nor "the party's former treasurer X".
 */
function partyPostBefore(ctx: SentenceContext, person: Unit): PartyPost | undefined {
  // "His party leader, Michael Howard, argued": the name set off by commas.
  let end = person.nameStart;
  if (ctx.words[end - 1] === "," && ctx.words[person.tokenEnd] === ",") end--;
  const head = ctx.words[end - 1] ?? "";
  if (!PARTY_OFFICER_HEADS.has(head)) return undefined;
  let k = end - 1;
  while (k > end - 1 - MAX_POST_WORDS && k > 0 && LOWER_WORD_RE.test(ctx.words[k - 1] ?? "")) {
    if (ctx.words[k - 1] === "party") break;
    k--;
  }
  const postWords = ctx.words.slice(k, end);
  if (postWords.some((word) => NOT_HELD_PARTY_POST_WORDS.has(word))) return undefined;
  let partyAt = k - 1;
  if (isPossessiveMark(ctx.words[partyAt])) partyAt--;
  if (ctx.words[partyAt] !== "party") return undefined;
  // "party" inside a name ("Labour Party") or a mention's title belongs to that name.
  if (ctx.unitCovering[partyAt]! >= 0 && ctx.units[ctx.unitCovering[partyAt]!] !== person)
    return undefined;
  if (OTHER_PARTY_LEADS.has(ctx.words[partyAt - 1] ?? "")) return undefined;
  for (let i = partyAt; i < end; i++)
    if (ctx.unitCovering[i]! >= 0 && ctx.units[ctx.unitCovering[i]!] !== person) return undefined;
  return { post: postWords.join(" "), partyAt };
}

/** The one party among the units, or undefined when they name none or several. */
function onlyParty(
  units: readonly Unit[],
  isParty: (entity: number) => boolean,
): number | undefined {
  const parties = new Set<number>();
  for (const unit of units)
    if (unit.type === "ORGANIZATION" && isParty(unit.entity)) parties.add(unit.entity);
  return parties.size === 1 ? [...parties][0] : undefined;
}

/**
 * The party a bare "party" means: the one its own sentence names before it ("Labour will press
 * on, the party's election chief X said"), else the one that sentence and the few before it name.
 */
function partyMeant(
  contexts: readonly SentenceContext[],
  k: number,
  partyAt: number,
  isParty: (entity: number) => boolean,
): number | undefined {
  const ctx = contexts[k]!;
  const before = onlyParty(
    ctx.units.filter((unit) => unit.tokenEnd <= partyAt),
    isParty,
  );
  if (before !== undefined) return before;
  return onlyParty(
    contexts.slice(Math.max(0, k - WINDOW), k + 1).flatMap((view) => view.units),
    isParty,
  );
}

/** MEMBER_OF (and, for "party leader", LEADER_OF) the one party around each officer titled by a bare "party". */
export function relatePartyOfficers(
  contexts: readonly SentenceContext[],
  isParty: (entity: number) => boolean,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  contexts.forEach((ctx, k) => {
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym) continue;
      const found = partyPostBefore(ctx, person);
      if (!found) continue;
      const party = partyMeant(contexts, k, found.partyAt, isParty);
      if (party === undefined || party === person.entity) continue;
      const types =
        found.post === LEADER_POST
          ? (["LEADER_OF", "MEMBER_OF"] as const)
          : (["MEMBER_OF"] as const);
      for (const type of types) {
        const relation = makeRelation(
          ctx,
          person,
          party,
          type,
          `party ${found.post}`,
          CONFIDENCE,
          spanOf(ctx, found.partyAt, person),
          { inferred: "story's party" },
        );
        relation.provenance = "INFERRED";
        relations.push(relation);
      }
    }
  });
  return relations;
}
