/** Sport and business patterns: roles at clubs and companies, matches won, companies bought, organisations founded. */

import { type EntityType, FORMER_ATTRIBUTE, type RelationType } from "../../domain/vocabulary.js";
import { lookupCity } from "../3-recognize/gazetteer/city-lookups.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import {
  CLUB_KEY_PREFIX,
  isSideKey,
  NATIONAL_SIDE_KEY_PREFIX,
} from "../3-recognize/sports-teams.js";
import { PAST_SUCCESSION_VERBS } from "../model/lexicons/appointment-cues.js";
import {
  APPOSITION_ENDS,
  RELATIVE_NOW_WORDS,
  RELATIVE_PRESENT_VERBS,
} from "../model/lexicons/apposition-cues.js";
import {
  FIRM_NAME_HEADS,
  GENERIC_HEADS,
  ORGANIZATION_HEADS,
} from "../model/lexicons/name-heads.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { HOPE_WORDS } from "../model/lexicons/result-cues.js";
import { DETERMINERS, MODALS, NEGATORS } from "../model/lexicons/sentence-words.js";
import {
  OTHER_RESULT_DETERMINERS,
  OWN_SIDE_BREAKS,
  RESULT_CLAUSE_BREAKS,
  RESULT_MEANS_WORDS,
} from "../model/lexicons/sport-cues.js";
import { HONORIFICS, TITLE_ROWS } from "../model/lexicons/titles-of-office.js";
import {
  ACQUIRE_VERBS,
  AGREED_ACQUIRE_VERBS,
  BRIEF_MODIFIERS,
  DEFEAT_GERUNDS,
  DEFEAT_INFINITIVES,
  DEFEAT_VERBS,
  DEPUTY_MODIFIERS,
  FOUND_VERBS,
  PARTY_OFFICE_MODIFIERS,
  PARTY_OFFICES,
  PARTY_SURFACE,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
  SPORT_ONLY_ROLES,
  SPORT_PLAYER_NOUNS,
  TAKEOVER_PHRASES,
} from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { relateDepartures } from "./departures.js";
import { describedFirm, isFieldWord } from "./firm-patterns.js";
import { relateRoleChanges } from "./role-changes.js";
import {
  fitsRole,
  MAX_ROLE_WORDS,
  partyRole,
  phraseHeads,
  roleBefore,
  TEAMS,
} from "./role-nouns.js";
import {
  coordinatedFrom,
  findMainSubject,
  hasWordBetween,
  isCompoundModifier,
  isPossessiveMark,
  LOWER_WORD_RE,
  lowerWordsEnd,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";
import { relateSportVerbs } from "./sport-verbs.js";
import { findSubjectLeft, isRelative } from "./verbs.js";

/** Words joining an apposition's role to its organisation: "head of", "analyst at". */
/** Most department words before a role in an apposition: "digital policy manager at". */
const MAX_FIELD_WORDS = 2;
const ROLE_LINKS: ReadonlySet<string> = new Set(["of", "at", "for", "with"]);
/** "Frank-Juergen Weise, head of …", "Parul Jain, an economist at …": articles before the role. */
const APPOSITION_SKIP: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their"]);
/** Words between a deal verb and its object that make it less than the whole company ("a 20% stake in"). */
const PART_WORDS = /\b(stake|stakes|share|shares|assets|division|unit|plant|brand|rights)\b/;
/** Auxiliaries of a passive ("was bought by", "were beaten by"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "were",
  "been",
  "being",
  "is",
  "are",
]);
/** Who plays a match: people, clubs, and sides named by their country or town. */
const SIDES: readonly EntityType[] = ["ORGANIZATION", "COUNTRY", "PLACE", "PERSON"];

const CONFIDENCE = { role: 0.8, apposition: 0.75, verb: 0.7 } as const;

const TAKEOVER_PHRASE_HEADS = phraseHeads(TAKEOVER_PHRASES);

/** The capitalised words of a name, hyphenated parts apart: "World", "Anti", "Doping", "Agency". */
const NAME_WORD_RE = /\p{Lu}[\p{L}]*/gu;

/**
 * Whether "( X )" ends at token `end` and X is the initials of the unit before it: "World
 * Anti-Doping Agency (WADA)"; "Rugby Football Union (HKRFU)" names a body the unit only ends.
 */
function isShortFormAt(ctx: SentenceContext, end: number): boolean {
  if (ctx.words[end - 1] !== ")" || ctx.words[end - 3] !== "(") return false;
  const named = ctx.units[ctx.unitCovering[end - 4] ?? -1];
  if (!named || named.tokenEnd !== end - 3) return false;
  const initials = (ctx.text.slice(named.start, named.end).match(NAME_WORD_RE) ?? [])
    .map((word) => word[0])
    .join("");
  return initials.length > 1 && initials === ctx.sentence.tokens[end - 2]?.text.toUpperCase();
}

/** The organisation unit that ends right before token `at` ("Chelsea" or "Chelsea's"), title qualifiers included. */
function organisationEndingAt(ctx: SentenceContext, person: Unit, at: number): Unit | undefined {
  let end = at;
  if (isPossessiveMark(ctx.words[end - 1])) end--;
  // "World Anti-Doping Agency (WADA) chief Dick Pound": the name's short form between name and role.
  if (isShortFormAt(ctx, end)) end -= 3;
  const inner = person.inner.find((unit) => unit.tokenEnd === end);
  if (inner) return inner;
  const index = ctx.unitCovering[end - 1];
  return index !== undefined && index >= 0 ? ctx.units[index] : undefined;
}

/** "Tory shadow chancellor Oliver Letwin": a party, an office held for it, the holder. */
function relatePartyOffice(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  // "Conservative shadow home secretary David Davis": a title of office is the office itself.
  const titled = person.tokenStart < person.nameStart;
  const end = titled ? person.tokenStart : person.nameStart;
  if (!titled && !PARTY_OFFICES.has(ctx.words[end - 1] ?? "")) return [];
  let start = titled ? end : end - 1;
  while (
    start > 0 &&
    end - start < MAX_ROLE_WORDS &&
    ctx.unitCovering[start - 1]! < 0 &&
    PARTY_OFFICE_MODIFIERS.has(ctx.words[start - 1]!)
  )
    start--;
  const party = organisationEndingAt(ctx, person, start);
  if (
    !party ||
    party.type !== "ORGANIZATION" ||
    party.entity === person.entity ||
    !PARTY_SURFACE.test(ctx.text.slice(party.start, party.end))
  )
    return [];
  return [
    makeRelation(
      ctx,
      person,
      party,
      "MEMBER_OF",
      ctx.words.slice(start, person.nameStart).join(" "),
      CONFIDENCE.role,
      spanOf(ctx, party, person),
    ),
  ];
}

/** "Barcelona star Ronaldinho" in a sports story: a player's noun ending at token `end`. */
function sportPlayerBefore(ctx: SentenceContext, end: number, story: StoryView) {
  const head = ctx.words[end - 1] ?? "";
  if (!story.isSport || !SPORT_PLAYER_NOUNS.has(head)) return undefined;
  return { type: "PLAYS_FOR" as const, start: end - 1, role: head };
}

/** "Arsenal manager Arsene Wenger", "BA chief executive Rod Eddington": organisation, role, person. */
function relateRolesBefore(
  ctx: SentenceContext,
  person: Unit,
  story: StoryView,
): ExtractedRelation[] {
  // "Manchester United manager Sir Alex Ferguson": a form of address between role and name.
  const honorific = ctx.words[person.nameStart - 1] ?? "";
  const end =
    person.tokenStart === person.nameStart &&
    HONORIFICS.has(honorific) &&
    // "Carnegie Mellon professor Raj Reddy": the word is the role itself.
    !ROLE_RELATIONS[honorific]
      ? person.nameStart - 1
      : person.nameStart;
  const role =
    roleBefore(ctx, end, Math.min(end, person.tokenStart)) ?? sportPlayerBefore(ctx, end, story);
  if (!role) return relatePartyOffice(ctx, person);
  const organisation =
    organisationEndingAt(ctx, person, role.start) ?? coordinatedBody(ctx, role.start, role.type);
  if (!organisation || organisation.entity === person.entity) return [];
  // "Burnley boss Steve Cotterill", "Wales boss John Toshack": a side's boss is its manager.
  const type =
    role.type === "LEADER_OF" &&
    story.isSport &&
    ctx.words[role.start] === "boss" &&
    isBossedSide(ctx, organisation, story)
      ? "COACHES"
      : role.type;
  if (!fitsRole(type, organisation)) return [];
  // "Swiss star Roger Federer": a nationality, which names no side a star plays for.
  if (organisation.isDemonym && SPORT_PLAYER_NOUNS.has(role.role)) return [];
  // "Bath and England centre Mike Tindall": a side's role both sides share; the evidence starts
  // at the first, so that "former Spurs and England defender X" makes both roles past.
  const partner =
    story.isSport && (type === "PLAYS_FOR" || type === "COACHES")
      ? sidePartner(ctx, organisation)
      : undefined;
  const span = spanOf(ctx, partner ?? organisation, person);
  return [organisation, ...(partner ? [partner] : [])].map((side) =>
    makeRelation(ctx, person, side, partyRole(ctx, type, side), role.role, CONFIDENCE.role, span),
  );
}

/**
 * Whether a sports story's boss of an organisation manages it as a side: a listed or unlisted
 * club, or a national side named by its country or a town ("Wales boss X"), not a nationality.
 */
function isBossedSide(ctx: SentenceContext, organisation: Unit, story: StoryView): boolean {
  if (organisation.type === "COUNTRY" || organisation.type === "PLACE")
    return !organisation.isDemonym;
  return isSideKey(story.keys[organisation.entity]) || isUnlistedSide(ctx, organisation, story);
}

/**
 * Whether an organisation a sports story names may be an unlisted club ("Burnley", "Hearts",
 * "Tigers"): no list knows it and its name has no head of another body ("Federation", "Group").
 */
function isUnlistedSide(ctx: SentenceContext, organisation: Unit, story: StoryView): boolean {
  const key = story.keys[organisation.entity] ?? "";
  if (organisation.type !== "ORGANIZATION" || findEntryByKey(key) !== undefined) return false;
  if (key.includes(":")) return false;
  const words = ctx.text.slice(organisation.start, organisation.end).split(" ");
  return !words.some(
    (word) => ORGANIZATION_HEADS.has(word) || FIRM_NAME_HEADS.has(word) || GENERIC_HEADS.has(word),
  );
}

/** Office roles a body's staff hold, which one possessive may give two people. */
const OFFICE_ROLE_TYPES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "WORKS_FOR"]);

