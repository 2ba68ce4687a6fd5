/**
 * Firm patterns of business and technology news: a role over a field at a firm ("head of research
 * at Nomura"), a takeover named by a noun ("Inbev's acquisition of Ambev"), a firm's parts
 * ("SpeechWorks, a division of ScanSoft", "GM's European units Opel and Saab").
 */

import { type RelationType, ROLE_RELATION_TYPES } from "../../domain/vocabulary.js";
import { COMPANY_LEAD_NOUNS } from "../model/lexicons/companies.js";
import {
  DEAL_HEDGES,
  DEAL_MODIFIERS,
  DEAL_NOUNS,
  FIELD_LINKS,
  FIELD_ROLE_ORG_LINKS,
  FIRM_HEAD_NOUNS,
  FIRM_PART_NOUNS,
  OWNED_NON_PRODUCT_WORDS,
  PARTING_PURPOSES,
  PAST_PART_WORDS,
  TIE_MAKING_VERBS,
  TIE_NOUNS,
  TIE_VERBS,
} from "../model/lexicons/firm-cues.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { PRODUCT_HEADS } from "../model/lexicons/product-cues.js";
import {
  BE_FORMS,
  NON_PRODUCT_TAILS,
  PRODUCT_TAIL_WORDS,
} from "../model/lexicons/relation-triggers.js";
import { DETERMINERS, MODALS, NEGATORS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import { PARTY_SURFACE, ROLE_MODIFIERS, ROLE_RELATIONS } from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { firmOfIts } from "./role-phrases.js";
import {
  findMainSubject,
  isModifier,
  isPossessiveMark,
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";
import { findSubjectLeft, relatePairs } from "./verbs.js";

/** A sum or a year before a deal noun: "its $1.3bn takeover", "its 2001 acquisition". */
const AMOUNT_RE = /^([$£€]?\d[\d.,]*(bn|m|k)?|bn|m)$/;
/** Most words of a role's field: "professor of economics and demography at Harvard". */
const MAX_FIELD_WORDS = 5;
/** Most words of a role before its field: "senior vice president of". */
const MAX_ROLE_WORDS = 4;
/** Most words describing a deal between its buyer and its noun: "Oracle's $10.3bn hostile takeover". */
const MAX_DEAL_MODIFIERS = 3;
/** Most lower-case words describing a firm: "Brazil's biggest beer firm Ambev". */
const MAX_DESCRIPTOR_WORDS = 4;
/** Role relations a person's field role at a firm may state: the role is in one department. */
const FIELD_ROLE_TYPES: ReadonlySet<RelationType> = new Set([
  "LEADER_OF",
  "WORKS_FOR",
  "HOLDS_POSITION",
]);
/** Articles before an apposition's role: "Paul Hale, a director of marketing at". */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** "-based" after a place: "London-based options exchange Liffe". */
const BASED_RE = /^-?based$/;

const CONFIDENCE = { role: 0.75, deal: 0.7, part: 0.7, tie: 0.7, product: 0.65 } as const;

/** The organisation unit starting at token `at`, or undefined. */
function organisationAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitStartingAt[at] ?? -1];
  return unit && unit.type === "ORGANIZATION" && !unit.isDemonym ? unit : undefined;
}

/**
 * The firm a described name after token `at` names: "the US firm ISG", "Brazil's biggest beer firm
 * Ambev", "rival May Department Stores", "Brazilian brewer Ambev", or a bare name. A country or a
 * demonym first says where the firm is, and lower-case words must end in an organisation noun.
 */
export function describedFirm(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  const first = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (first && first.type === "ORGANIZATION" && !first.isDemonym) return first;
  if (first && (first.isDemonym || first.type === "COUNTRY" || first.type === "PLACE")) {
    i = first.tokenEnd;
    // "Germany's Hexal", "Brazil's biggest beer firm", "London-based options exchange".
    if (isPossessiveMark(ctx.words[i])) {
      const named = organisationAt(ctx, i + 1);
      if (named) return named;
      i++;
    } else if (BASED_RE.test(ctx.words[i] ?? "")) i++;
  }
  const start = i;
  const end = lowerWordsEnd(ctx, i, MAX_DESCRIPTOR_WORDS);
  // "research firm The Vexon Group": the name's own article ends the description.
  while (i < end && !DETERMINERS.has(ctx.words[i]!)) i++;
  const head = ctx.words[i - 1] ?? "";
  if (i === start || !isFirmHeadNoun(head)) return undefined;
  return organisationAt(ctx, i < end ? i + 1 : i);
}

