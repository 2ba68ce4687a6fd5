/**
 * Deals and ownership stated with the firm bought or owned first, or owned by its verb: "Bank One,
 * which JP Morgan bought last year", "MCI agreed to a buyout by Verizon", "Barclays, which owns
 * the Woolwich", "Rosneft now owns Yugansk", and parts named beside their owner ("the Toyota
 * subsidiary Lexus", "DaimlerChrysler, parent company of Mercedes").
 */

import type { RelationType } from "../../domain/vocabulary.js";
import {
  DEAL_ACCEPTING_VERBS,
  DEAL_HEDGES,
  DEAL_MODIFIERS,
  DEAL_NOUNS,
  FIRM_PART_NOUNS,
  OWNING_VERBS,
  PAST_PART_WORDS,
} from "../model/lexicons/firm-cues.js";
import { SUBJECT_GAP_WORDS } from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import { ACQUIRE_VERBS, TAKEOVER_PHRASES } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { describedFirm } from "./firm-patterns.js";
import { isHolding } from "./owners.js";
import { firmOfIts } from "./role-phrases.js";
import {
  findMainSubject,
  isPossessiveMark,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** A sum or a year before a deal noun: "a £1.8bn takeover". */
const AMOUNT_RE = /^([$£€]?\d[\d.,]*(bn|m|k)?|bn|m|[$£€])$/;
/** Most words between an accepting verb and its deal noun: "agreed to a £1.8bn takeover". */
const MAX_DEAL_LEAD = 4;
/** A number or a share ("55%", "half"): the owner holds a stake, not the firm. */
const SHARE_RE = /^(\d[\d.,]*%?|%|half|majority|minority|stake|stakes|shares?)$/;

const CONFIDENCE = { deal: 0.7, owner: 0.65 } as const;

/** "which JP Morgan bought", "which owns", "which Shell took over": the verbs `verbAt` reads. */
const RELATIVE_VERB_CUES = cueClass(
  ACQUIRE_VERBS,
  Array.from(TAKEOVER_PHRASES, (phrase) => phrase.split(" ")[0] ?? phrase),
  OWNING_VERBS,
);
/** "agreed to a buyout by". */
const ACCEPTED_DEAL_CUES = cueClass(DEAL_NOUNS);
/** "Rosneft now owns Yugansk". */
const OWNER_CUES = cueClass(OWNING_VERBS);
/** "the Toyota subsidiary Lexus", "DaimlerChrysler, parent company of Mercedes". */
const NAMED_PART_CUES = cueClass(FIRM_PART_NOUNS, ["parent"]);
/** "its parent company Deutsche Telekom". */
const PARENT_CUES = cueClass(["parent"]);

/** A firm unit: an organisation that is no demonym. */
function isFirm(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && unit.type === "ORGANIZATION" && !unit.isDemonym;
}

/** The relation an owning or buying verb at token `at` states of its object, and the verb's end. */
function verbAt(ctx: SentenceContext, at: number): { type: RelationType; end: number } | undefined {
  const word = ctx.words[at] ?? "";
  if (ACQUIRE_VERBS.has(word)) return { type: "ACQUIRED", end: at + 1 };
  if (TAKEOVER_PHRASES.has(`${word} ${ctx.words[at + 1]}`))
    return { type: "ACQUIRED", end: at + 2 };
  if (OWNING_VERBS.has(word)) return { type: "PART_OF", end: at + 1 };
  return undefined;
}

/**
 * The relation joining buyer or owner and the firm bought or owned, in the vocabulary's direction.
 * A firm owned is its owner's part, but a club, a paper or a property named as one ("Parmalat,
 * which owns football club Parma", "the Sun newspaper, owned by News Corp") is held, not a part:
 * the owner OWNS it.
 */
function relationOf(
  ctx: SentenceContext,
  type: RelationType,
  owner: Unit,
  owned: Unit,
  predicate: string,
): ExtractedRelation {
  const span = spanOf(ctx, owned, owner);
  if (type === "ACQUIRED")
    return makeRelation(ctx, owner, owned, type, predicate, CONFIDENCE.deal, span);
  if (isHolding(ctx, owned))
    return makeRelation(ctx, owner, owned, "OWNS", predicate, CONFIDENCE.owner, span);
  return makeRelation(ctx, owned, owner, type, predicate, CONFIDENCE.owner, span);
}

/** "Bank One, which JP Morgan bought last year", "Barclays, which owns the Woolwich". */
function relateRelativeClauses(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, RELATIVE_VERB_CUES)) return relations;
  for (const first of ctx.units) {
    if (
      !isFirm(first) ||
      ctx.words[first.tokenEnd] !== "," ||
      ctx.words[first.tokenEnd + 1] !== "which"
    )
      continue;
    const at = first.tokenEnd + 2;
    // "Barclays, which owns the Woolwich": the antecedent owns the firm after the verb.
    const owning = verbAt(ctx, at);
    if (owning?.type === "PART_OF") {
      const owned = describedFirm(ctx, owning.end);
      if (
        owned &&
        owned.entity !== first.entity &&
        !isPossessiveMark(ctx.words[owned.tokenEnd]) &&
        !SHARE_RE.test(ctx.words[owning.end] ?? "")
      )
        relations.push(relationOf(ctx, "PART_OF", first, owned, `which ${ctx.words[at]}`));
      continue;
    }
    // "Bank One, which JP Morgan bought last year": the antecedent is the verb's object.
    const buyer = describedFirm(ctx, at);
    if (!buyer || buyer.entity === first.entity) continue;
    let v = buyer.tokenEnd;
    while (SUBJECT_GAP_WORDS.has(ctx.words[v] ?? "") && v - buyer.tokenEnd < 2) v++;
    const verb = verbAt(ctx, v);
    if (!verb) continue;
    // "which JP Morgan bought a stake in": the verb has an object of its own.
    const next = ctx.words[verb.end] ?? "";
    if (DETERMINERS.has(next) || SHARE_RE.test(next) || ctx.unitStartingAt[verb.end]! >= 0)
      continue;
    if (ctx.words.slice(at, v).some((word) => MODALS.has(word) || NEGATORS.has(word))) continue;
    const predicate = `which … ${ctx.words.slice(v, verb.end).join(" ")}`;
    relations.push(relationOf(ctx, verb.type, buyer, first, predicate));
  }
  return relations;
}