/**
 * "Deutsche's chairman Rolf Breuer and chief executive Werner Seifert": an office role after "and"
 * and the person before it belongs to the body that person's own office role names.
 */
function coordinatedBody(ctx: SentenceContext, at: number, type: RelationType): Unit | undefined {
  if (!OFFICE_ROLE_TYPES.has(type) || ctx.words[at - 1] !== "and") return undefined;
  const first = ctx.units[ctx.unitCovering[at - 2] ?? -1];
  if (!first || first.type !== "PERSON" || first.isDemonym || first.tokenEnd !== at - 1)
    return undefined;
  const role = roleBefore(ctx, first.nameStart, Math.min(first.nameStart, first.tokenStart));
  if (!role || !OFFICE_ROLE_TYPES.has(role.type)) return undefined;
  const body = organisationEndingAt(ctx, first, role.start);
  return body?.type === "ORGANIZATION" && !body.isDemonym ? body : undefined;
}

/** The side coordinated before the side a player's or a coach's role names: "Bath" in "Bath and England centre X". */
function sidePartner(ctx: SentenceContext, side: Unit): Unit | undefined {
  if (ctx.words[side.tokenStart - 1] !== "and") return undefined;
  const partner = ctx.units[ctx.unitCovering[side.tokenStart - 2] ?? -1];
  if (!partner || partner.isDemonym || !TEAMS.includes(partner.type)) return undefined;
  if (partner.entity === side.entity || isPossessiveMark(ctx.words[partner.tokenEnd]))
    return undefined;
  return partner;
}

/**
 * Most lower-case words that may describe an organisation before its name: "from the campaign
 * group Fathers 4 Justice", "bought medical technology firm Guidant".
 */
const MAX_DESCRIPTOR_WORDS = 3;

/** Inhabitants from which a name that GeoNames knows as a town is read as one ("of Burnley"). */
const MIN_TOWN_POPULATION = 10_000;
/** Links of a speaker's apposition: "from the PCS union", "of the British Lung Foundation", "for the Tories". */
const SPEAKER_LINKS: ReadonlySet<string> = new Set(["from", "of", "for"]);
/** Tokens that close an "of"/"for" apposition right after its organisation ("…, of the Lung Foundation, said"). */
const SPEAKER_CLOSERS: ReadonlySet<string> = new Set([",", ")", "said", "says", "told", "added"]);

/**
 * "Mark Serwotka, from the Public and Commercial Services union", "Ann Kerr, of the Lung Trust,
 * said", "Vince Cable, for the Liberal Democrats, said": an apposition naming whom the person
 * speaks for. "Of" and "for" count only when the apposition closes after the organisation
 * ("Ann Kerr, of the Lung Trust's board" and "X, for the first time" are other phrases).
 */
function relateFromApposition(
  ctx: SentenceContext,
  person: Unit,
  story: StoryView,
): ExtractedRelation[] {
  // "said Anthony Pratt from JD Power", "Alex Potter at Lehman Brothers said": no comma, but a
  // verb of saying next to the pair makes the phrase the speaker's affiliation.
  const isBare = BARE_SPEAKER_LINKS.has(ctx.words[person.tokenEnd] ?? "");
  const link = ctx.words[person.tokenEnd + (isBare ? 0 : 1)] ?? "";
  // "said Jo Reed, at Futurelab.": "at" after the comma only where the pair attributes a quote.
  const isSpeakerAt = !isBare && link === "at";
  if (!isBare && (ctx.words[person.tokenEnd] !== "," || !(SPEAKER_LINKS.has(link) || isSpeakerAt)))
    return [];
  let i = person.tokenEnd + (isBare ? 1 : 2);
  if (ctx.words[i] === "the") i++;
  i = lowerWordsEnd(ctx, i, MAX_DESCRIPTOR_WORDS);
  let organisation = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (!organisation || organisation.type !== "ORGANIZATION" || organisation.isDemonym) return [];
  // "Richard Doherty, from Panasonic's Hollywood Laboratories,": the unit the firm's name opens.
  if (isPossessiveMark(ctx.words[organisation.tokenEnd])) {
    const unit = ctx.units[ctx.unitStartingAt[organisation.tokenEnd + 1] ?? -1];
    if (!unit || unit.type !== "ORGANIZATION" || unit.isDemonym) return [];
    organisation = unit;
  }
  if (organisation.entity === person.entity || isPossessiveMark(ctx.words[organisation.tokenEnd]))
    return [];
  // "Roy Tansley, from Derby": a club named by its town says where the person is from.
  if (isSideKey(story.keys[organisation.entity])) return [];
  if (isBare && !isQuotedAffiliation(ctx, person, organisation)) return [];
  if (isSpeakerAt && !isSpeakerAffiliation(ctx, person, organisation)) return [];
  // "Motorcycle racer, Roy Tansley, from Derby developed…": a town's name after "from" says where
  // the person is from, unless the phrase attributes a quote ("Jo Reed, from Halifax, said").
  if (
    link === "from" &&
    !isBare &&
    lookupCity(ctx.text.slice(organisation.start, organisation.end), MIN_TOWN_POPULATION) &&
    !isSpeakerAffiliation(ctx, person, organisation)
  )
    return [];
  if (link !== "from") {
    // "Tony Hale, of Burnley, said": a town's name says where the person lives.
    if (lookupCity(ctx.text.slice(organisation.start, organisation.end), MIN_TOWN_POPULATION))
      return [];
    // "of the Evening Standard newspaper,": one lower-case noun may end the phrase.
    let end = organisation.tokenEnd;
    if (LOWER_WORD_RE.test(ctx.words[end] ?? "") && ctx.unitCovering[end]! < 0) end++;
    if (!isBare && !isSpeakerAt && !SPEAKER_CLOSERS.has(ctx.words[end] ?? "")) return [];
  }
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      partyRole(ctx, "WORKS_FOR", organisation),
      link,
      CONFIDENCE.apposition,
      spanOf(ctx, person, organisation),
    ),
  ];
}

/** Links of a speaker's affiliation without a comma: "said Ben Coppin from Envisional", "analyst Alex Potter at Nomura". */
const BARE_SPEAKER_LINKS: ReadonlySet<string> = new Set(["from", "at"]);
/** Verbs of saying that open or close a quote's attribution. */
const SAYING_VERBS: ReadonlySet<string> = new Set(["said", "says", "told", "added", "explained"]);
/** Tokens that may end the sentence or clause right after a bare affiliation. */
const AFFILIATION_ENDS: ReadonlySet<string> = new Set([".", ",", ":", ";"]);
/** Lower-case role words between a verb of saying and its speaker: "said senior analyst Alex Potter". */
const MAX_SPEAKER_ROLE_WORDS = 3;

/**
 * Whether "person from/at organisation" is a quote's attribution: the organisation (and one
 * organisation noun: "the Filt union") ends the clause, and a verb of saying comes right before
 * the person (its role words skipped) or right after the organisation. "sign Ashley Cole from
 * Arsenal", "said Tony Blair at the EU summit" are other phrases.
 */
function isQuotedAffiliation(ctx: SentenceContext, person: Unit, organisation: Unit): boolean {
  let end = organisation.tokenEnd;
  if (ORGANIZATION_NOUNS.has(ctx.words[end] ?? "")) end++;
  const after = ctx.words[end];
  if (after !== undefined && SAYING_VERBS.has(after)) return true;
  // '"It works," Kirsten Pfeifer from the CEA, told the BBC': the verb after a closing comma.
  if (after === "," && SAYING_VERBS.has(ctx.words[end + 1] ?? "")) return true;
  if (after !== undefined && !AFFILIATION_ENDS.has(after)) return false;
  // "According to Benoit Joly from telecoms firm Thales, …": the phrase attributes a claim.
  if (ctx.words[person.tokenStart - 1] === "to" && ctx.words[person.tokenStart - 2] === "according")
    return true;
  let before = person.tokenStart - 1;
  for (let skipped = 0; skipped < MAX_SPEAKER_ROLE_WORDS && before >= 0; skipped++, before--) {
    const word = ctx.words[before]!;
    if (SAYING_VERBS.has(word)) break;
    if (ctx.unitCovering[before]! >= 0 || !LOWER_WORD_RE.test(word)) return false;
  }
  return before >= 0 && SAYING_VERBS.has(ctx.words[before]!);
}

/**
 * Whether "person, from organisation" attributes a quote: a verb of saying right after the
 * organisation, its closing comma skipped ("Jo Reed, from Halifax, said"), or the bare
 * attribution's cues ("said Jo Reed, from Halifax.").
 */
function isSpeakerAffiliation(ctx: SentenceContext, person: Unit, organisation: Unit): boolean {
  let end = organisation.tokenEnd;
  if (ctx.words[end] === ",") end++;
  return SAYING_VERBS.has(ctx.words[end] ?? "") || isQuotedAffiliation(ctx, person, organisation);
}

/** Most lower-case words of a description coordinated before a role: "civil rights activist and". */
const MAX_COORDINATED_WORDS = 3;

/**
 * Where the role of an apposition starts when a description is coordinated before it ("a
 * barrister and chairman of …", "president and chief executive of …"): after the "and", if the
 * words before it are lower-case and no name; else `at` itself.
 */
