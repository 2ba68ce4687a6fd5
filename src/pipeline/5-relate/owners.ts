/**
 * Ownership stated of an owner, a person or a body, and what it owns outright (OWNS, owner →
 * owned): "Chelsea owner Roman Abramovich", "Yukos' former owner X", "X, the owner of Y", "X, who
 * owns the Tampa Bay Buccaneers", "the Hacienda club, which Factory Records owned", "Y, an airline
 * owned by X", "Y is owned by X", "X-owned Y". A firm that owns a firm holds a part of itself
 * (PART_OF, the part → its parent, as firm-ownership.ts reads "which owns" and "owned by"); a body
 * that owns a club, a paper or a property a holding noun names ("the Sun newspaper", "a cattle
 * ranch") OWNS it. A share ("owns 30% of", "a stake in", "half owned by") is no ownership, and a
 * purchase ("X bought Y") is ACQUIRED. What the sentence puts in the past ("its former owner",
 * "which X owned", "was owned by") is marked former.
 */

import { FORMER_ATTRIBUTE, type RelationType } from "../../domain/vocabulary.js";
import {
  HOLDING_NOUNS,
  OWNED_LEADS,
  OWNED_NAME_FOLLOWERS,
  OWNED_WORDS,
  OWNER_DESCRIBERS,
  OWNER_HEDGES,
  OWNER_NOUNS,
  OWNS_VERBS,
  PAST_OWNER_WORDS,
  SHARE_WORDS,
} from "../model/lexicons/owner-cues.js";
import { SUBJECT_GAP_WORDS } from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { describedFirm } from "./firm-patterns.js";
import { firmOfIts } from "./role-phrases.js";
import {
  findMainSubject,
  isPossessiveMark,
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** "Chelsea owner X", "X, owner of Y". */
const OWNER_NOUN_CUES = cueClass(OWNER_NOUNS);
/** "X, who owns Y", "Y, which X owned", "Y, owned by X". */
const OWNING_CUES = cueClass(OWNS_VERBS, OWNED_WORDS);

/** A number or a percentage: "owns 28.1%", "25% owned by". */
const AMOUNT_RE = /^(\d[\d.,]*%?|\d[\d.,]*%?-owned)$/;
/** "Murdoch-owned Sky": an owner's name joined to the participle in one token. */
const OWNED_COMPOUND_RE = /-owned$/;
/** "a", "an" before a name: one thing of the kind the name makes. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);
/** Most tokens before an antecedent searched for a share ("a 30% stake in Leeds, which"). */
const SHARE_LOOKBACK = 4;
/** Most describing words between an owner's or a thing's name and the word that ties them. */
const MAX_DESCRIBERS = 2;
/** Most words of a thing's kind set off before "owned by": "a beef cattle ranch". */
const MAX_KIND_WORDS = 4;
/** Verbs of being before a passive: "is owned by", "was owned by". */
const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are"]);
const PAST_BE: ReadonlySet<string> = new Set(["was", "were"]);
/** "Chelsea is owned by": the verb of being after a clause's subject. */
const CLAUSE_BE_RE = /^(is|are|was|were|been)$/;
/** What may stand before a clause's subject: the sentence's start, a comma or an article. */
const SUBJECT_LEAD_RE = /^(,|the|a|an)?$/;
/** Words that end the clause of an object relative's verb: "which Factory Records owned, closed". */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ",",
  ".",
  ";",
  ")",
  "-",
  "and",
  "until",
  "since",
  "for",
  "in",
  "from",
  "before",
]);

const CONFIDENCE = 0.7;

/** An owner: a person or a body, not a demonym. */
function isOwner(unit: Unit | undefined): unit is Unit {
  return (
    unit !== undefined &&
    !unit.isDemonym &&
    (unit.type === "PERSON" || unit.type === "ORGANIZATION")
  );
}

/** What may be owned: a body, a place or a thing, not a demonym. */
function isOwnable(unit: Unit | undefined): unit is Unit {
  return (
    unit !== undefined &&
    !unit.isDemonym &&
    (unit.type === "ORGANIZATION" || unit.type === "PLACE" || unit.type === "OTHER")
  );
}

