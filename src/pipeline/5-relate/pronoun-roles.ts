/**
 * A firm's officer named through a possessive pronoun whose firm the sentence named before it:
 * "AMF has begun proceedings against Vivendi, its chief executive Jean-Rene Fourtou…", "Vivendi
 * and its former chief executive Jean-Marie Messier were fined", "the resignation of its
 * chairman, Sir Phil Watts" (after "Shell had inflated its reserves"). The pronoun's firm is the
 * nearest organisation before it, passing over one the firm owns ("its Yugansk unit") and a news
 * source ("told Reuters"); a party's officer is its member. STATED: the sentence names both.
 * Only for people no relation so far places in any organisation.
 */

import { ROLE_RELATION_TYPES } from "../../domain/vocabulary.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import type { Resolution } from "../4-resolve/resolve.js";
import {
  OWNED_FIRM_ROLES,
  OWNED_ROLE_TENSES,
  ROLE_OWNER_PRONOUNS,
} from "../model/lexicons/owned-role-cues.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { PARTY_SURFACE } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  makeRelation,
  predicateText,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const CONFIDENCE = 0.6;
/** Most words of a role: "chief executive officer". */
const MAX_ROLE_WORDS = 3;
/** Most tokens from the firm to the pronoun: a clause, not a paragraph. */
const MAX_REACH = 30;
/** Gazetteer kinds of bodies a sentence names as its source, employing none of its people. */
const SOURCE_KINDS: ReadonlySet<string> = new Set(["news"]);

const PRONOUN_CUES = cueClass(ROLE_OWNER_PRONOUNS);
const ROLE_CUES = cueClass(
  Object.keys(OWNED_FIRM_ROLES).map((role) => role.slice(role.lastIndexOf(" ") + 1)),
);

/** The pronoun's token and the role's words before a person's name, when "its"/"their" opens the role. */
function ownedRoleBefore(
  ctx: SentenceContext,
  person: Unit,
): { pronoun: number; role: string; end: number } | undefined {
  // The mention may have taken the role in as its title ("chief executive Tom Glocer").
  let end = person.nameStart;
  // "its chairman, Sir Phil Watts": the name set off by a comma, after an honorific the mention left out.
  if (HONORIFICS.has(ctx.words[end - 1] ?? "") || ctx.words[end - 1] === "sir") end--;
  if (ctx.words[end - 1] === ",") end--;
  for (let width = MAX_ROLE_WORDS; width >= 1; width--) {
    const start = end - width;
    if (start < 1) continue;
    const role = ctx.words.slice(start, end).join(" ");
    if (!Object.hasOwn(OWNED_FIRM_ROLES, role)) continue;
    let lead = start - 1;
    while (lead > 0 && OWNED_ROLE_TENSES.has(ctx.words[lead]!)) lead--;
    if (!ROLE_OWNER_PRONOUNS.has(ctx.words[lead]!)) return undefined;
    for (let k = lead; k < end; k++) {
      const covering = ctx.unitCovering[k]!;
      if (covering >= 0 && ctx.units[covering]!.entity !== person.entity) return undefined;
    }
    return { pronoun: lead, role, end };
  }
  return undefined;
}

/**
 * The firm a pronoun at `at` stands for: the nearest organisation before it, passing over one the
 * pronoun's firm owns ("its Yugansk unit"), a news source and places; none past MAX_REACH tokens.
 */
function pronounFirm(ctx: SentenceContext, resolution: Resolution, at: number): Unit | undefined {
  for (let u = ctx.units.length - 1; u >= 0; u--) {
    const unit = ctx.units[u]!;
    if (unit.tokenEnd > at) continue;
    if (at - unit.tokenEnd > MAX_REACH) return undefined;
    if (unit.type !== "ORGANIZATION" || unit.isDemonym) continue;
    if (ROLE_OWNER_PRONOUNS.has(ctx.words[unit.tokenStart - 1] ?? "")) continue;
    const kind = findEntryByKey(resolution.entities[unit.entity]?.key ?? "")?.kind ?? "";
    if (SOURCE_KINDS.has(kind)) continue;
    return unit;
  }
  return undefined;
}

/** The roles "its"/"their" hand to the firm each sentence names before them. */
export function relatePronounRoles(
  contexts: readonly SentenceContext[],
  resolution: Resolution,
  known: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const placed = new Set(
    known.filter((relation) => ROLE_RELATION_TYPES.has(relation.type)).map((r) => r.subject),
  );
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    if (!hasCue(ctx.words, PRONOUN_CUES) || !hasCue(ctx.words, ROLE_CUES)) continue;
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym || placed.has(person.entity)) continue;
      const found = ownedRoleBefore(ctx, person);
      if (!found) continue;
      const firm = pronounFirm(ctx, resolution, found.pronoun);
      if (!firm || firm.entity === person.entity) continue;
      const isParty =
        findEntryByKey(resolution.entities[firm.entity]?.key ?? "")?.kind === "party" ||
        PARTY_SURFACE.test(resolution.entities[firm.entity]?.name ?? "");
      placed.add(person.entity);
      relations.push(
        makeRelation(
          ctx,
          person,
          firm,
          isParty ? "MEMBER_OF" : OWNED_FIRM_ROLES[found.role]!,
          // "its former chief executive": the tense word stays in the predicate for past roles.
          predicateText(ctx, found.pronoun, found.end),
          CONFIDENCE,
          spanOf(ctx, firm, person),
        ),
      );
    }
  }
  return relations;
}