function coordinatedRoleStart(ctx: SentenceContext, at: number): number {
  for (let k = at; k < ctx.words.length && k - at <= MAX_COORDINATED_WORDS; k++) {
    const word = ctx.words[k]!;
    if (word === "and") return k > at ? k + 1 : at;
    if (ctx.unitCovering[k]! >= 0 || !LOWER_WORD_RE.test(word)) return at;
  }
  return at;
}

/**
 * Where an apposition after the comma at token `comma` starts: right after it (past a "now"), or
 * after a present relative clause's "who is" ("Peter Nash, who is UKIP Wales chairman,"), which states the same
 * role. A past "who was" is left: the role may be over.
 */
function appositionStart(ctx: SentenceContext, comma: number): number {
  let i = comma + 1;
  // "Ann Kerr, now Veritas deputy leader,": the word keeps the role current as after "who is".
  if (RELATIVE_NOW_WORDS.has(ctx.words[i] ?? "")) return i + 1;
  if (ctx.words[i] !== "who" || !RELATIVE_PRESENT_VERBS.has(ctx.words[i + 1] ?? "")) return i;
  i += 2;
  if (RELATIVE_NOW_WORDS.has(ctx.words[i] ?? "")) i++;
  return i;
}

/**
 * Where a country or a region naming the market of a role ends, if one starts at token `at`: "UK"
 * in "UK economist for", "Asia" in "chief Asia economist at"; `at` itself otherwise.
 */
function marketEnd(ctx: SentenceContext, at: number): number {
  const unit = ctx.units[ctx.unitStartingAt[at] ?? -1];
  return unit && (unit.type === "COUNTRY" || unit.type === "PLACE") ? unit.tokenEnd : at;
}

/** "Frank-Juergen Weise, head of the Federal Labour Agency", "said Junya Tanase of JPMorgan Chase". */
function relateRolesAfter(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  let i = person.tokenEnd;
  let role: { type: RelationType; role: string } | undefined;
  if (ctx.words[i] === ",") {
    i = appositionStart(ctx, i);
    while (APPOSITION_SKIP.has(ctx.words[i] ?? "")) i++;
    i = coordinatedRoleStart(ctx, i);
    // "Julie Howell, digital policy manager at the RNIB": department words before the role.
    // "Nick Ross, deputy labs editor at PC Pro": a role's modifiers may open the phrase.
    let fieldStart = i;
    while (fieldStart - i < MAX_ROLE_WORDS && ROLE_MODIFIERS.has(ctx.words[fieldStart] ?? ""))
      fieldStart++;
    // "Paul Hale, UK economist for Nordbank", "chief Asia economist at": the market a role
    // covers stands as its field does.
    const market = marketEnd(ctx, fieldStart);
    let fieldEnd = market;
    while (fieldEnd - market < MAX_FIELD_WORDS && isFieldWord(ctx, fieldEnd)) fieldEnd++;
    if (fieldEnd === fieldStart) fieldEnd = i;
    let end = fieldEnd;
    while (
      end < ctx.words.length &&
      end - fieldEnd < MAX_ROLE_WORDS &&
      ctx.unitCovering[end]! < 0
    ) {
      const word = ctx.words[end]!;
      if (!ROLE_MODIFIERS.has(word) && !ROLE_RELATIONS[word]) break;
      end++;
    }
    const found = end > fieldEnd ? roleBefore(ctx, end) : undefined;
    if (!found) return [];
    // Heading a department is working for the whole: "policy head at" works for it. The
    // department words only count when an organisation's link follows the role.
    if (fieldEnd > i && !ROLE_LINKS.has(ctx.words[end] ?? "")) return [];
    role =
      fieldEnd > i && found.type === "LEADER_OF"
        ? { ...found, type: "WORKS_FOR", role: ctx.words.slice(i, end).join(" ") }
        : fieldEnd > i
          ? { ...found, role: ctx.words.slice(i, end).join(" ") }
          : found;
    i = end;
  }
  const link = ctx.words[i];
  // "Suhas Naik, an investment analyst from ING": a job's "from" names the employer; a player's
  // ("a midfielder from Brazil") names where he comes from.
  const isJobFrom = link === "from" && (role?.type === "WORKS_FOR" || role?.type === "LEADER_OF");
  if (link === undefined || (!ROLE_LINKS.has(link) && !isJobFrom)) return [];
  // Without a role, only "of" joins a person to an organisation ("Junya Tanase of JPMorgan").
  if (!role && link !== "of") return [];
  // "spokesman for anti-virus firm Sophos", "editor of gadget magazine Stuff": a described firm.
  // "said Ann Kerr of the Swiss research group Quorbit": a demonym opens the firm's description,
  // no employer itself.
  const after = unitAfter(ctx, i + 1);
  const organisation =
    after && !after.isDemonym
      ? after
      : role || after?.isDemonym
        ? describedFirm(ctx, i + 1)
        : undefined;
  const type = role?.type ?? "WORKS_FOR";
  if (!organisation || organisation.entity === person.entity || !fitsRole(type, organisation))
    return [];
  // "head of the Federal Labour Agency's unit": the organisation must end the phrase.
  if (isPossessiveMark(ctx.words[organisation.tokenEnd])) return [];
  // "a business adviser from Swansea": a town's name says where the person is from.
  if (
    isJobFrom &&
    lookupCity(ctx.text.slice(organisation.start, organisation.end), MIN_TOWN_POPULATION)
  )
    return [];
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      partyRole(ctx, type, organisation),
      role ? `${role.role} ${link}` : link,
      CONFIDENCE.apposition,
      spanOf(ctx, person, organisation),
    ),
  ];
}

/** The verb's relation, whether two tokens make it ("took over"), and the types it joins. */
function verbAt(
  ctx: SentenceContext,
  i: number,
): { type: RelationType; width: number; subjects: readonly EntityType[] } | undefined {
  const word = ctx.words[i]!;
  const next = ctx.words[i + 1];
  if (DEFEAT_VERBS.has(word)) return { type: "DEFEATED", width: 1, subjects: SIDES };
  // "SBC has agreed to buy AT&T": a deal the firms agreed, read from "agreed"'s subject.
  if (AGREED_ACQUIRE_VERBS.has(word) && isAgreedTo(ctx, i))
    return { type: "ACQUIRED", width: 1, subjects: ["ORGANIZATION"] };
  if (ACQUIRE_VERBS.has(word)) return { type: "ACQUIRED", width: 1, subjects: ["ORGANIZATION"] };
  if (
    next !== undefined &&
    TAKEOVER_PHRASE_HEADS.has(word) &&
    TAKEOVER_PHRASES.has(`${word} ${next}`)
  )
    return { type: "ACQUIRED", width: 2, subjects: ["ORGANIZATION"] };
  if (FOUND_VERBS.has(word)) return { type: "FOUNDED", width: 1, subjects: ["PERSON"] };
  return undefined;
}

/** Whether "agreed to" (or "agrees to") stands right before token `i`. */
function isAgreedTo(ctx: SentenceContext, i: number): boolean {
  return ctx.words[i - 1] === "to" && AGREED_WORDS.has(ctx.words[i - 2] ?? "");
}
/** "has agreed to buy", and the announced plan "Federated is to buy May Stores". */
const AGREED_WORDS: ReadonlySet<string> = new Set(["agreed", "agrees", "is", "are"]);

const OBJECTS: Readonly<Partial<Record<RelationType, readonly EntityType[]>>> = {
  DEFEATED: SIDES,
  ACQUIRED: ["ORGANIZATION"],
  FOUNDED: ["ORGANIZATION"],
};

/** Nouns of a match result: "a 6-3 win over Nuremberg" (the winner named first), "defeat by Wigan" (the loser). */
const WIN_NOUNS: ReadonlySet<string> = new Set(["win", "victory", "triumph", "wins", "victories"]);
/** "a 3-0 win over Fulham", "victory against Italy": the loser after the win. */
const WIN_LINKS: ReadonlySet<string> = new Set(["over", "against"]);
const LOSS_NOUNS: ReadonlySet<string> = new Set(["defeat", "loss", "defeats", "losses"]);
/** A result's noun: "a win over Leeds", "their defeat at the hands of Sevilla". */
const RESULT_NOUN_CUES = cueClass(WIN_NOUNS, LOSS_NOUNS);
/** "beat", "beating", "to defeat": a scored result's verb. */
const DEFEAT_CUES = cueClass(DEFEAT_VERBS, DEFEAT_GERUNDS, DEFEAT_INFINITIVES);
/** "lost to", and the verbs `verbAt` reads: matches, takeovers and foundings. */
const DEAL_AND_MATCH_CUES = cueClass(
  ["lost"],
  DEFEAT_VERBS,
  AGREED_ACQUIRE_VERBS,
  ACQUIRE_VERBS,
  TAKEOVER_PHRASE_HEADS,
  FOUND_VERBS,
);
/** "defeat at Newcastle" names the ground, not the winner. */
const LOSS_LINKS: ReadonlySet<string> = new Set(["to", "by", "against"]);
/** Words that may stand between a side and its result noun: "Bayern's easy 6-3 win", "England's first victory". */
const RESULT_GAP = 6;
/** Words that end the clause a result noun belongs to: its side is not before them. */
const RESULT_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "said",
  "says",
  "but",
  "and",
  "after",
  "before",
  "when",
  "while",
  "which",
  "who",
  "that",
  "since",
  "against",
  "over",
  "to",
  "by",
  "than",
  // "Robinson was hurt in the defeat to Ireland": a player in a match is not its side.
  "in",
  "during",
  "at",
  "of",
  "if",
  "would",
  "could",
  "will",
  "may",
  "might",
  "need",
  "needs",
  "hope",
  "hopes",
  "want",
  "wants",
  "not",
  "no",
]);
/** Whether "at the hands of" starts at token `at`. */
function isAtTheHandsOf(ctx: SentenceContext, at: number): boolean {
  return (
    ctx.words[at] === "at" &&
    ctx.words[at + 1] === "the" &&
    ctx.words[at + 2] === "hands" &&
    ctx.words[at + 3] === "of"
  );
}