/**
 * Whether token `at` is a lower-case word outside names as written ("billionaire", not the "DS"
 * of "Nintendo DS owner X", which the folded words show in lower case too).
 */
function isLowerWord(ctx: SentenceContext, at: number): boolean {
  return ctx.unitCovering[at] === -1 && LOWER_WORD_RE.test(ctx.sentence.tokens[at]?.text ?? "");
}

/** Whether a word makes what follows or precedes it a share: "30%", "stake", "half". */
function isShareWord(word: string | undefined): boolean {
  return word !== undefined && (SHARE_WORDS.has(word) || AMOUNT_RE.test(word));
}

/**
 * Whether a thing is named as a club, a paper or a property rather than a firm: a holding noun
 * right after its name or right before it ("the Tampa Bay Buccaneers team", "football club Parma").
 */
export function isHolding(ctx: SentenceContext, unit: Unit): boolean {
  return (
    HOLDING_NOUNS.has(ctx.words[unit.tokenEnd] ?? "") ||
    HOLDING_NOUNS.has(ctx.words[unit.tokenStart - 1] ?? "")
  );
}

/** How one reading ties an owner to what it owns. */
interface Reading {
  predicate: string;
  /** The sentence puts the ownership in the past ("former owner", "was owned by"). */
  former: boolean;
  /** A holding noun names the thing ("a cattle ranch owned by"), besides any beside its name. */
  holding?: boolean;
  /** A firm owning a firm may be read as its part: not where firm-ownership.ts reads the phrasing. */
  partOf: boolean;
}

/**
 * The relation an owner and a thing it owns state: OWNS for a person's, or for a body's club, paper
 * or property; PART_OF (the part → its parent) for a firm a firm owns today where `partOf` allows.
 */
export function ownershipRelation(
  ctx: SentenceContext,
  owner: Unit,
  owned: Unit,
  reading: Reading,
): ExtractedRelation | undefined {
  if (!isOwner(owner) || !isOwnable(owned) || owner.entity === owned.entity) return undefined;
  const span = spanOf(ctx, owner, owned);
  let type: RelationType | undefined;
  if (owner.type === "PERSON" || reading.holding || isHolding(ctx, owned)) type = "OWNS";
  else if (reading.partOf && !reading.former && owned.type === "ORGANIZATION") type = "PART_OF";
  if (type === "PART_OF")
    return makeRelation(ctx, owned, owner, type, reading.predicate, CONFIDENCE, span);
  if (type === undefined) return undefined;
  const attributes: Record<string, string> = reading.former ? { [FORMER_ATTRIBUTE]: "true" } : {};
  return makeRelation(ctx, owner, owned, type, reading.predicate, CONFIDENCE, span, attributes);
}

/** The unit ending right before token `at` (exclusive), or undefined. */
function unitEndingAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[at - 1] ?? -1];
  return unit && unit.tokenEnd === at ? unit : undefined;
}

/**
 * The thing named from token `at` as the object of "owns" or "owner of": "the Tampa Bay
 * Buccaneers", "football club Parma", "US firm Acme". None when the words make it a share ("a 30%
 * stake in", "the rights to") or the name is a possessor ("owns Acme's stadium").
 */
function ownedAt(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  let unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
  // "owns a Porsche", "the owner of an iPod": one of a make's products, not the maker.
  if (unit && INDEFINITE_ARTICLES.has(ctx.words[i - 1] ?? "")) return undefined;
  if (!unit) {
    // "football club Parma": a holding noun before the name; else a firm's description.
    let k = i;
    while (k - i < MAX_DESCRIBERS && isLowerWord(ctx, k)) k++;
    if (ctx.words.slice(i, k).some(isShareWord) || isShareWord(ctx.words[k])) return undefined;
    if (k > i && HOLDING_NOUNS.has(ctx.words[k - 1]!))
      unit = ctx.units[ctx.unitStartingAt[k] ?? -1];
    else unit = describedFirm(ctx, i);
  }
  if (!isOwnable(unit) || isPossessiveMark(ctx.words[unit.tokenEnd])) return undefined;
  // "owns Globex shares", "owns the Wimbledon title": the name describes what is owned.
  const next = ctx.words[unit.tokenEnd] ?? "";
  if (
    isLowerWord(ctx, unit.tokenEnd) &&
    !HOLDING_NOUNS.has(next) &&
    !OWNED_NAME_FOLLOWERS.has(next)
  )
    return undefined;
  return unit;
}