/**
 * Whether a noun may head a firm's description: an organisation noun, or a noun the recogniser
 * reads as making the name after it a company ("analyst at brokerage Aton", "insurance broker Marsh").
 */
function isFirmHeadNoun(head: string): boolean {
  return ORGANIZATION_NOUNS.has(head) || FIRM_HEAD_NOUNS.has(head) || COMPANY_LEAD_NOUNS.has(head);
}

/**
 * "Jim Lanzone, vice president of search properties at Ask", "Adrian Hosford, director of corporate
 * responsibility at BT", "Paul Hale, Sprint's vice president for technology development,": a role
 * over a field or department of a firm. Heading a department is working for the firm, whatever
 * the role's head word says of the whole.
 */
function relateFieldRoles(
  ctx: SentenceContext,
  person: Unit,
  isSport: boolean,
): ExtractedRelation[] {
  if (ctx.words[person.tokenEnd] !== ",") return [];
  let i = person.tokenEnd + 1;
  if (APPOSITION_ARTICLES.has(ctx.words[i] ?? "")) i++;
  // "Paul Hale, Sprint's vice president for technology development,": the firm owns the role.
  const owner = organisationAt(ctx, i);
  if (owner) {
    if (!isPossessiveMark(ctx.words[owner.tokenEnd])) return [];
    i = owner.tokenEnd + 1;
  }
  const roleStart = i;
  while (
    i - roleStart < MAX_ROLE_WORDS &&
    ctx.unitCovering[i]! < 0 &&
    (ROLE_MODIFIERS.has(ctx.words[i]!) || ROLE_RELATIONS[ctx.words[i]!])
  )
    i++;
  if (i === roleStart) return [];
  const head = ctx.words[i - 1]!;
  const type = ROLE_RELATIONS[`${ctx.words[i - 2]} ${head}`] ?? ROLE_RELATIONS[head];
  // "Chelsea's head of youth at" in a sports story may be a coach; a firm's manager works for it.
  const isRole = type && (FIELD_ROLE_TYPES.has(type) || (type === "COACHES" && !isSport));
  if (!isRole) return [];
  // "Mike Nash, vice president in Microsoft's security business unit": a role in a firm's part.
  if (ctx.words[i] === "in" && !owner) return roleInFirmPart(ctx, person, roleStart, i);
  if (!FIELD_LINKS.has(ctx.words[i] ?? "")) return [];
  const fieldStart = ++i;
  while (i - fieldStart < MAX_FIELD_WORDS) {
    // "head of UK equities at", "director of European sales for": where the field lies.
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit && (unit.isDemonym || unit.type === "COUNTRY")) {
      i = unit.tokenEnd;
      continue;
    }
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word) || FIELD_ROLE_ORG_LINKS.has(word))
      break;
    i++;
  }
  if (i === fieldStart) return [];
  if (owner) {
    // The apposition ends with the field: "Sprint's head of research at Nokia" is two firms.
    if (!ROLE_CLOSERS.has(ctx.words[i] ?? "") || owner.entity === person.entity) return [];
    if (PARTY_SURFACE.test(ctx.text.slice(owner.start, owner.end))) return [];
    return [
      makeRelation(
        ctx,
        person,
        owner,
        "WORKS_FOR",
        `'s ${ctx.words.slice(roleStart, i).join(" ")}`,
        CONFIDENCE.role,
        spanOf(ctx, person, owner),
      ),
    ];
  }
  if (!FIELD_ROLE_ORG_LINKS.has(ctx.words[i] ?? "")) return [];
  const link = ctx.words[i]!;
  if (ctx.words[i + 1] === "the") i++;
  // "vice-president of research at analysts Gartner": a described firm will do.
  const organisation = organisationAt(ctx, i + 1) ?? describedFirm(ctx, i + 1);
  // "head of sales at Nokia's UK arm": the organisation must end the phrase.
  if (
    !organisation ||
    organisation.entity === person.entity ||
    isPossessiveMark(ctx.words[organisation.tokenEnd])
  )
    return [];
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      "WORKS_FOR",
      `${ctx.words.slice(roleStart, fieldStart).join(" ")} … ${link}`,
      CONFIDENCE.role,
      spanOf(ctx, person, organisation),
    ),
  ];
}

/** Most words naming a firm's part before its part noun: "Windows Server", "security business". */
const MAX_PART_NAME_WORDS = 4;