/** A score: "6-3", or "6 - 3" as three tokens. */
const SCORE_RE = /^(\d{1,3})-(\d{1,3})$/;

/**
 * The side a result noun at `at` belongs to: the nearest name before it in the same clause, when
 * it is the sentence's subject or a possessive ("Chelsea's 2-0 win over Arsenal", "Bayern Munich
 * entertained their fans with an easy 6-3 win over Nuremberg").
 */
function resultHolder(ctx: SentenceContext, at: number): Unit | undefined {
  for (let j = at - 1; j >= 0 && at - j <= RESULT_GAP + 8; j--) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      if (unit.isDemonym || !SIDES.includes(unit.type)) return undefined;
      const possessive = isPossessiveMark(ctx.words[unit.tokenEnd]);
      if (possessive && at - unit.tokenEnd <= RESULT_GAP) return unit;
      // The sentence's subject: nothing but the name before it.
      if (unit.tokenStart === 0 && !possessive) return unit;
      return undefined;
    }
    if (RESULT_BREAKS.has(ctx.words[j]!)) return undefined;
  }
  return undefined;
}

/** Nouns after a possessive that still name the side itself: "a win over Wales' second string". */
const OWN_SIDE_NOUNS: ReadonlySet<string> = new Set(["side", "team", "xv", "reserves", "second"]);

/**
 * The other side of a result noun: "a win over Wales". "a win over Cameroon's Cotonsport Garoua"
 * names the club the country owns, not the country: a possessive names the side only when a player
 * or a club follows it, or a word for the side itself.
 */
function resultObject(ctx: SentenceContext, unit: Unit | undefined): Unit | undefined {
  if (!unit || unit.isDemonym || !isPossessiveMark(ctx.words[unit.tokenEnd]))
    return sideOf(ctx, unit);
  const named = ctx.units[ctx.unitStartingAt[unit.tokenEnd + 1] ?? -1];
  if (named && (named.type === "PERSON" || named.type === "ORGANIZATION")) return named;
  return OWN_SIDE_NOUNS.has(ctx.words[unit.tokenEnd + 1] ?? "") ? unit : undefined;
}

/** The winner DEFEATED the loser, when both are sides and not one entity. */
function defeated(
  ctx: SentenceContext,
  winner: Unit | undefined,
  loser: Unit | undefined,
  predicate: string,
): ExtractedRelation | undefined {
  if (!winner || !loser || winner.entity === loser.entity) return undefined;
  if (!SIDES.includes(winner.type) || !SIDES.includes(loser.type)) return undefined;
  return makeRelation(
    ctx,
    winner,
    loser,
    "DEFEATED",
    predicate,
    CONFIDENCE.verb,
    spanOf(ctx, winner, loser),
  );
}

/** Determiners that open a side's own result: "with a 3-0 win", "with their first win" (not "the win", anyone's). */
const OWN_RESULT_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "their", "its"]);
/** Most tokens between such a determiner and its result noun ("a hard-fought 21-15 Six Nations win"). */
const MAX_RESULT_DESCRIPTORS = 10;
/** Most tokens from a sentence's subject to its result's determiner. */
const MAX_SUBJECT_TO_RESULT = 20;

/**
 * The side that is the sentence's subject holds a result it got "with a 3-0 win over", "after a
 * victory over", "on the back of a win over": "Ireland kept their Grand Slam bid alive with a 19-12
 * victory over Scotland", "Hewitt warmed up for the Open with victory over Minar". In a sports
 * story a club or a national side; in any story a player over another player (a player in a team
 * sport does not beat the other side alone). Only in the subject's own clause.
 */
function subjectResultHolder(
  ctx: SentenceContext,
  at: number,
  other: Unit | undefined,
  isSport: boolean,
): Unit | undefined {
  // Back over the describing words ("an impressive 18-10 Six Nations win") to the determiner, if
  // any ("with victory over"), and the word before it.
  let j = at - 1;
  while (j >= 0 && at - j <= MAX_RESULT_DESCRIPTORS) {
    const word = ctx.words[j]!;
    const index = ctx.unitCovering[j]!;
    if (OWN_RESULT_DETERMINERS.has(word) || RESULT_MEANS_WORDS.has(word) || word === "of") break;
    // "after his win over", "the win over": someone else's result, or one the subject talks about.
    if (OTHER_RESULT_DETERMINERS.has(word)) return undefined;
    if (index >= 0 ? ctx.units[index]!.type !== "EVENT" : !RESULT_DESCRIPTOR_RE.test(word))
      return undefined;
    j--;
  }
  if (j < 1) return undefined;
  const linkAt = OWN_RESULT_DETERMINERS.has(ctx.words[j]!) ? j - 1 : j;
  const link = ctx.words[linkAt]!;
  const isBackOf = link === "of" && ctx.words[linkAt - 1] === "back";
  if (!RESULT_MEANS_WORDS.has(link) && !isBackOf) return undefined;
  // The sentence's subject: the name it opens with ("Scotland ended…"), not a possessive's owner.
  const main = ctx.units[ctx.unitStartingAt[0] ?? -1];
  if (!main || main.isDemonym || isPossessiveMark(ctx.words[main.tokenEnd])) return undefined;
  if (!SIDES.includes(main.type)) return undefined;
  // "Spain coach Jordi Arrese…", "Chelsea Ladies…": the name describes the subject, it is not it.
  const next = ctx.words[main.tokenEnd] ?? "";
  if (ROLE_RELATIONS[next] || ROLE_MODIFIERS.has(next) || ctx.unitStartingAt[main.tokenEnd]! >= 0)
    return undefined;
  const isPlayers = main.type === "PERSON" && other?.type === "PERSON";
  if (!isPlayers && (main.type === "PERSON" || !isSport)) return undefined;
  if (main.tokenEnd > linkAt || linkAt - main.tokenEnd > MAX_SUBJECT_TO_RESULT) return undefined;
  if (hasWordBetween(ctx, main.tokenEnd, linkAt, RESULT_CLAUSE_BREAKS)) return undefined;
  return main;
}
/** A word describing a result: "impressive", "first", "18-10", "second-half". */
const RESULT_DESCRIPTOR_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?|\d{1,3}-\d{1,3}|-)$/;

/** Words before a pronoun's result that make it hoped for, feared or denied: "will need their win". */
const UNREAL_OWNED_RESULT_WORDS: ReadonlySet<string> = new Set([
  ...MODALS,
  ...NEGATORS,
  ...HOPE_WORDS,
]);

/**
 * The side a result belongs to through a pronoun, in a sports story: "England, who have lost three
 * games in a row, wasted a lead in their 18-17 defeat to France" (the side the sentence opens
 * with), "Liverpool boss X was satisfied after his team's 3-1 win over Y" (the side whose post
 * introduces the subject), "X captained England to their win over Australia". No other side or
 * person may stand between the owner and the pronoun, nor a word that makes the result unreal.
 */
function pronounResultHolder(ctx: SentenceContext, at: number): Unit | undefined {
  let j = at - 1;
  while (j >= 1 && at - j <= MAX_RESULT_DESCRIPTORS) {
    const word = ctx.words[j]!;
    if (word === "their" || isPossessiveMark(word)) break;
    // "their hopes of a win over", "their display in the defeat": a phrase, not the result's owner.
    if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) return undefined;
    const index = ctx.unitCovering[j]!;
    if (index >= 0 ? ctx.units[index]!.type !== "EVENT" : !RESULT_DESCRIPTOR_RE.test(word))
      return undefined;
    j--;
  }
  const isTheir = ctx.words[j] === "their";
  // "his side's 3-2 victory": the person's own side.
  const pronoun = isTheir ? j : j - 2;
  if (!isTheir && !(OWN_SIDE_WORDS.has(ctx.words[j - 1] ?? "") && isHisOrHer(ctx.words[pronoun])))
    return undefined;
  const isTeam = (unit: Unit | undefined) =>
    unit !== undefined && !unit.isDemonym && TEAMS.includes(unit.type);
  // "captained England to their win": the side the result is led to.
  const led = ctx.units[ctx.unitCovering[pronoun - 2] ?? -1];
  if (isTheir && ctx.words[pronoun - 1] === "to" && isTeam(led) && led!.tokenEnd === pronoun - 1)
    return led;
  // "…by Liverpool, who followed up their derby defeat against Everton": the relative's side.
  const relative = [...ctx.units]
    .reverse()
    .find((unit) => unit.tokenEnd < pronoun && (isTeam(unit) || unit.type === "PERSON"));
  const isRelative =
    isTheir &&
    isTeam(relative) &&
    ctx.words[relative!.tokenEnd] === "," &&
    ctx.words[relative!.tokenEnd + 1] === "who";
  const main = isRelative ? relative : ctx.units[ctx.unitStartingAt[0] ?? -1];
  if (!main || !isTeam(main) || isPossessiveMark(ctx.words[main.tokenEnd])) return undefined;
  // "Liverpool boss Rafael Benitez": the side names the post of the person it introduces.
  const person = ctx.units[ctx.unitStartingAt[main.tokenEnd + 1] ?? -1];
  const hasPost =
    person?.type === "PERSON" && ROLE_RELATIONS[ctx.words[main.tokenEnd] ?? ""] !== undefined;
  if (!isTheir && !hasPost) return undefined;
  const from = hasPost ? person!.tokenEnd : main.tokenEnd;
  const between = ctx.units.some(
    (unit) =>
      unit.tokenStart >= from &&
      unit.tokenStart < pronoun &&
      (isTeam(unit) || unit.type === "PERSON"),
  );
  if (between || hasWordBetween(ctx, from, pronoun, UNREAL_OWNED_RESULT_WORDS)) return undefined;
  return main;
}

/** "his", "her": a person's possessive pronoun. */
function isHisOrHer(word: string | undefined): boolean {
  return word === "his" || word === "her";
}