/**
 * From token `at` back over an owner noun's describing words ("former", "billionaire",
 * "Russian"): where they start, and whether one puts the ownership in the past. Undefined when one
 * makes the owner no owner ("would-be", "minority").
 */
function describersBefore(
  ctx: SentenceContext,
  at: number,
): { start: number; former: boolean } | undefined {
  let k = at;
  let former = false;
  for (let n = 0; n < MAX_DESCRIBERS && k >= 0; n++) {
    const word = ctx.words[k] ?? "";
    const unit = ctx.units[ctx.unitCovering[k] ?? -1];
    // "Chelsea's Russian owner X": a demonym describes the owner.
    if (unit?.isDemonym) {
      k = unit.tokenStart - 1;
      continue;
    }
    if (unit || !isLowerWord(ctx, k) || DETERMINERS.has(word)) break;
    if (OWNER_HEDGES.has(word) || isShareWord(word)) return undefined;
    // "Kent farm owner X": a word that is no describer of the owner names what is owned.
    if (PAST_OWNER_WORDS.has(word)) former = true;
    else if (!OWNER_DESCRIBERS.has(word)) return undefined;
    k--;
  }
  return { start: k + 1, former };
}

/**
 * "Chelsea owner Roman Abramovich", "Yukos' former owner Menatep", "its owner X" (the firm "its"
 * stands for), "X, the owner of Y", "X, the Chelsea owner,": an owner noun ties the thing before
 * it, or after "of", to the owner it describes.
 */
function relateOwnerNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, OWNER_NOUN_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    const noun = ctx.words[i]!;
    if (!OWNER_NOUNS.has(noun)) continue;
    const described = describersBefore(ctx, i - 1);
    if (!described) continue;
    let former = described.former;
    let k = described.start - 1;
    // "Chelsea owner Roman Abramovich": the owner named right after the noun (or with it as title).
    const titled = ctx.units[ctx.unitStartingAt[i] ?? -1];
    const after =
      titled && titled.nameStart > i ? titled : ctx.units[ctx.unitStartingAt[i + 1] ?? -1];
    if (after) {
      if (!isOwner(after)) continue;
      let owned: Unit | undefined;
      // "Yukos and its former owner X": "its" is the firm just named, else the sentence's firm.
      if (ctx.words[k] === "its")
        owned =
          ctx.words[k - 1] === "and" && unitEndingAt(ctx, k - 1)?.type === "ORGANIZATION"
            ? unitEndingAt(ctx, k - 1)
            : firmOfIts(ctx, k);
      else {
        if (isPossessiveMark(ctx.words[k])) k--;
        owned = unitEndingAt(ctx, k + 1);
      }
      if (!owned) continue;
      // "Would-be Leeds owner X", "former Leeds owner X": a word before the thing's name.
      const lead = ctx.words[owned.tokenStart - 1] ?? "";
      if (OWNER_HEDGES.has(lead)) continue;
      if (PAST_OWNER_WORDS.has(lead)) former = true;
      const relation = ownershipRelation(ctx, after, owned, {
        predicate: noun,
        former,
        partOf: true,
      });
      if (relation) relations.push(relation);
      continue;
    }
    // "X, the owner of Y": an apposition to the owner before it.
    if (ctx.words[i + 1] === "of") {
      if (ctx.words[k] === "the") k--;
      if (ctx.words[k] !== ",") continue;
      const owner = unitEndingAt(ctx, k);
      const owned = ownedAt(ctx, i + 2);
      if (!owner || !owned || isPossessiveMark(ctx.words[owner.tokenEnd])) continue;
      const relation = ownershipRelation(ctx, owner, owned, {
        predicate: `${noun} of`,
        former,
        partOf: true,
      });
      if (relation) relations.push(relation);
      continue;
    }
    // "X, the Chelsea owner, said", "X, Chelsea's owner,": the thing named inside the apposition.
    if (isPossessiveMark(ctx.words[k])) k--;
    const owned = unitEndingAt(ctx, k + 1);
    if (!owned) continue;
    k = owned.tokenStart - 1;
    if (PAST_OWNER_WORDS.has(ctx.words[k] ?? "")) {
      former = true;
      k--;
    }
    if (ctx.words[k] === "the") k--;
    if (ctx.words[k] !== ",") continue;
    const owner = unitEndingAt(ctx, k);
    if (!owner || isPossessiveMark(ctx.words[owner.tokenEnd])) continue;
    const relation = ownershipRelation(ctx, owner, owned, {
      predicate: noun,
      former,
      partOf: true,
    });
    if (relation) relations.push(relation);
  }
  return relations;
}