/**
 * "vice president in Microsoft's security business unit", "director in Microsoft's Windows Server
 * division": who holds a role in a firm's part works for the firm. `link` is the token of "in".
 */
function roleInFirmPart(
  ctx: SentenceContext,
  person: Unit,
  roleStart: number,
  link: number,
): ExtractedRelation[] {
  const firm = organisationAt(ctx, link + 1);
  if (!firm || firm.entity === person.entity || !isPossessiveMark(ctx.words[firm.tokenEnd]))
    return [];
  let i = firm.tokenEnd + 1;
  for (
    let words = 0;
    words < MAX_PART_NAME_WORDS && !FIRM_PART_NOUNS.has(ctx.words[i] ?? "");
    words++
  ) {
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit && unit.type !== "PERSON") i = unit.tokenEnd;
    else if (ctx.unitCovering[i]! < 0 && LOWER_WORD_RE.test(ctx.words[i] ?? "")) i++;
    else return [];
  }
  if (!FIRM_PART_NOUNS.has(ctx.words[i] ?? "") || isPastPart(ctx, firm.tokenEnd + 1, i)) return [];
  return [
    makeRelation(
      ctx,
      person,
      firm,
      "WORKS_FOR",
      `${ctx.words.slice(roleStart, link).join(" ")} in … ${ctx.words[i]}`,
      CONFIDENCE.role,
      spanOf(ctx, person, firm),
    ),
  ];
}

/** Most field words between a firm and its role: "Microsoft security manager", "Sony games marketing chief". */
const MAX_FIELD_BEFORE_ROLE = 2;
/** A word that reads as a verb or an adverb, never a department: "hired", "recently". */
const NON_FIELD_RE = /(ed|ly)$/;
/** Words that end a field run before a role: "Microsoft and manager", "Sony said chief". */
const NON_FIELD_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...MODALS,
  ...NEGATORS,
  ...PAST_PART_WORDS,
  "and",
  "or",
  "but",
  "as",
  "is",
  "was",
  "says",
  "tells",
]);

/** Whether token `at` is a lower-case department word free of any name: "security", "games". */
export function isFieldWord(ctx: SentenceContext, at: number): boolean {
  const word = ctx.words[at] ?? "";
  return (
    ctx.unitCovering[at]! < 0 &&
    LOWER_WORD_RE.test(word) &&
    !NON_FIELD_WORDS.has(word) &&
    !NON_FIELD_RE.test(word) &&
    !ROLE_MODIFIERS.has(word) &&
    ROLE_RELATIONS[word] === undefined
  );
}

/**
 * The firm and role a phrase ending at token `end` (exclusive) names when one or two department
 * words stand between them: "Microsoft security manager", "Nokia's marketing director". The role
 * must be one held at a firm; a party's office is the party rules' business.
 */
function firmFieldRoleBefore(
  ctx: SentenceContext,
  end: number,
  isSport: boolean,
): { organisation: Unit; start: number } | undefined {
  const head = ctx.words[end - 1] ?? "";
  const type = ROLE_RELATIONS[`${ctx.words[end - 2]} ${head}`] ?? ROLE_RELATIONS[head];
  if (!type || !(FIELD_ROLE_TYPES.has(type) || (type === "COACHES" && !isSport))) return undefined;
  let i = end - 1;
  while (i > 0 && end - i < MAX_ROLE_WORDS && ROLE_MODIFIERS.has(ctx.words[i - 1]!)) i--;
  const roleStart = i;
  while (i > 0 && roleStart - i < MAX_FIELD_BEFORE_ROLE && isFieldWord(ctx, i - 1)) i--;
  if (i === roleStart) return undefined;
  const start = isPossessiveMark(ctx.words[i - 1]) ? i - 1 : i;
  const organisation = ctx.units[ctx.unitCovering[start - 1] ?? -1];
  if (
    !organisation ||
    organisation.tokenEnd !== start ||
    organisation.type !== "ORGANIZATION" ||
    organisation.isDemonym ||
    PARTY_SURFACE.test(ctx.text.slice(organisation.start, organisation.end))
  )
    return undefined;
  return { organisation, start: i };
}

/**
 * "Microsoft security manager John Smith", "John Smith, a Nokia marketing director, said": a role
 * over a department of the firm named before it. Heading a department is working for the firm.
 * Not in a sports story: "Wolves caretaker boss X" coaches the side.
 */