/** The firm a clause's verb at token `verb` is said of: its subject, or "it" for the sentence's firm. */
function firmSubjectOf(ctx: SentenceContext, verb: number): Unit | undefined {
  let k = verb - 1;
  while (k >= 0 && SUBJECT_GAP_WORDS.has(ctx.words[k]!)) k--;
  if (ctx.words[k] === "it") {
    // "Aggregate said it had agreed": the firm the sentence is about.
    const main = findMainSubject(ctx);
    return isFirm(main) && main.tokenEnd <= k ? main : undefined;
  }
  const unit = ctx.units[ctx.unitCovering[k] ?? -1];
  if (!isFirm(unit) || unit.tokenEnd !== k + 1 || isPossessiveMark(ctx.words[unit.tokenEnd]))
    return undefined;
  return unit;
}

/** "MCI agreed to a buyout by Verizon", "Aggregate said it had agreed a £1.8bn takeover by Holcim". */
function relateAcceptedDeals(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, ACCEPTED_DEAL_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (!DEAL_NOUNS.has(ctx.words[i]!) || ctx.words[i + 1] !== "by") continue;
    let k = i - 1;
    while (
      k > 0 &&
      i - k <= MAX_DEAL_LEAD &&
      ctx.unitCovering[k]! < 0 &&
      !DEAL_ACCEPTING_VERBS.has(ctx.words[k]!) &&
      (DETERMINERS.has(ctx.words[k]!) ||
        ctx.words[k] === "to" ||
        DEAL_MODIFIERS.has(ctx.words[k]!) ||
        AMOUNT_RE.test(ctx.words[k]!))
    )
      k--;
    if (!DEAL_ACCEPTING_VERBS.has(ctx.words[k]!)) continue;
    if (ctx.words.slice(k, i).some((word) => DEAL_HEDGES.has(word))) continue;
    const target = firmSubjectOf(ctx, k);
    const buyer = describedFirm(ctx, i + 2);
    if (!target || !buyer || buyer.entity === target.entity) continue;
    if (isPossessiveMark(ctx.words[buyer.tokenEnd])) continue;
    const predicate = `${ctx.words[k]} … ${ctx.words[i]} by`;
    relations.push(relationOf(ctx, "ACQUIRED", buyer, target, predicate));
  }
  return relations;
}