/** The subject before a verb at token `verb`: its unit, past adverbs and gap words skipped. */
function subjectBefore(
  ctx: SentenceContext,
  verb: number,
): { unit: Unit; former: boolean; start: number } | undefined {
  let k = verb - 1;
  let former = false;
  while (k >= 0 && (SUBJECT_GAP_WORDS.has(ctx.words[k]!) || PAST_OWNER_WORDS.has(ctx.words[k]!))) {
    if (PAST_OWNER_WORDS.has(ctx.words[k]!) || ctx.words[k] === "had") former = true;
    k--;
  }
  if (ctx.words.slice(k + 1, verb).some((word) => MODALS.has(word) || NEGATORS.has(word)))
    return undefined;
  if (ctx.words[k] === "who" || ctx.words[k] === "which") {
    // "Malcolm Glazer, who owns": the antecedent set off before the relative.
    if (ctx.words[k - 1] !== ",") return undefined;
    const unit = unitEndingAt(ctx, k - 1);
    return unit && !isPossessiveMark(ctx.words[unit.tokenEnd])
      ? { unit, former, start: k }
      : undefined;
  }
  const unit = unitEndingAt(ctx, k + 1);
  if (!unit || isPossessiveMark(ctx.words[unit.tokenEnd])) return undefined;
  return { unit, former, start: unit.tokenStart };
}

/**
 * "Malcolm Glazer, who owns the Tampa Bay Buccaneers", "Glazer also owns the Buccaneers" (the
 * subject owns the thing after the verb) and "the Hacienda club, which Factory Records owned"
 * (the verb's object is the antecedent). A firm's firm is firm-ownership.ts's.
 */
function relateOwningVerbs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, OWNING_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    const verb = ctx.words[i]!;
    if (!OWNS_VERBS.has(verb) && verb !== "owned") continue;
    if (ctx.words[i + 1] === "by" || isShareWord(ctx.words[i + 1])) continue;
    const subject = subjectBefore(ctx, i);
    if (!subject) continue;
    // "owned" active is past unless "has owned".
    const former =
      subject.former || (verb === "owned" && !["has", "have"].includes(ctx.words[i - 1] ?? ""));
    const owned = ownedAt(ctx, i + 1);
    if (owned) {
      const relation = ownershipRelation(ctx, subject.unit, owned, {
        predicate: verb,
        former,
        partOf: false,
      });
      if (relation) relations.push(relation);
      continue;
    }
    // "the Hacienda club, which Factory Records owned,": the antecedent before "which" is owned.
    if (!CLAUSE_ENDS.has(ctx.words[i + 1] ?? "")) continue;
    const relative = subject.unit.tokenStart - 1;
    if (ctx.words[relative] !== "which" && ctx.words[relative] !== "that") continue;
    let k = relative - 1;
    if (ctx.words[k] !== ",") continue;
    k--;
    // "the Hacienda club ,": the thing's kind words before the comma.
    const kindEnd = k + 1;
    while (
      kindEnd - k <= MAX_DESCRIBERS &&
      ctx.unitCovering[k]! < 0 &&
      LOWER_WORD_RE.test(ctx.words[k] ?? "")
    )
      k--;
    const owned2 = unitEndingAt(ctx, k + 1);
    if (!owned2 || isPossessiveMark(ctx.words[owned2.tokenEnd])) continue;
    // "a stake in Leeds, which Bates owns": the share is owned, not the thing.
    const lead = ctx.words.slice(
      Math.max(0, owned2.tokenStart - SHARE_LOOKBACK),
      owned2.tokenStart,
    );
    if (lead.some(isShareWord)) continue;
    const relation = ownershipRelation(ctx, subject.unit, owned2, {
      predicate: `which … ${verb}`,
      former,
      partOf: false,
    });
    if (relation) relations.push(relation);
  }
  return relations;
}