function relateFirmFieldRoles(
  ctx: SentenceContext,
  person: Unit,
  isSport: boolean,
): ExtractedRelation[] {
  if (isSport) return [];
  const found: { organisation: Unit; start: number; end: number }[] = [];
  // "Microsoft security manager John Smith": the role right before the name.
  if (person.tokenStart === person.nameStart) {
    const before = firmFieldRoleBefore(ctx, person.nameStart, isSport);
    if (before) found.push({ ...before, end: person.nameStart });
  }
  // "John Smith, a Microsoft security manager, said": an apposition the role closes.
  if (ctx.words[person.tokenEnd] === ",") {
    let end = person.tokenEnd + 1;
    if (APPOSITION_ARTICLES.has(ctx.words[end] ?? "")) end++;
    const first = organisationAt(ctx, end);
    if (first) {
      end = first.tokenEnd;
      while (
        end < ctx.words.length &&
        ctx.unitCovering[end]! < 0 &&
        !ROLE_CLOSERS.has(ctx.words[end]!)
      )
        end++;
      const after = firmFieldRoleBefore(ctx, end, isSport);
      if (ROLE_CLOSERS.has(ctx.words[end] ?? "") && after?.organisation === first)
        found.push({ ...after, end });
    }
  }
  return found
    .filter(({ organisation }) => organisation.entity !== person.entity)
    .map(({ organisation, start, end }) =>
      makeRelation(
        ctx,
        person,
        organisation,
        "WORKS_FOR",
        ctx.words.slice(start, end).join(" "),
        CONFIDENCE.role,
        spanOf(ctx, person, organisation),
      ),
    );
}

/** Tokens that close a role apposition: "John Smith, a Nokia marketing director, said". */
const ROLE_CLOSERS: ReadonlySet<string> = new Set([",", ".", ";", ")", "said", "says"]);

/**
 * "Inbev's acquisition of Brazil's biggest beer firm Ambev", "Mitsubishi's takeover of UFJ": the
 * possessor bought the firm. A planned, failed or hostile deal is none, nor a part of a firm.
 */
function relateDealNouns(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, DEAL_NOUN_CUES)) return relations;
  for (let i = 2; i < ctx.words.length - 2; i++) {
    if (!DEAL_NOUNS.has(ctx.words[i]!) || ctx.words[i + 1] !== "of") continue;
    let k = i - 1;
    while (
      i - 1 - k < MAX_DEAL_MODIFIERS &&
      k > 0 &&
      ctx.unitCovering[k]! < 0 &&
      (DEAL_MODIFIERS.has(ctx.words[k]!) || AMOUNT_RE.test(ctx.words[k]!))
    )
      k--;
    if (ctx.words.slice(k, i).some((word) => DEAL_HEDGES.has(word))) continue;
    // "Inbev has seen profits soar thanks to its acquisition of Ambev": "its" is the subject's.
    const buyer =
      ctx.words[k] === "its"
        ? findMainSubject(ctx)
        : isPossessiveMark(ctx.words[k])
          ? ctx.units[ctx.unitCovering[k - 1] ?? -1]
          : undefined;
    if (
      !buyer ||
      buyer.type !== "ORGANIZATION" ||
      buyer.isDemonym ||
      buyer.tokenEnd > k ||
      (ctx.words[k] !== "its" && buyer.tokenEnd !== k)
    )
      continue;
    const target = describedFirm(ctx, i + 2);
    if (!target || target.entity === buyer.entity) continue;
    // "Shell's purchase of Enterprise's assets": a part of the firm, not the firm.
    if (isPossessiveMark(ctx.words[target.tokenEnd])) continue;
    relations.push(
      makeRelation(
        ctx,
        buyer,
        target,
        "ACQUIRED",
        `${ctx.words[i]} of`,
        CONFIDENCE.deal,
        spanOf(ctx, buyer, target),
      ),
    );
  }
  return relations;
}

/** Whether a word in [from, to) says the part is no longer the firm's ("a former unit of"). */
function isPastPart(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (PAST_PART_WORDS.has(ctx.words[k]!)) return true;
  return false;
}

/**
 * The token of the part noun ("unit", "division", "arm") a few describing words from `at` lead
 * to: lower-case words, demonyms and, when `countries`, a country's name ("the US unit");
 * -1 when another word comes first.
 */