/** "Chelsea's 2-0 win over Arsenal", "Leeds' defeat by Wigan", "Bayern Munich 3-0 Schalke". */
function relateResults(ctx: SentenceContext, isSport: boolean): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const push = (winner: Unit | undefined, loser: Unit | undefined, predicate: string) => {
    const relation = defeated(ctx, winner, loser, predicate);
    if (relation) relations.push(relation);
  };
  // Whose result the noun at `i` is, given the other side (defined once: a closure made per word
  // costs more than the word's check).
  const holder = (i: number, other: Unit | undefined) =>
    resultHolder(ctx, i) ??
    subjectResultHolder(ctx, i, other, isSport) ??
    (isSport ? pronounResultHolder(ctx, i) : undefined);
  const namesResult = hasCue(ctx.words, RESULT_NOUN_CUES);
  for (let i = 1; namesResult && i < ctx.words.length - 1; i++) {
    const word = ctx.words[i]!;
    const link = ctx.words[i + 1]!;
    if (WIN_NOUNS.has(word) && WIN_LINKS.has(link)) {
      const loser = resultObject(ctx, unitAfter(ctx, i + 2));
      push(holder(i, loser), loser, `${word} ${link}`);
    } else if (LOSS_NOUNS.has(word) && LOSS_LINKS.has(link)) {
      const winner = resultObject(ctx, unitAfter(ctx, i + 2));
      push(winner, holder(i, winner), `${word} ${link}`);
    } else if (LOSS_NOUNS.has(word) && isAtTheHandsOf(ctx, i + 1)) {
      // "a 1-0 defeat at the hands of Sevilla": the winner after the idiom, not a ground.
      const winner = resultObject(ctx, unitAfter(ctx, i + 5));
      push(winner, holder(i, winner), `${word} at the hands of`);
    }
  }
  // "Bayern Munich 3-0 Schalke": a result line names the winner by the higher score.
  for (const first of ctx.units) {
    const next = ctx.units.find(
      (unit) => unit.tokenStart > first.tokenEnd && unit.tokenStart <= first.tokenEnd + 3,
    );
    if (!next || first.tokenStart !== 0) continue;
    const score = SCORE_RE.exec(ctx.words.slice(first.tokenEnd, next.tokenStart).join(""));
    if (!score) continue;
    const [home, away] = [Number(score[1]), Number(score[2])];
    if (home > away) push(first, next, score[0]);
    else if (away > home) push(next, first, score[0]);
  }
  return relations;
}

/** Subject pronouns that open a new clause between a sentence's subject and a result verb. */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "who"]);
/** Most words between a result verb and its loser: "beat fourth seed Jiri Novak", "beating four-times finalist X". */
const MAX_LOSER_DESCRIPTORS = 4;
/** A describing token before a loser's name: "unseeded", "fourth", "four-times", "12th". */
const DESCRIPTOR_RE = /^([a-z][a-z-]*|\d+(st|nd|rd|th)?|\d+-[a-z]+)$/;

/** The token after a score at `at` ("6-3", or "6 - 3" as three tokens), or -1. */
function scoreEnd(ctx: SentenceContext, at: number): number {
  if (SCORE_RE.test(ctx.words[at] ?? "")) return at + 1;
  const three = ctx.words.slice(at, at + 3).join("");
  return SCORE_RE.test(three) ? at + 3 : -1;
}

/**
 * The loser a result verb's object names when a score follows it: "beat unseeded Brazilian Flavio
 * Saretta 6-3 6-2", "beating Elene Likhotseva of Russia 7-5 6-4". The score makes it a result, not
 * a hope ("hoping to beat X" names none).
 */
function scoredLoser(ctx: SentenceContext, at: number): Unit | undefined {
  let i = at;
  while (i - at < MAX_LOSER_DESCRIPTORS && ctx.unitStartingAt[i]! < 0) {
    const word = ctx.words[i] ?? "";
    if (!DETERMINERS.has(word) && !(DESCRIPTOR_RE.test(word) && !RESULT_BREAKS.has(word)))
      return undefined;
    i++;
  }
  const loser = sideOf(ctx, ctx.units[ctx.unitStartingAt[i] ?? -1]);
  if (!loser) return undefined;
  let end = loser.tokenEnd;
  // "Elene Likhotseva of Russia 7-5": the player's country before the score.
  if (ctx.words[end] === "of" && ctx.unitStartingAt[end + 1]! >= 0)
    end = ctx.units[ctx.unitStartingAt[end + 1]!]!.tokenEnd;
  return scoreEnd(ctx, end) > 0 ? loser : undefined;
}

/**
 * Match results with their score: "Nadal beat fourth seed Jiri Novak 7-5 6-1", "Roddick rallied
 * to beat Sweden's Thomas Enqvist 3-6 7-5", "X, who beat unseeded Y 6-3 6-2", "…, beating Italian
 * Y 6-1 6-3". An infinitive or a participle takes the sentence's subject, unless a negation stands
 * between them.
 */
function relateScoredResults(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  if (!hasCue(ctx.words, DEFEAT_CUES)) return relations;
  for (let i = 1; i < ctx.words.length; i++) {
    const word = ctx.words[i]!;
    const gerund = DEFEAT_GERUNDS.has(word);
    // "came back to defeat Italy 28-17": the infinitive only after "to".
    const infinitive = DEFEAT_INFINITIVES.has(word) && ctx.words[i - 1] === "to";
    if ((!DEFEAT_VERBS.has(word) && !gerund && !infinitive) || ctx.unitCovering[i]! >= 0) continue;
    const loser = scoredLoser(ctx, i + 1);
    if (!loser) continue;
    let winner: Unit | undefined;
    const before = ctx.words[i - 1];
    if (isRelative(before) && ctx.words[i - 2] === ",") {
      winner = organisationBefore(ctx, i - 2);
      // "Conchita Martinez of Spain, who ousted": a name after a preposition is no antecedent.
      if (winner && PREPOSITIONS.has(ctx.words[winner.tokenStart - 1] ?? "")) winner = undefined;
    } else if (gerund || before === "to") {
      // "Ruddock paid tribute to his side after they came back to beat France": a pronoun
      // opens a clause with another subject.
      const main = findMainSubject(ctx);
      if (
        main &&
        main.tokenEnd <= i &&
        !hasWordBetween(ctx, main.tokenEnd, i, NEGATORS) &&
        !hasWordBetween(ctx, main.tokenEnd, i, CLAUSE_PRONOUNS) &&
        // "Dent will meet X after the second seed survived a tie-break to defeat Y": the
        // infinitive, newly read, keeps to the subject's own clause.
        !(infinitive && hasWordBetween(ctx, main.tokenEnd, i, RESULT_CLAUSE_BREAKS))
      )
        winner = main;
    } else {
      const found = findSubjectLeft(ctx, i);
      if (found && !found.negated && !found.hedged && found.subjects.length === 1)
        winner = found.subjects[0];
    }
    const relation = defeated(ctx, sideOf(ctx, winner), loser, word);
    if (relation) relations.push(relation);
  }
  return relations;
}

/** Words that make the name after them a prepositional object, not a clause's subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "from",
  "of",
  "in",
  "at",
  "for",
  "with",
  "to",
  "by",
]);

/** "Chelsea beat Arsenal", "Verizon bought MCI", "MCI was bought by Verizon", "Leeds lost to Wigan". */
function relateDealsAndMatches(ctx: SentenceContext, story: StoryView): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [
    ...relateResults(ctx, story.isSport),
    ...relateScoredResults(ctx),
  ];
  if (!hasCue(ctx.words, DEAL_AND_MATCH_CUES)) return relations;
  for (let i = 1; i < ctx.words.length; i++) {
    if (ctx.unitCovering[i]! >= 0) continue;
    // "Leeds lost to Wigan": the object won.
    if (ctx.words[i] === "lost" && ctx.words[i + 1] === "to") {
      const found = findSubjectLeft(ctx, i);
      const winner = sideOf(ctx, unitAfter(ctx, i + 2));
      const loser = sideOf(ctx, found?.subjects[0]);
      if (
        found &&
        loser &&
        winner &&
        !found.negated &&
        !found.hedged &&
        SIDES.includes(loser.type) &&
        SIDES.includes(winner.type)
      )
        relations.push(
          makeRelation(
            ctx,
            winner,
            loser,
            "DEFEATED",
            "lost to",
            CONFIDENCE.verb,
            spanOf(ctx, loser, winner),
          ),
        );
      continue;
    }
    const verb = verbAt(ctx, i);
    if (!verb) continue;
    const after = i + verb.width;
    const objectTypes = OBJECTS[verb.type]!;
    // Passive: "MCI was bought by Verizon".
    if (ctx.words[after] === "by" && PASSIVE_AUXILIARIES.has(ctx.words[i - 1] ?? "")) {
      // "was bought by market leader Diageo": a described buyer.
      const agent =
        verb.type === "ACQUIRED"
          ? (describedFirm(ctx, after + 1) ?? sideOf(ctx, unitAfter(ctx, after + 1)))
          : sideOf(ctx, unitAfter(ctx, after + 1));
      const found = findSubjectLeft(ctx, i - 1);
      const patient = sideOf(ctx, found?.subjects[0]);
      if (
        found &&
        agent &&
        patient &&
        !found.negated &&
        // "Microsoft, which was founded by": the relative pronoun's antecedent is certain enough.
        (!found.hedged || isRelative(ctx.words[i - 2])) &&
        verb.subjects.includes(agent.type) &&
        objectTypes.includes(patient.type)
      )
        relations.push(
          makeRelation(
            ctx,
            agent,
            patient,
            verb.type,
            `${ctx.words.slice(i, after).join(" ")} by`,
            CONFIDENCE.verb,
            spanOf(ctx, patient, agent),
          ),
        );
      continue;
    }
    // "Yeading, who beat Slough", "Verizon, which bought MCI": the relative's antecedent.
    let antecedent =
      isRelative(ctx.words[i - 1]) && ctx.words[i - 2] === ","
        ? organisationBefore(ctx, i - 2)
        : undefined;
    // "Patty Schnyder from Switzerland, who defeated": a name after a preposition is not the
    // antecedent; outside sport "who beat" is an award or a race for a part.
    if (
      antecedent &&
      (PREPOSITIONS.has(ctx.words[antecedent.tokenStart - 1] ?? "") ||
        (verb.type === "DEFEATED" && !story.isSport))
    )
      antecedent = undefined;
    const found = antecedent
      ? { subjects: [antecedent], negated: false, hedged: false }
      : findSubjectLeft(ctx, isAgreedTo(ctx, i) ? i - 2 : i);
    if (!found || found.negated || found.hedged) continue;
    // "bought Brazilian brewer Ambev", "bought all of Germany's Hexal": a described firm, whole.
    const listed = verb.type === "ACQUIRED" ? firmsListedAt(ctx, after) : [];
    const object =
      listed[0] ??
      (verb.type === "ACQUIRED"
        ? (describedFirm(ctx, wholeFirmAt(ctx, after)) ?? sideOf(ctx, unitAfter(ctx, after)))
        : sideOf(ctx, unitAfter(ctx, after)));
    if (!object) {
      // "bought a 20% stake in Sina" never reaches a unit right after the verb; nothing to do.
      continue;
    }
    const between = ctx.words.slice(after, object.tokenStart).join(" ");
    if (verb.type === "ACQUIRED" && PART_WORDS.test(between)) continue;
    // "bought Orange's stake in the venture": what was bought is the owner's part, not the owner.
    if (verb.type === "ACQUIRED" && isPossessiveMark(ctx.words[object.tokenEnd])) continue;
    for (const named of found.subjects) {
      const subject = sideOf(ctx, named);
      if (!subject) continue;
      for (const bought of listed.length > 0 ? listed : [object]) {
        if (!verb.subjects.includes(subject.type) || !objectTypes.includes(bought.type)) continue;
        if (subject.entity === bought.entity) continue;
        relations.push(
          makeRelation(
            ctx,
            subject,
            bought,
            verb.type,
            ctx.words.slice(isAgreedTo(ctx, i) ? i - 2 : i, after).join(" "),
            CONFIDENCE.verb,
            spanOf(ctx, subject, bought),
          ),
        );
      }
    }
  }
  return relations;
}