/** The owner named after "by" from token `at`: a described firm, or a person ("Malaysian tycoon X"). */
function ownerAfterBy(ctx: SentenceContext, at: number): Unit | undefined {
  const firm = describedFirm(ctx, at);
  if (firm) return isPossessiveMark(ctx.words[firm.tokenEnd]) ? undefined : firm;
  let i = at;
  while (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  // "owned by Malaysia entrepreneur Dr Khoo", "owned by businessman X".
  const place = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (place && (place.isDemonym || place.type === "COUNTRY")) i = place.tokenEnd;
  const start = i;
  while (
    i - start < MAX_DESCRIBERS &&
    ctx.unitCovering[i]! < 0 &&
    LOWER_WORD_RE.test(ctx.words[i] ?? "")
  )
    i++;
  const person = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!person || person.type !== "PERSON" || isPossessiveMark(ctx.words[person.tokenEnd]))
    return undefined;
  return person;
}

/**
 * The sentence's subject when a relative clause set off after it ends at the comma at token
 * `comma`: "Acme, which floated in 1995, is owned by X". Undefined when the sentence's subject is
 * not so set off.
 */
function subjectOfRelative(ctx: SentenceContext, comma: number): Unit | undefined {
  const subject = findMainSubject(ctx);
  if (!subject || subject.tokenEnd >= comma - 2) return undefined;
  if (ctx.words[subject.tokenEnd] !== ",") return undefined;
  const relative = ctx.words[subject.tokenEnd + 1];
  return relative === "which" || relative === "who" ? subject : undefined;
}

/**
 * "Air Shamrock, an airline owned by Mr Gold", "Chelsea, owned by Roman Abramovich,", "Chelsea is
 * owned by X", "which was owned by X" (former): the thing set off or said before the passive is
 * owned by the one after "by". A firm's firm is firm-ownership.ts's.
 */