function partNounAt(ctx: SentenceContext, at: number, countries: boolean): number {
  let i = at;
  for (let skipped = 0; skipped < MAX_DESCRIPTOR_WORDS; skipped++) {
    if (FIRM_PART_NOUNS.has(ctx.words[i] ?? "")) return i;
    const unit = ctx.units[ctx.unitStartingAt[i] ?? -1];
    if (unit && (unit.isDemonym || (countries && unit.type === "COUNTRY"))) i = unit.tokenEnd;
    else if (ctx.unitCovering[i]! < 0 && LOWER_WORD_RE.test(ctx.words[i] ?? "")) i++;
    else return -1;
  }
  return FIRM_PART_NOUNS.has(ctx.words[i] ?? "") ? i : -1;
}

/**
 * "SpeechWorks, a division of ScanSoft", "Chrysler, the US unit of Germany's DaimlerChrysler": the
 * firm before the comma is part of the one after the part noun.
 */
function relatePartApposition(ctx: SentenceContext, part: Unit): ExtractedRelation[] {
  if (ctx.words[part.tokenEnd] !== ",") return [];
  let i = part.tokenEnd + 1;
  const from = i;
  if (DETERMINERS.has(ctx.words[i] ?? "")) i++;
  // "the US unit of", "the venture capital arm of", "the main unit of": a few describing words.
  i = partNounAt(ctx, i, true);
  if (i < 0 || ctx.words[i + 1] !== "of") return [];
  if (isPastPart(ctx, from, i)) return [];
  const whole = describedFirm(ctx, i + 2);
  if (!whole || whole.entity === part.entity || isPossessiveMark(ctx.words[whole.tokenEnd]))
    return [];
  return [
    makeRelation(
      ctx,
      part,
      whole,
      "PART_OF",
      `${ctx.words[i]} of`,
      CONFIDENCE.part,
      spanOf(ctx, part, whole),
    ),
  ];
}

/** "GM's European units Opel and Saab", "Yukos' subsidiary Yugansk": the firm's parts by name. */
function relatePossessiveParts(
  ctx: SentenceContext,
  whole: Unit,
  after = whole.tokenEnd + 1,
): ExtractedRelation[] {
  if (after === whole.tokenEnd + 1 && !isPossessiveMark(ctx.words[whole.tokenEnd])) return [];
  let i = after;
  const from = i;
  i = partNounAt(ctx, i, false);
  if (i < 0 || isPastPart(ctx, from, i)) return [];
  const relations: ExtractedRelation[] = [];
  const noun = ctx.words[i]!;
  // "units Opel and Saab": a plural part noun may name two parts; "GM's main European brands are
  // Opel and Vauxhall": a copula may stand between the noun and the names.
  let at = i + 1;
  if (noun.endsWith("s") && PART_LIST_COPULAS.has(ctx.words[at] ?? "")) at++;
  for (;;) {
    const part = organisationAt(ctx, at);
    if (!part || part.entity === whole.entity || isPossessiveMark(ctx.words[part.tokenEnd])) break;
    relations.push(
      makeRelation(ctx, part, whole, "PART_OF", noun, CONFIDENCE.part, spanOf(ctx, whole, part)),
    );
    if (
      !noun.endsWith("s") ||
      (ctx.words[part.tokenEnd] !== "and" && ctx.words[part.tokenEnd] !== ",")
    )
      break;
    at = part.tokenEnd + 1;
  }
  return relations;
}

/** Verbs that may list a firm's parts after their noun: "GM's brands are Opel and Vauxhall". */
const PART_LIST_COPULAS: ReadonlySet<string> = new Set(["are", "include"]);

/** Auxiliaries of "is working with", "have been working with". */
const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "been"]);

/** Most words between a pact-making verb and its noun: "signed a long-term oil supply deal with". */
const MAX_TIE_MODIFIERS = 4;

/** The firm that acts left of token `at`, when the clause states it plainly (no negation, no modal). */
function firmSubjectLeft(ctx: SentenceContext, at: number): Unit | undefined {
  const found = findSubjectLeft(ctx, at);
  if (!found || found.negated || found.hedged || found.pronoun || found.subjects.length !== 1)
    return undefined;
  const subject = found.subjects[0]!;
  return subject.type === "ORGANIZATION" && !subject.isDemonym ? subject : undefined;
}

/**
 * "HP was working with Nokia", "Sony teamed up with Philips", "BT signed a deal with Nokia",
 * "Air France formed an alliance with KLM": two firms that work together.
 */