/** "State-owned Rosneft now owns Yugansk": the subject firm owns the firm after the verb. */
function relateOwners(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, OWNER_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (!OWNING_VERBS.has(ctx.words[i]!) || ctx.words[i - 1] === "which") continue;
    const owner = firmSubjectOf(ctx, i);
    if (!owner || ctx.words[i - 1] === "it") continue;
    if (ctx.words.slice(owner.tokenEnd, i).some((word) => MODALS.has(word) || NEGATORS.has(word)))
      continue;
    if (SHARE_RE.test(ctx.words[i + 1] ?? "")) continue;
    const owned = describedFirm(ctx, i + 1);
    if (!owned || owned.entity === owner.entity || isPossessiveMark(ctx.words[owned.tokenEnd]))
      continue;
    relations.push(relationOf(ctx, "PART_OF", owner, owned, ctx.words[i]!));
  }
  return relations;
}

/** "parent company", "parent group": the noun after "parent" that names the owner. */
const PARENT_KINDS = /^(company|group|firm)$/;

/**
 * "the Toyota subsidiary Lexus" (a part noun between the owner's bare name and the part's) and
 * "DaimlerChrysler, parent company of Mercedes" (an apposition naming the owner of a firm).
 */
function relateNamedParts(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, NAMED_PART_CUES)) return relations;
  for (const owner of ctx.units) {
    if (!isFirm(owner) || PAST_PART_WORDS.has(ctx.words[owner.tokenStart - 1] ?? "")) continue;
    const noun = ctx.words[owner.tokenEnd] ?? "";
    // "the Toyota subsidiary Lexus": one part noun, then the part's name.
    if (FIRM_PART_NOUNS.has(noun) && !noun.endsWith("s")) {
      const part = ctx.units[ctx.unitStartingAt[owner.tokenEnd + 1] ?? -1];
      if (
        isFirm(part) &&
        part.entity !== owner.entity &&
        !isPossessiveMark(ctx.words[part.tokenEnd])
      )
        relations.push(relationOf(ctx, "PART_OF", owner, part, noun));
      continue;
    }
    // "DaimlerChrysler, parent company of Mercedes-Benz"; "the Menatep group, the parent company
    // of Yukos": the owner's own kind noun may stand before the comma.
    let i = owner.tokenEnd;
    if (PARENT_KINDS.test(noun)) i++;
    if (ctx.words[i] !== ",") continue;
    i++;
    if (ctx.words[i] === "the") i++;
    if (ctx.words[i] !== "parent") continue;
    i++;
    if (PARENT_KINDS.test(ctx.words[i] ?? "")) i++;
    if (ctx.words[i] !== "of") continue;
    const part = describedFirm(ctx, i + 1);
    if (!part || part.entity === owner.entity || isPossessiveMark(ctx.words[part.tokenEnd]))
      continue;
    relations.push(relationOf(ctx, "PART_OF", owner, part, "parent of"));
  }
  return relations;
}

/** Links before a bare "parent X" that say what the parent owns: "a drop in profits at parent X". */
const PARENT_LINKS: ReadonlySet<string> = new Set(["at", "from", "for", "by"]);