function relatePassiveOwners(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, OWNING_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 2; i++) {
    const participle = ctx.words[i]!;
    if (!OWNED_WORDS.has(participle) || ctx.words[i + 1] !== "by") continue;
    const owner = ownerAfterBy(ctx, i + 2);
    if (!owner) continue;
    // "is not owned by X", "could be owned by X".
    const clause = ctx.words.slice(Math.max(0, i - SHARE_LOOKBACK), i);
    if (clause.some((word) => NEGATORS.has(word) || MODALS.has(word))) continue;
    let k = i - 1;
    let former = false;
    while (k >= 0 && (OWNED_LEADS.has(ctx.words[k]!) || PAST_OWNER_WORDS.has(ctx.words[k]!))) {
      if (PAST_OWNER_WORDS.has(ctx.words[k]!)) former = true;
      k--;
    }
    if (isShareWord(ctx.words[k])) continue;
    if (ctx.words[k] === "been") {
      if (ctx.words[k - 1] === "had") former = true;
      k--;
      while (PAST_OWNER_WORDS.has(ctx.words[k] ?? "")) {
        former = true;
        k--;
      }
      if (ctx.words[k] !== "has" && ctx.words[k] !== "have" && ctx.words[k] !== "had") continue;
      k--;
    } else if (PRESENT_BE.has(ctx.words[k] ?? "")) k--;
    else if (PAST_BE.has(ctx.words[k] ?? "")) {
      former = true;
      k--;
    } else if (
      ctx.words[k] !== "," &&
      ctx.words[k] !== "-" &&
      !LOWER_WORD_RE.test(ctx.words[k] ?? "")
    )
      continue;
    const afterBe = CLAUSE_BE_RE.test(ctx.words[k + 1] ?? "");
    let holding = false;
    let owned: Unit | undefined;
    if (afterBe && ctx.words[k] === "," && !unitEndingAt(ctx, k)) {
      // "Acme, which floated in 1995, is majority-owned by X": the subject before the relative.
      owned = subjectOfRelative(ctx, k);
    } else if (ctx.words[k] === "which" || ctx.words[k] === "that") {
      k--;
      if (ctx.words[k] !== ",") continue;
      owned = unitEndingAt(ctx, k);
    } else if (ctx.words[k] === "," || ctx.words[k] === "-") owned = unitEndingAt(ctx, k);
    else if (unitEndingAt(ctx, k + 1)) {
      // "Chelsea is owned by X": the clause's subject, not a possessor or a preposition's object.
      owned = unitEndingAt(ctx, k + 1);
      if (!CLAUSE_BE_RE.test(ctx.words[k + 1] ?? "")) owned = undefined;
      if (owned && !SUBJECT_LEAD_RE.test(ctx.words[owned.tokenStart - 1] ?? "")) owned = undefined;
    } else {
      // "Hato El Charcote, a beef cattle ranch owned by Agroflora": a kind set off after the name.
      const end = k + 1;
      while (
        end - k <= MAX_KIND_WORDS &&
        ctx.unitCovering[k]! < 0 &&
        LOWER_WORD_RE.test(ctx.words[k] ?? "")
      )
        k--;
      // "FK Teleoptik - a club owned by FK Partizan": a dash sets the kind off as a comma does.
      if (k + 1 === end || (ctx.words[k] !== "," && ctx.words[k] !== "-")) continue;
      if (ctx.words.slice(k + 1, end).some(isShareWord)) continue;
      holding = HOLDING_NOUNS.has(ctx.words[end - 1]!);
      owned = unitEndingAt(ctx, k);
    }
    if (!owned || isPossessiveMark(ctx.words[owned.tokenEnd])) continue;
    const relation = ownershipRelation(ctx, owner, owned, {
      predicate: `${participle} by`,
      former,
      holding,
      partOf: false,
    });
    if (relation) relations.push(relation);
  }
  return relations;
}

/**
 * "Rosneft-owned Yugansk", "the Murdoch-owned Sky": the owner's name joined to "-owned" in one
 * token before the thing's name (at most two describing words between). Read over the units, so
 * a sentence without a compound costs one look at each name's last token.
 */
function relateOwnedCompounds(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const owner of ctx.units) {
    const token = ctx.sentence.tokens[owner.tokenEnd - 1];
    if (!token || token.end <= owner.end || !OWNED_COMPOUND_RE.test(token.text)) continue;
    const i = lowerWordsEnd(ctx, owner.tokenEnd, MAX_DESCRIBERS);
    const owned = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (!owned || isPossessiveMark(ctx.words[owned.tokenEnd])) continue;
    const relation = ownershipRelation(ctx, owner, owned, {
      predicate: "-owned",
      former: false,
      holding: HOLDING_NOUNS.has(ctx.words[i - 1] ?? ""),
      partOf: true,
    });
    if (relation) relations.push(relation);
  }
  return relations;
}

/** The ownership one sentence states, owner → owned. */
export function relateOwners(ctx: SentenceContext): ExtractedRelation[] {
  return [
    ...relateOwnerNouns(ctx),
    ...relateOwningVerbs(ctx),
    ...relatePassiveOwners(ctx),
    ...relateOwnedCompounds(ctx),
  ];
}