/** "firms such as", "rivals including": a kind of firm, then the firms of that kind named. */
const LISTED_FIRM_NOUNS: ReadonlySet<string> = new Set([
  "firms",
  "companies",
  "businesses",
  "rivals",
  "brands",
  "labels",
  "chains",
  "groups",
  "banks",
  "studios",
  "publishers",
  "agencies",
  "start-ups",
]);
const LIST_LINKS: ReadonlySet<string> = new Set(["such as", "including", "like"]);

/**
 * The organisations a bought kind lists after token `at`: "has bought firms such as Ogilvy &
 * Mather and Cordiant", "bought rivals including Grey". Empty unless the kind's noun (after at most
 * two describing words) and a list link come first.
 */
function firmsListedAt(ctx: SentenceContext, at: number): Unit[] {
  let i = at;
  while (i - at < 2 && ctx.unitCovering[i]! < 0 && !LISTED_FIRM_NOUNS.has(ctx.words[i] ?? "")) i++;
  if (!LISTED_FIRM_NOUNS.has(ctx.words[i] ?? "")) return [];
  const link = ctx.words[i + 1] === "such" ? `such ${ctx.words[i + 2]}` : (ctx.words[i + 1] ?? "");
  if (!LIST_LINKS.has(link)) return [];
  const first = unitAfter(ctx, i + 1 + link.split(" ").length);
  if (!first || first.type !== "ORGANIZATION" || first.isDemonym) return [];
  return coordinatedFrom(ctx, first).filter((unit) => unit.type === "ORGANIZATION");
}

/**
 * The side a unit names in a match or deal: "beat American Lisa Raymond" and "defeated China's
 * Jie Zheng" name the player, not the country; a demonym with no name after it names no side.
 */
function sideOf(ctx: SentenceContext, unit: Unit | undefined): Unit | undefined {
  // "defeated Moscow-backed candidate Viktor Yanukovych": the compound's name is no side.
  if (!unit || isCompoundModifier(ctx, unit)) return undefined;
  const possessive = !unit.isDemonym && isPossessiveMark(ctx.words[unit.tokenEnd]);
  if (!unit.isDemonym && !possessive) return unit;
  const next = ctx.unitStartingAt[unit.tokenEnd + (possessive ? 1 : 0)] ?? -1;
  const named = next >= 0 ? ctx.units[next] : undefined;
  if (possessive) return named?.type === "PERSON" ? named : unit;
  return named;
}

/** Past "all of" at token `at`, which buys the whole firm: "bought all of Germany's Hexal". */
function wholeFirmAt(ctx: SentenceContext, at: number): number {
  return ctx.words[at] === "all" && ctx.words[at + 1] === "of" ? at + 2 : at;
}

/** A squad is a list of at least this many "player (club)" entries. */
const MIN_SQUAD = 3;

/**
 * "S Best (Ulster), S Byrne (Leinster), B Jackman (Connacht)": in a squad list each club in
 * brackets is the player's; one "name (organisation)" alone may be anything (an employer, a party).
 * Outside a sports story a country in brackets is a nationality: "Margaret Atwood (Canada), Saul
 * Bellow (Canada)" lists writers, not a team.
 */
function relateSquadList(ctx: SentenceContext, isSport: boolean): ExtractedRelation[] {
  // Entries count whatever the tagger made of either name ("S Best" read as an organisation).
  const entries: [Unit, Unit][] = [];
  for (const name of ctx.units) {
    if (name.isDemonym || ctx.words[name.tokenEnd] !== "(") continue;
    const club = ctx.units[ctx.unitStartingAt[name.tokenEnd + 1] ?? -1];
    if (club && ctx.words[club.tokenEnd] === ")") entries.push([name, club]);
  }
  if (entries.length < MIN_SQUAD) return [];
  return entries
    .filter(
      ([person, club]) =>
        person.type === "PERSON" && TEAMS.includes(club.type) && person.entity !== club.entity,
    )
    .map(([person, club]) =>
      makeRelation(
        ctx,
        person,
        club,
        !isSport && club.type === "COUNTRY" ? "CITIZEN_OF" : "PLAYS_FOR",
        "(",
        CONFIDENCE.apposition,
        spanOf(ctx, person, club),
      ),
    );
}

/** The organisation unit that ends right before token `end` (exclusive), or undefined. */
function organisationBefore(ctx: SentenceContext, end: number): Unit | undefined {
  const index = ctx.unitCovering[end - 1];
  const unit = index !== undefined && index >= 0 ? ctx.units[index] : undefined;
  return unit && unit.tokenEnd === end && !unit.isDemonym ? unit : undefined;
}

/** Articles that open an apposition: "a senior KGB officer". */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["a", "an"]);
/** Words of rank or standing before the organisation of an apposition's role: "a senior KGB officer". */
const STANDING_WORDS: ReadonlySet<string> = new Set([
  "senior",
  "junior",
  "veteran",
  "leading",
  "top",
  "long-serving",
  "former",
]);

/**
 * "Rod Eddington, BA's chief executive,", "Terry Leahy, Tesco chief executive,": an apposition
 * whose role the organisation's name or possessive opens.
 */
function relatePossessiveApposition(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  if (ctx.words[person.tokenEnd] !== ",") return [];
  let start = appositionStart(ctx, person.tokenEnd);
  // "Oleg Ivanov, a senior KGB officer,": a word of rank or standing between the article and
  // the organisation ("former" marks the role past).
  if (ARTICLE_WORDS.has(ctx.words[start] ?? "") && STANDING_WORDS.has(ctx.words[start + 1] ?? ""))
    start += 2;
  const organisation = unitAfter(ctx, start, APPOSITION_SKIP, 1);
  if (!organisation || organisation.isDemonym) return [];
  let i = organisation.tokenEnd;
  if (isPossessiveMark(ctx.words[i])) i++;
  let end = i;
  while (end < ctx.words.length && end - i < MAX_ROLE_WORDS && ctx.unitCovering[end]! < 0) {
    const word = ctx.words[end]!;
    if (!ROLE_MODIFIERS.has(word) && !ROLE_RELATIONS[word]) break;
    end++;
  }
  const role = end > i ? roleBefore(ctx, end) : undefined;
  // The apposition ends with its role: "BA's chief executive of marketing" is another phrase;
  // a relative clause may follow it ("a senior KGB officer who defected").
  const after = ctx.words[end];
  if (
    !role ||
    role.start !== i ||
    (after !== undefined && !APPOSITION_ENDS.has(after) && after !== "who")
  )
    return [];
  if (organisation.entity === person.entity || !fitsRole(role.type, organisation)) return [];
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      partyRole(ctx, role.type, organisation),
      role.role,
      CONFIDENCE.apposition,
      spanOf(ctx, person, organisation),
    ),
  ];
}

/**
 * "BA's chief executive, Rod Eddington", "the chief executive of Tesco, Terry Leahy": a role and
 * its organisation before a comma, the person right after it.
 */
function relateRoleBeforeComma(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  const comma = person.tokenStart - 1;
  if (comma < 2 || ctx.words[comma] !== ",") return [];
  let role = roleBefore(ctx, comma);
  let organisation: Unit | undefined;
  if (role && ctx.unitCovering[comma - 1]! < 0) {
    // "BA's chief executive, Rod Eddington", "Tesco boss, Terry Leahy".
    let end = role.start;
    if (isPossessiveMark(ctx.words[end - 1])) end--;
    organisation = organisationBefore(ctx, end);
  } else {
    // "the chief executive of Tesco, Terry Leahy".
    organisation = organisationBefore(ctx, comma);
    if (!organisation) return [];
    // "the chief executive of the Federal Labour Agency, Frank Weise": the article is skipped.
    let link = organisation.tokenStart - 1;
    if (ctx.words[link] === "the") link--;
    if (!ROLE_LINKS.has(ctx.words[link] ?? "")) return [];
    role = roleBefore(ctx, link);
  }
  if (!role || !organisation || organisation.entity === person.entity) return [];
  if (!fitsRole(role.type, organisation)) return [];
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      partyRole(ctx, role.type, organisation),
      role.role,
      CONFIDENCE.apposition,
      spanOf(ctx, organisation, person),
    ),
  ];
}