function relateFirmTies(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, TIE_CUES)) return relations;
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.words[i] !== "with" || ctx.unitCovering[i]! >= 0) continue;
    let verb = -1;
    let predicate = "";
    const one = ctx.words[i - 1]!;
    const two = `${ctx.words[i - 2]} ${one}`;
    if (TIE_VERBS.has(one) || TIE_VERBS.has(two)) {
      verb = TIE_VERBS.has(one) ? i - 1 : i - 2;
      // "HP was working with Nokia": the progressive's auxiliary stands before the subject's gap.
      if (PROGRESSIVE_AUXILIARIES.has(ctx.words[verb - 1] ?? "")) verb--;
      predicate = `${TIE_VERBS.has(one) ? one : two} with`;
    } else if (TIE_NOUNS.has(one)) {
      // "signed a deal with", "formed a joint venture with": the pact's maker is the subject.
      let k = i - 2;
      while (k >= 0 && i - 2 - k < MAX_TIE_MODIFIERS && !TIE_MAKING_VERBS.has(ctx.words[k]!)) {
        if (ctx.unitCovering[k]! >= 0 || !LOWER_WORD_RE.test(ctx.words[k]!)) break;
        k--;
      }
      if (k < 0 || !TIE_MAKING_VERBS.has(ctx.words[k]!)) continue;
      verb = k;
      predicate = `${ctx.words[k]} … ${one} with`;
    } else continue;
    const subject = firmSubjectLeft(ctx, verb);
    // "Rosneft signed a long-term oil supply deal with China": a state may be the partner too.
    const partner = describedFirm(ctx, i + 1) ?? stateAt(ctx, i + 1);
    if (!subject || !partner || subject.entity === partner.entity) continue;
    if (isPossessiveMark(ctx.words[partner.tokenEnd])) continue;
    // "an agreement with GM to dissolve an alliance", "a deal with the SEC to settle": a parting.
    if (
      ctx.words[partner.tokenEnd] === "to" &&
      PARTING_PURPOSES.has(ctx.words[partner.tokenEnd + 1] ?? "")
    )
      continue;
    relations.push(
      makeRelation(
        ctx,
        subject,
        partner,
        "COOPERATES_WITH",
        predicate,
        CONFIDENCE.tie,
        spanOf(ctx, subject, partner),
      ),
    );
  }
  return relations;
}

/** The country named (not as a demonym) at token `at`, after any determiner. */
function stateAt(ctx: SentenceContext, at: number): Unit | undefined {
  const unit = ctx.units[ctx.unitStartingAt[ctx.words[at] === "the" ? at + 1 : at] ?? -1];
  return unit?.type === "COUNTRY" && !unit.isDemonym && !isModifier(ctx, unit) ? unit : undefined;
}

/**
 * The pact noun a pact-making verb at token `verb` makes, over an article and a few lower-case
 * modifiers ("agreed a five-year marketing deal"); -1 when none follows, or when the pact is a
 * takeover ("agreed a takeover deal") or an ending ("a deal to dissolve").
 */
function pactNounAfter(ctx: SentenceContext, verb: number): number {
  for (let i = verb + 1; i <= verb + 1 + MAX_TIE_MODIFIERS; i++) {
    const word = ctx.words[i] ?? "";
    if (ctx.unitCovering[i]! >= 0 || !LOWER_WORD_RE.test(word) || DEAL_NOUNS.has(word)) return -1;
    if (!TIE_NOUNS.has(word)) continue;
    const after = ctx.words[i + 1] === "to" ? (ctx.words[i + 2] ?? "") : "";
    return PARTING_PURPOSES.has(after) ? -1 : i;
  }
  return -1;
}

/**
 * "Acme and Vexacorp have agreed a deal to sell music", "Acme and Vexacorp formed an alliance":
 * firms named together as the makers of one pact work together. A pact "with" a partner is
 * relateFirmTies' reading; a hedged one ("could sign") is none yet.
 */
function relateJointPacts(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, PACT_NOUN_CUES)) return relations;
  for (let verb = 1; verb < ctx.words.length - 1; verb++) {
    if (!TIE_MAKING_VERBS.has(ctx.words[verb]!)) continue;
    const noun = pactNounAfter(ctx, verb);
    if (noun < 0 || ctx.words[noun + 1] === "with") continue;
    const found = findSubjectLeft(ctx, verb);
    if (!found || found.hedged) continue;
    if (found.subjects.some((unit) => unit.type !== "ORGANIZATION" || unit.isDemonym)) continue;
    const predicate = `${ctx.words[verb]} … ${ctx.words[noun]}`;
    relations.push(...relatePairs(ctx, verb, "COOPERATES_WITH", predicate, CONFIDENCE.tie));
  }
  return relations;
}