/**
 * "T-Online is to compete with its parent company Deutsche Telekom", "a slump at car maker Mercedes
 * hit profits at parent DaimlerChrysler": the owner named after "parent". "Its" is the sentence's
 * firm; a bare "parent" after a link owns the one other firm the sentence names.
 */
function relateParentNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, PARENT_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.words[i] !== "parent") continue;
    const lead = ctx.words[i - 1] ?? "";
    let at = i + 1;
    if (PARENT_KINDS.test(ctx.words[at] ?? "")) at++;
    const owner = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (!isFirm(owner) || isPossessiveMark(ctx.words[owner.tokenEnd])) continue;
    let part: Unit | undefined;
    if (lead === "its") part = firmOfIts(ctx, i - 1);
    else if (PARENT_LINKS.has(lead)) {
      const others = ctx.units.filter((unit) => isFirm(unit) && unit.entity !== owner.entity);
      if (others.length > 0 && others.every((unit) => unit.entity === others[0]!.entity))
        part = others[0];
    }
    if (!part || part.entity === owner.entity) continue;
    relations.push(relationOf(ctx, "PART_OF", owner, part, "parent"));
  }
  return relations;
}

/** Participles of owning: "owned by", "controlled by". */
const OWNED_PARTICIPLES: ReadonlySet<string> = new Set(["owned", "controlled", "majority-owned"]);
/** "controlled by France's Suez", "currently owned by Ferrari". */
const OWNED_PARTICIPLE_CUES = cueClass(OWNED_PARTICIPLES);
/** Words before an owned participle that leave the owner holding the firm: "now owned by". */
const OWNED_LEADS: ReadonlySet<string> = new Set(["now", "currently", "wholly", "ultimately"]);
/** Most lower-case words of a firm's kind between its name and the comma: "car company". */
const MAX_KIND_WORDS = 2;

/**
 * "Infinity Broadcasting, which is owned by Viacom", "water firm Aguas Argentinas, controlled by
 * France's Suez", "the Maserati car company - currently owned by Ferrari": the firm set off
 * before the passive is PART_OF the firm after "by". A past owner ("which was owned by") or a
 * share ("half owned by", "46%-owned by") states no parent today.
 */
function relatePassiveOwners(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, OWNED_PARTICIPLE_CUES)) return relations;
  for (const owned of ctx.units) {
    if (!isFirm(owned) || isPossessiveMark(ctx.words[owned.tokenEnd])) continue;
    let i = lowerWordsEnd(ctx, owned.tokenEnd, MAX_KIND_WORDS);
    // "the Maserati car company -": the kind words must end in the set-off mark.
    if (ctx.words[i] !== "," && ctx.words[i] !== "-") continue;
    i++;
    if (ctx.words[i] === "which" || ctx.words[i] === "that") {
      if (ctx.words[i + 1] !== "is") continue;
      i += 2;
    }
    while (OWNED_LEADS.has(ctx.words[i] ?? "")) i++;
    const participle = ctx.words[i] ?? "";
    if (!OWNED_PARTICIPLES.has(participle) || ctx.words[i + 1] !== "by") continue;
    const owner = describedFirm(ctx, i + 2);
    if (!owner || owner.entity === owned.entity || isPossessiveMark(ctx.words[owner.tokenEnd]))
      continue;
    relations.push(relationOf(ctx, "PART_OF", owner, owned, `${participle} by`));
  }
  return relations;
}

/** The deals and ownership of one sentence stated with the firm bought or owned first. */
export function relateFirmOwnership(ctx: SentenceContext): ExtractedRelation[] {
  return [
    ...relateRelativeClauses(ctx),
    ...relateAcceptedDeals(ctx),
    ...relateOwners(ctx),
    ...relateNamedParts(ctx),
    ...relateParentNouns(ctx),
    ...relatePassiveOwners(ctx),
  ];
}