/**
 * Offices that head a state, as variants of the title lexicon ("president", "prime minister",
 * "king"). Not "chancellor": "Britain's chancellor, Gordon Brown" keeps the Treasury.
 */
const STATE_OFFICES: readonly string[][] = TITLE_ROWS.filter(([title]) =>
  [
    "President",
    "Prime Minister",
    "King",
    "Queen",
    "Emperor",
    "Sultan",
    "Emir",
    "Supreme Leader",
    "Leader",
  ].includes(title),
).flatMap(([, , variants]) => variants.split("|").map((variant) => variant.split(" ")));
/** "Iran's former president": a past holder, no LEADER_OF today. */
const PAST_MARKS: ReadonlySet<string> = new Set(["former", "late", "ex", "then", "retired"]);
/** Words that may stand before a state's office without changing it: "Iran's outgoing president". */
const OFFICE_LEAD: ReadonlySet<string> = new Set([
  "outgoing",
  "incoming",
  "new",
  "current",
  "acting",
  "interim",
]);

/** The state office whose words end right before token `end`, and where its phrase starts. */
function stateOfficeBefore(
  ctx: SentenceContext,
  end: number,
): { start: number; office: string; past: boolean } | undefined {
  for (const words of STATE_OFFICES) {
    const start = end - words.length;
    if (start < 0 || words.some((word, k) => ctx.words[start + k] !== word)) continue;
    if (words.some((_, k) => ctx.unitCovering[start + k]! >= 0)) continue;
    let lead = start;
    while (
      lead > 0 &&
      (OFFICE_LEAD.has(ctx.words[lead - 1]!) || PAST_MARKS.has(ctx.words[lead - 1]!))
    )
      lead--;
    const past = ctx.words.slice(lead, start).some((word) => PAST_MARKS.has(word));
    return { start: lead, office: words.join(" "), past };
  }
  return undefined;
}

/**
 * "Iran's president, Mohammad Khatami", "the prime minister of Italy, Silvio Berlusconi": a
 * country's head-of-state or government office in apposition right before its holder. A past
 * holder ("Iran's former president, …") is no LEADER_OF.
 */
function relateStateOfficeBeforeComma(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  const comma = person.tokenStart - 1;
  if (comma < 2 || ctx.words[comma] !== ",") return [];
  let office = stateOfficeBefore(ctx, comma);
  let country: Unit | undefined;
  if (office) {
    // "Iran's president, …"
    if (!isPossessiveMark(ctx.words[office.start - 1])) return [];
    country = organisationBefore(ctx, office.start - 1);
  } else {
    // "the president of Iran, …"
    country = organisationBefore(ctx, comma);
    if (!country || ctx.words[country.tokenStart - 1] !== "of") return [];
    office = stateOfficeBefore(ctx, country.tokenStart - 1);
    if (!office || ctx.words[office.start - 1] !== "the") return [];
  }
  if (!office || office.past || country?.type !== "COUNTRY") return [];
  return [
    makeRelation(
      ctx,
      person,
      country,
      "LEADER_OF",
      office.office,
      CONFIDENCE.apposition,
      spanOf(ctx, country, person),
    ),
  ];
}

/** Words between a person and the role a clause gives them: "is", "was appointed", "who became the new". */
const ROLE_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "has",
  "had",
  "been",
  "became",
  "becomes",
  "become",
  "appointed",
  "named",
  "elected",
  "made",
  "as",
  "the",
  "a",
  "an",
  "its",
  "first",
  // "has also become chairman of", "is now editor of": an adverb of the clause.
  "also",
  "now",
]);
/** Verbs that, after "who" or a copula, make a person a role: "who runs Tesco", "who founded Apple". */
const ROLE_VERBS: Readonly<Record<string, RelationType>> = {
  runs: "LEADER_OF",
  ran: "LEADER_OF",
  heads: "LEADER_OF",
  headed: "LEADER_OF",
  leads: "LEADER_OF",
  led: "LEADER_OF",
  chairs: "LEADER_OF",
  chaired: "LEADER_OF",
  founded: "FOUNDED",
  "co-founded": "FOUNDED",
};
/** Perfect forms of the role verbs, read after "has" or "had": "who has led Acme since 1994". */
const ROLE_PARTICIPLES: Readonly<Record<string, RelationType>> = {
  run: "LEADER_OF",
  headed: "LEADER_OF",
  led: "LEADER_OF",
  chaired: "LEADER_OF",
};
/**
 * Role verbs whose past tense puts the role in the past: "Neil Kinnock, who led Labour" led it
 * once (a writer says "who leads" of a leader now), as "who had run Acme" has. "Founded" is
 * a deed, never over.
 */
const PAST_ROLE_VERBS: ReadonlySet<string> = new Set([
  "ran",
  "headed",
  "led",
  "chaired",
  "worked for",
  "worked at",
  "played for",
]);
/** Two-word verbs of the same kind: "who works for Nomura", "who plays for Chelsea". */
const ROLE_VERB_PHRASES: Readonly<Record<string, RelationType>> = {
  "works for": "WORKS_FOR",
  "works at": "WORKS_FOR",
  "worked for": "WORKS_FOR",
  "worked at": "WORKS_FOR",
  "plays for": "PLAYS_FOR",
  "played for": "PLAYS_FOR",
};
/** Lower-case words that may follow an organisation ending a role phrase: "chairman of Tesco since 2004". */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "but",
  "in",
  "since",
  "until",
  "from",
  "for",
  "at",
  "on",
  "last",
  "this",
  "next",
  "earlier",
  "when",
  "after",
  "before",
  "who",
  "which",
  "said",
  "says",
  "told",
  "has",
  "had",
  "have",
  "was",
  "is",
  "will",
  "would",
]);
/** Auxiliaries of a perfect tense before a role verb: "who has led", "who had run". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had"]);
/** A role clause reads at most this many words before its role: "who has been appointed the new". */
const MAX_CLAUSE_WORDS = 5;

/**
 * Who holds the post a role clause after `named` gives: the person named, or after a past
 * succession verb ("Marchionne has replaced Demel as chief executive of Fiat Auto") the one who
 * took the post over; undefined when that one is not read with certainty.
 */
function successorOf(ctx: SentenceContext, named: Unit): Unit | undefined {
  const verb = named.tokenStart - 1;
  if (!PAST_SUCCESSION_VERBS.has(ctx.words[verb] ?? "")) return named;
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated || finding.hedged || finding.subjects.length !== 1)
    return undefined;
  const successor = finding.subjects[0]!;
  return successor.type === "PERSON" && successor.entity !== named.entity ? successor : undefined;
}

/**
 * "Terry Leahy, who runs Tesco", "Terry Leahy is chief executive of Tesco", "Anna Berg was appointed
 * chairman of Nordbank": a clause that gives the person a role at an organisation.
 */
function relateRoleClause(ctx: SentenceContext, named: Unit): ExtractedRelation[] {
  const person = successorOf(ctx, named);
  if (!person) return [];
  let i = named.tokenEnd;
  // "Tom Hale, who is…", "Tom Hale - who became…": a relative clause set off by a comma or a dash.
  const relative = (ctx.words[i] === "," || ctx.words[i] === "-") && ctx.words[i + 1] === "who";
  if (relative) i += 2;
  // "who has led Acme since 1994", "who had run Dorbank": a role verb in a perfect tense, held
  // now after "has", over after "had".
  const perfect =
    relative &&
    PERFECT_AUXILIARIES.has(ctx.words[i] ?? "") &&
    ROLE_PARTICIPLES[ctx.words[i + 1] ?? ""]
      ? ctx.words[i]!
      : undefined;
  if (perfect) i += 1;
  const start = i;
  let linked = false;
  while (
    i < ctx.words.length &&
    i - start < MAX_CLAUSE_WORDS &&
    ROLE_CLAUSE_WORDS.has(ctx.words[i]!)
  ) {
    if (ctx.unitCovering[i]! >= 0) return [];
    if (ctx.words[i] !== "the" && ctx.words[i] !== "a" && ctx.words[i] !== "an") linked = true;
    i++;
  }
  let type: RelationType | undefined;
  let predicate: string;
  let organisationAt: number;
  let past = false;
  const verbPair = `${ctx.words[i]} ${ctx.words[i + 1]}`;
  if (perfect) {
    type = ROLE_PARTICIPLES[ctx.words[i]!];
    predicate = `${perfect} ${ctx.words[i]}`;
    organisationAt = i + 1;
    past = perfect === "had";
  } else if (
    relative &&
    i === start &&
    (ROLE_VERBS[ctx.words[i]!] || ROLE_VERB_PHRASES[verbPair])
  ) {
    const single = ROLE_VERBS[ctx.words[i]!];
    type = single ?? ROLE_VERB_PHRASES[verbPair];
    predicate = single ? ctx.words[i]! : verbPair;
    organisationAt = i + (single ? 1 : 2);
    past = PAST_ROLE_VERBS.has(predicate);
  } else {
    if (!linked) return [];
    let end = i;
    while (end < ctx.words.length && end - i < MAX_ROLE_WORDS && ctx.unitCovering[end]! < 0) {
      const word = ctx.words[end]!;
      if (!ROLE_MODIFIERS.has(word) && !ROLE_RELATIONS[word]) break;
      end++;
    }
    const role = end > i ? roleBefore(ctx, end) : undefined;
    const link = ctx.words[end];
    if (!role || role.start !== i || link === undefined || !ROLE_LINKS.has(link)) return [];
    type = role.type;
    predicate = `${role.role} ${link}`;
    organisationAt = end + 1;
  }
  if (!type) return [];
  const organisation = unitAfter(ctx, organisationAt);
  if (!organisation || organisation.isDemonym || organisation.entity === person.entity) return [];
  // "chairman of Tesco's property arm", "chairs the Commons work and pensions committee": the
  // organisation must end the phrase, one noun of what it is aside ("editor of the Vexon
  // website", "chairman of the Acme group").
  let after = organisation.tokenEnd;
  if (ORGANIZATION_NOUNS.has(ctx.words[after] ?? "")) after++;
  const next = ctx.words[after];
  if (
    isPossessiveMark(next) ||
    (next !== undefined && LOWER_WORD_RE.test(next) && !PHRASE_ENDS.has(next))
  )
    return [];
  const fits =
    type === "FOUNDED" ? organisation.type === "ORGANIZATION" : fitsRole(type, organisation);
  if (!fits) return [];
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      type,
      predicate,
      CONFIDENCE.apposition,
      spanOf(ctx, person, organisation),
      past ? { [FORMER_ATTRIBUTE]: "true" } : {},
    ),
  ];
}