/** "2" in "Xbox 2", "360" in "Xbox 360": a model number after a product's name. */
const MODEL_NUMBER_RE = /^\d{1,4}$/;
/** Words between "its" and its product: "its new Xbox console", "its latest Windows software". */
const PRODUCT_LEADS: ReadonlySet<string> = new Set(["new", "latest", "own", "popular", "flagship"]);

/** Types the recogniser gives a product's name a product noun follows: "the Krellix robot". */
const PRODUCT_TYPES: ReadonlySet<string> = new Set(["ORGANIZATION", "OTHER", "PLACE"]);
/** Words after which a firm's name opens a clause as its subject: "… that Acme may unveil". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ",",
  "that",
  "and",
  "but",
  "while",
  "because",
  "as",
  "when",
  "if",
  "although",
  "soon",
  "said",
  "says",
]);
/** Words that open a firm's verb group right after its name: "Acme may", "Acme is", "Acme has". */
const VERB_GROUP_OPENERS: ReadonlySet<string> = new Set([
  ...MODALS,
  ...BE_FORMS,
  "has",
  "have",
  "had",
]);

/**
 * Whether a firm's unit is the subject of a clause inside the sentence: "… speculation that Acme
 * may unveil", "… because soon Acme is expected to release": a clause's opening word before the
 * name, a verb group's first word after it.
 */
function isClauseSubject(ctx: SentenceContext, unit: Unit): boolean {
  const before = ctx.words[unit.tokenStart - 1];
  return (
    (before === undefined || CLAUSE_OPENERS.has(before)) &&
    VERB_GROUP_OPENERS.has(ctx.words[unit.tokenEnd] ?? "")
  );
}

/**
 * "Microsoft will replace power cables for its Xbox consoles": the firm the clause is about
 * makes the product "its" names. The firm is the nearest firm before "its" and the sentence's
 * subject (or `maker`, a unit standing for it: "It launched its DS handheld"); the product is
 * OTHER, or a name a product noun or a model number follows. The subject of a clause within the
 * sentence makes its product too ("… speculation that Acme may unveil its Vexa handset"), and so
 * does a `maker` given, when a product noun or a model number follows the name: such a reading
 * rests on more guessing.
 */
export function relateOwnProducts(ctx: SentenceContext, maker?: Unit): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, ITS_CUES)) return relations;
  const subject = maker ?? findMainSubject(ctx);
  for (let i = 1; i < ctx.words.length - 1; i++) {
    if (ctx.words[i] !== "its") continue;
    // The nearest firm before "its" must be the subject: "Sony said Nokia … its phones" is Nokia's.
    const nearest = ctx.units.findLast(
      (unit) => unit.tokenEnd <= i && unit.type === "ORGANIZATION" && !unit.isDemonym,
    );
    if (!nearest) continue;
    const isSubject = subject?.type === "ORGANIZATION" && nearest.entity === subject.entity;
    if (!isSubject && (maker || !isClauseSubject(ctx, nearest))) continue;
    const needsCue = maker !== undefined || !isSubject;
    let at = i + 1;
    if (PRODUCT_LEADS.has(ctx.words[at] ?? "")) at++;
    const product = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (!product || product.entity === nearest.entity || product.isDemonym) continue;
    const tail = ctx.words[product.tokenEnd] ?? "";
    const last = ctx.words[product.tokenEnd - 1] ?? "";
    const cued =
      PRODUCT_TAIL_WORDS.has(tail) || PRODUCT_HEADS.has(tail) || MODEL_NUMBER_RE.test(tail);
    // "its latest Krellix software": a name a product noun follows may have been read as a place.
    const isProduct = needsCue
      ? cued && PRODUCT_TYPES.has(product.type)
      : product.type === "OTHER" || (product.type === "ORGANIZATION" && cued);
    const isOther = (word: string) =>
      NON_PRODUCT_TAILS.has(word) || OWNED_NON_PRODUCT_WORDS.has(word);
    if (!isProduct || isOther(tail) || isOther(last)) continue;
    relations.push(
      makeRelation(
        ctx,
        nearest,
        product,
        "PRODUCES",
        "its",
        CONFIDENCE.product,
        spanOf(ctx, nearest, product),
      ),
    );
  }
  return relations;
}