/**
 * "Labour's Alan Milburn", "Merrill Lynch's John Doyle", in a sports story "Chelsea's Frank
 * Lampard": an organisation's possessive right before a person's name, with no role between, makes
 * the person its member (a party), player (a club, in a sports story) or employee (else).
 */
function relatePossessiveName(
  ctx: SentenceContext,
  person: Unit,
  story: StoryView,
): ExtractedRelation[] {
  // A title the mention took in ("Tesco's chief executive Terry Leahy") is the role rules' case.
  if (person.tokenStart !== person.nameStart || person.tokenStart < 2) return [];
  if (!isPossessiveMark(ctx.words[person.tokenStart - 1])) return [];
  const organisation = organisationBefore(ctx, person.tokenStart - 1);
  if (!organisation || organisation.type !== "ORGANIZATION") return [];
  if (organisation.entity === person.entity) return [];
  const key = story.keys[organisation.entity] ?? "";
  // "Slovakia's Daniela Hantuchova": a national side's possessive says where a player is from.
  if (key.startsWith(NATIONAL_SIDE_KEY_PREFIX)) return [];
  const surface = ctx.text.slice(organisation.start, organisation.end);
  const type: RelationType = PARTY_SURFACE.test(surface)
    ? "MEMBER_OF"
    : story.isSport || key.startsWith(CLUB_KEY_PREFIX)
      ? "PLAYS_FOR"
      : "WORKS_FOR";
  return [
    makeRelation(
      ctx,
      person,
      organisation,
      type,
      "'s",
      CONFIDENCE.apposition,
      spanOf(ctx, organisation, person),
    ),
  ];
}

/**
 * "Conservative Michael Howard", "Labour's" aside: a party's name right before a person's makes a
 * member; in a sports story "Jose Mourinho's Chelsea" names the club's manager.
 */
function relateNameBeforeName(
  ctx: SentenceContext,
  person: Unit,
  story: StoryView,
): ExtractedRelation[] {
  const party =
    person.tokenStart === person.nameStart && person.tokenStart > 0
      ? organisationBefore(ctx, person.tokenStart)
      : undefined;
  if (
    party &&
    party.type === "ORGANIZATION" &&
    party.entity !== person.entity &&
    // A party's name alone, not a list ending in it ("Labour, Tory and Lib Dem MPs"); a comma
    // after other words opens no list ("told a reporter, Tory MP Tom Hale said").
    !isPartyListed(ctx, party) &&
    PARTY_SURFACE.test(ctx.text.slice(party.start, party.end))
  )
    return [
      makeRelation(
        ctx,
        person,
        party,
        "MEMBER_OF",
        ctx.text.slice(party.start, party.end),
        CONFIDENCE.apposition,
        spanOf(ctx, party, person),
      ),
    ];
  if (!story.isSport || !isPossessiveMark(ctx.words[person.tokenEnd])) return [];
  const club = ctx.units[ctx.unitStartingAt[person.tokenEnd + 1] ?? -1];
  // A listed club only: "Robbie Williams' Angels" is a song even in a story with sport words.
  if (!club || club.entity === person.entity) return [];
  if (!(story.keys[club.entity] ?? "").startsWith(CLUB_KEY_PREFIX)) return [];
  // "Wenger's Bayern counterpart Magath", "Ferguson's Chelsea rival": the role after the club is
  // someone else's there.
  const after = ctx.words[club.tokenEnd] ?? "";
  if (ROLE_RELATIONS[after] !== undefined || OTHER_SIDE_ROLES.has(after)) return [];
  // "Day's Rangers contract expires": the person's own terms at the club, a player's as often.
  if (PERSONAL_TERMS.has(after)) return [];
  return [
    makeRelation(
      ctx,
      person,
      club,
      "COACHES",
      "'s",
      CONFIDENCE.apposition,
      spanOf(ctx, person, club),
    ),
  ];
}

/** Nouns of a person's own terms at a club, which a player holds too: "Day's Rangers contract". */
const PERSONAL_TERMS: ReadonlySet<string> = new Set(["contract", "deal", "career", "debut"]);

/** Nouns naming a person's match at another side: "Wenger's Bayern counterpart". */
const OTHER_SIDE_ROLES: ReadonlySet<string> = new Set([
  "counterpart",
  "counterparts",
  "rival",
  "rivals",
  "opposite",
]);

/** Nouns a manager calls the side he runs, after "his" or "whose" and its name: "his Wales side". */
const OWN_SIDE_WORDS: ReadonlySet<string> = new Set(["side", "team", "squad"]);
/** Most tokens from the manager to "his". */
const MAX_TO_OWN_SIDE = 12;

/**
 * In a sports story, "Steve McClaren wants his Middlesbrough team to win", "said Jose Mourinho,
 * whose Chelsea team meet Barcelona", "Mike Ruddock paid tribute to his Wales side": the side a
 * person calls his team is the one he coaches. "his" must be the sentence subject's, with no other
 * person or clause between.
 */
function relateOwnSide(ctx: SentenceContext, story: StoryView): ExtractedRelation[] {
  if (!story.isSport) return [];
  const relations: ExtractedRelation[] = [];
  for (const side of ctx.units) {
    if (side.isDemonym || !TEAMS.includes(side.type) || side.tokenStart < 2) continue;
    if (!OWN_SIDE_WORDS.has(ctx.words[side.tokenEnd] ?? "")) continue;
    const his = side.tokenStart - 1;
    let manager: Unit | undefined;
    if (ctx.words[his] === "whose" && ctx.words[his - 1] === ",") {
      const index = ctx.unitCovering[his - 2] ?? -1;
      manager = index >= 0 ? ctx.units[index] : undefined;
    } else if (ctx.words[his] === "his") {
      manager = ctx.units[ctx.unitStartingAt[0] ?? -1];
      if (
        !manager ||
        his - manager.tokenEnd > MAX_TO_OWN_SIDE ||
        hasWordBetween(ctx, manager.tokenEnd, his, OWN_SIDE_BREAKS) ||
        ctx.units.some(
          (unit) =>
            unit.type === "PERSON" &&
            unit.tokenStart > manager!.tokenStart &&
            unit.tokenStart < his,
        )
      )
        manager = undefined;
    }
    if (!manager || manager.type !== "PERSON" || manager.isDemonym) continue;
    if (isPossessiveMark(ctx.words[manager.tokenEnd]) || manager.entity === side.entity) continue;
    relations.push(
      makeRelation(
        ctx,
        manager,
        side,
        "COACHES",
        `${ctx.words[his]} ${ctx.words[side.tokenEnd]}`,
        CONFIDENCE.apposition,
        spanOf(ctx, manager, side),
      ),
    );
  }
  return relations;
}

/** Tokens that make the name before a person the end of a list. */
const NAME_LIST_MARKS: ReadonlySet<string> = new Set([",", "and", "or", "/"]);

/** Whether a party's name ends a list of parties: "Labour, Tory and Lib Dem MPs". */
function isPartyListed(ctx: SentenceContext, party: Unit): boolean {
  const mark = party.tokenStart - 1;
  if (mark < 0 || !NAME_LIST_MARKS.has(ctx.words[mark]!)) return false;
  const before = ctx.units[ctx.unitCovering[mark - 1] ?? -1];
  return (
    before?.type === "ORGANIZATION" && PARTY_SURFACE.test(ctx.text.slice(before.start, before.end))
  );
}

/** What the patterns read of the whole article: whether it is a sports story, each entity's key. */
export interface StoryView {
  isSport: boolean;
  keys: readonly string[];
}

/** The sport and business relations of one sentence. */
export function relateNewsPatterns(
  ctx: SentenceContext,
  story: StoryView = { isSport: false, keys: [] },
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units) {
    if (unit.type !== "PERSON" || unit.isDemonym) continue;
    relations.push(
      ...relateRolesBefore(ctx, unit, story),
      ...relateRolesAfter(ctx, unit),
      ...relatePossessiveApposition(ctx, unit),
      ...relateRoleBeforeComma(ctx, unit),
      ...relateStateOfficeBeforeComma(ctx, unit),
      ...relateRoleClause(ctx, unit),
      ...relatePossessiveName(ctx, unit, story),
      ...relateNameBeforeName(ctx, unit, story),
      ...relateFromApposition(ctx, unit, story),
    );
  }
  relations.push(
    ...relateDealsAndMatches(ctx, story),
    ...relateSquadList(ctx, story.isSport),
    ...relateOwnSide(ctx, story),
    ...relateDepartures(ctx, story.isSport),
    ...relateRoleChanges(ctx, story.isSport),
  );
  if (story.isSport) relations.push(...relateSportVerbs(ctx, story.keys));
  // "the centre of Europe, Mr Nattrass said": a position is a role in a sports story only.
  return story.isSport
    ? relations
    : relations.filter((relation) => !SPORT_ONLY_ROLES.has(relation.predicate));
}