/** The firm patterns of one sentence. */
export function relateFirmPatterns(ctx: SentenceContext, isSport: boolean): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [
    ...relateDealNouns(ctx),
    ...relateFirmTies(ctx),
    ...relateJointPacts(ctx),
    ...relateOwnProducts(ctx),
  ];
  const namesRole = hasCue(ctx.words, FIELD_ROLE_CUES);
  const namesPart = hasCue(ctx.words, FIRM_PART_CUES);
  for (const unit of ctx.units) {
    if (unit.isDemonym) continue;
    if (unit.type === "PERSON" && namesRole)
      relations.push(
        ...relateFieldRoles(ctx, unit, isSport),
        ...relateFirmFieldRoles(ctx, unit, isSport),
      );
    if (unit.type === "ORGANIZATION" && namesPart)
      relations.push(...relatePartApposition(ctx, unit), ...relatePossessiveParts(ctx, unit));
  }
  // "DaimlerChrysler took a hit at its Japanese subsidiary Fuso": "its" is the sentence's firm.
  if (namesPart)
    ctx.words.forEach((word, at) => {
      const whole = word === "its" ? firmOfIts(ctx, at) : undefined;
      if (whole) relations.push(...relatePossessiveParts(ctx, whole, at + 1));
    });
  return relations;
}

/** "a takeover of", "Inbev's acquisition of". */
const DEAL_NOUN_CUES = cueClass(DEAL_NOUNS);
/** "teamed up with", "working with", "a deal with": a tie's verb or its pact's noun. */
const TIE_CUES = cueClass(
  Array.from(TIE_VERBS, (verb) => verb.split(" ")[0] ?? verb),
  TIE_NOUNS,
);
/** "formed an alliance", "agreed a deal": the pact's noun. */
const PACT_NOUN_CUES = cueClass(TIE_NOUNS);
/** "its Xbox consoles". */
const ITS_CUES = cueClass(["its"]);
/** "vice president of", "Microsoft security manager": a role's head a firm's field role may have. */
const FIELD_ROLE_CUES = cueClass(
  Object.entries(ROLE_RELATIONS)
    .filter(([, type]) => FIELD_ROLE_TYPES.has(type) || type === "COACHES")
    .map(([role]) => role.split(" ").at(-1) ?? role),
);
/** "a division of", "GM's European units", "its subsidiary Fuso": a part's noun. */
const FIRM_PART_CUES = cueClass(FIRM_PART_NOUNS);

/** Words before a medium that make a person its interviewee: "told the BBC", "speaking to Reuters". */
const INTERVIEW_LEADS: ReadonlySet<string> = new Set(["told", "telling", "tells"]);
/** Words before "to" that do the same: "speaking to the BBC", "talking to Reuters". */
const INTERVIEW_TO_LEADS: ReadonlySet<string> = new Set(["speaking", "talking", "spoke", "talked"]);
/** Two words before a medium that report a speaker in it: "quoted in China Daily", "in an interview with". */
const INTERVIEW_PAIRS: ReadonlySet<string> = new Set(["quoted in", "quoted by", "interview with"]);

/**
 * Whether a role relation joins a speaker to the medium they spoke to: "Mike McGuire, a research
 * director at Gartner, told the BBC News website" makes him no employee of the BBC, nor "X, a
 * spokesman for the ministry quoted in China Daily" a member of the paper. A medium's
 * possessive keeps its own staff: "speaking to the BBC's defence correspondent Paul Adams".
 */
export function isInterviewRole(
  contexts: readonly SentenceContext[],
  relation: ExtractedRelation,
): boolean {
  if (!ROLE_RELATION_TYPES.has(relation.type)) return false;
  const ctx = contexts.find((c) => c.sentence.index === relation.evidence.sentenceIndex);
  if (!ctx) return false;
  // "talking to Real Madrid sporting director Emilio Butragueno": the role after the medium is read.
  const speaker = ctx.units.find((unit) => unit.entity === relation.subject);
  return ctx.units.some((unit) => {
    if (unit.entity !== relation.object || isPossessiveMark(ctx.words[unit.tokenEnd])) return false;
    if (!speaker || speaker.tokenStart > unit.tokenStart) return false;
    let k = unit.tokenStart - 1;
    if (ctx.words[k] === "the") k--;
    const lead = ctx.words[k] ?? "";
    return (
      INTERVIEW_LEADS.has(lead) ||
      (lead === "to" && INTERVIEW_TO_LEADS.has(ctx.words[k - 1] ?? "")) ||
      INTERVIEW_PAIRS.has(`${ctx.words[k - 1]} ${lead}`)
    );
  });
}
