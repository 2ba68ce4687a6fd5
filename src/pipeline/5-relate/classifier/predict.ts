/** The relate stage's second layer: scores candidate pairs and adds the relations the rules missed. */

import {
  ENTITY_TYPES,
  type EntityType,
  RELATION_TYPES,
  type RelationType,
  ROLE_RELATION_TYPES,
} from "../../../domain/vocabulary.js";
import { findEntryByKey } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import {
  CLUB_KEY_PREFIX,
  isSportsStory,
  NATIONAL_SIDE_KEY_PREFIX,
} from "../../3-recognize/sports-teams.js";
import { CITY_LEAD_WORDS, PLACE_HEAD_NOUNS } from "../../model/lexicons/city-cues.js";
import {
  GENERIC_HEADS,
  INSTITUTION_WORDS,
  ORGANIZATION_HEADS,
} from "../../model/lexicons/name-heads.js";
import { EVENT_HEADS, HOMELESS_HEADS } from "../../model/lexicons/work-cues.js";
import { PARTY_SURFACE } from "../../model/news-roles.js";
import type { ExtractedRelation, RelationEvidence } from "../../types.js";
import { isMarkedFormerBefore } from "../former-roles.js";
import { isDoubtfulHomonym } from "../knowledge.js";
import { findRosterSentences, hasOfficeCue, isNamedOnlyInOtherNames } from "./article-cues.js";
import {
  type DocumentView,
  findPairCandidates,
  type MentionView,
  type PairCandidate,
} from "./candidates.js";
import { commonNounEntities } from "./common-nouns.js";
import { isEventPlace } from "./event-places.js";
import { addPairOnlyFeatures, entitySideFeatures, pairFeatures, placeCountry } from "./features.js";
import { isGovernmentTitleMisread } from "./government-titles.js";
import { findHomeFigures, governmentCountry } from "./home-government.js";
import { FeatureScorer, type RelationModel, scoreFeatures } from "./model.js";
import { isInternationalBody, isNamedElsewhere } from "./name-country.js";
import {
  isDescribedAsOtherNational,
  isNamedOnlyAsCounterpart,
  isNamedOnlyAsOthers,
  isNamedOnlyAsWar,
  isOthersCountry,
  isRivalOfDescribed,
  namesDesk,
} from "./others-country.js";
import { isPartyOnlyAsPossessorPost } from "./party-possessors.js";
import { hasPlaceEvidence, spansCountries } from "./place-evidence.js";
import { cutTailEntities, workTitleEntities } from "./work-titles.js";

/** Whether a relation type may join these entity types (the rule layer's signatures). */
export type SignatureCheck = (
  type: RelationType,
  subject: EntityType,
  object: EntityType,
) => boolean;

/**
 * Where the model is narrower than the rules: it reads LOCATED_IN for places only (an
 * organisation's place is BASED_IN; "Pernod Ricard LOCATED_IN United Kingdom" was its misreading).
 */
const MODEL_SUBJECTS: Partial<Record<RelationType, readonly EntityType[]>> = {
  LOCATED_IN: ["PLACE"],
};

const TYPE_INDEX = new Map<RelationType, number>(RELATION_TYPES.map((type, i) => [type, i]));
const ENTITY_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((type, i) => [type, i]));

/**
 * A pure signature check as a table read: the model asks it for every type of every candidate
 * pair (tens of thousands of calls per article of forty entities), the table has 28 × 7 × 7 cells.
 */
export function tabulateSignature(fits: SignatureCheck): SignatureCheck {
  const cells = ENTITY_TYPES.length;
  const table = new Uint8Array(RELATION_TYPES.length * cells * cells);
  RELATION_TYPES.forEach((type, t) => {
    ENTITY_TYPES.forEach((subject, s) => {
      ENTITY_TYPES.forEach((object, o) => {
        table[(t * cells + s) * cells + o] = fits(type, subject, object) ? 1 : 0;
      });
    });
  });
  return (type, subject, object) =>
    table[
      (TYPE_INDEX.get(type)! * cells + ENTITY_INDEX.get(subject)!) * cells +
        ENTITY_INDEX.get(object)!
    ] === 1;
}

/**
 * The signature check the model uses: the rules' signatures, narrowed where the model misreads.
 * `fits` must be pure (it is read once per type and pair of entity types).
 */
export function narrowSignature(fits: SignatureCheck): SignatureCheck {
  return tabulateSignature(
    (type, subject, object) =>
      (MODEL_SUBJECTS[type]?.includes(subject) ?? true) && fits(type, subject, object),
  );
}

/**
 * Types a pair holds at most one of: the classifier keeps its most confident. A head of a firm or
 * an agency also works for it ("Adidas chief executive Herbert Hainer"; DWIE labels every head_of
 * with member_of too), so LEADER_OF and WORKS_FOR may go together; an office is not a job.
 */
const EXCLUSIVE_PAIRS: readonly (readonly [RelationType, RelationType])[] = [
  ["LEADER_OF", "HOLDS_POSITION"],
  ["HOLDS_POSITION", "WORKS_FOR"],
  ["WORKS_FOR", "MEMBER_OF"],
  ["PLAYS_FOR", "COACHES"],
];

/** Whether a pair may not hold both types. */
function isExclusive(a: RelationType, b: RelationType): boolean {
  return a === b || EXCLUSIVE_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
/** What a person is to an organisation: one stated role settles it. */
const ROLES = ROLE_RELATION_TYPES;

/**
 * Whether the model may add a role where the rules state `stated`: none beside a stated role
 * ("Tory shadow chancellor Oliver Letwin" is a member, not the leader; "B Jackman (Connacht)" in
 * a squad plays for it; "Fifa president Sepp Blatter" leads it), except membership of a party or
 * an international body beside an office in it ("Tory leader Michael Howard", "UN chief Ban").
 */
function isRoleOpen(
  type: RelationType,
  stated: readonly RelationType[],
  hasMembers: boolean,
): boolean {
  const roles = stated.filter((other) => ROLES.has(other));
  if (roles.length === 0) return true;
  // "Gazprom chief Alexei Miller" works for the firm he heads (a party's leader is its member).
  if (type === "WORKS_FOR" && !hasMembers && roles.every((role) => role === "LEADER_OF"))
    return true;
  // "WTO spokesman Keith Rockwell" works for the body: staff are not its members.
  return hasMembers && type === "MEMBER_OF" && !roles.includes("WORKS_FOR");
}

/** Kinds of body whose office holders are also its members: parties, international bodies. */
const MEMBERSHIP_KINDS: ReadonlySet<string> = new Set(["party", "international"]);

/** Whether an organisation is a party or an international body (the UN, the European Parliament). */
function isMembershipBody(view: DocumentView, entity: number): boolean {
  const kind = findEntryByKey(view.keys[entity] ?? "")?.kind;
  return (
    (kind !== undefined && MEMBERSHIP_KINDS.has(kind)) ||
    PARTY_SURFACE.test(view.names[entity] ?? "")
  );
}

/** Offices: the model gives them only to a person the article gives an office word. */
const OFFICES_NEEDING_CUE: ReadonlySet<RelationType> = new Set(["LEADER_OF", "HOLDS_POSITION"]);

/** Relations that put a place or body in a country: the gazetteer may know better. */
const IN_COUNTRY: ReadonlySet<RelationType> = new Set(["LOCATED_IN", "BASED_IN", "CAPITAL_OF"]);
/** Relations a head of one country does not hold with another. */
const NATIONAL: ReadonlySet<RelationType> = new Set(["LEADER_OF", "HOLDS_POSITION", "CITIZEN_OF"]);

/**
 * Whether what the article or the gazetteer already says rules the relation out: "French
 * President Emmanuel Macron" leads no other country; Paris lies in France, not Germany.
 */
function isContradicted(
  view: DocumentView,
  type: RelationType,
  subject: number,
  object: number,
  countryOfOffice: ReadonlyMap<number, number>,
  countriesOfPlace: ReadonlyMap<number, ReadonlySet<string>>,
): boolean {
  if (view.types[object] !== "COUNTRY") return false;
  if (NATIONAL.has(type)) {
    const office = countryOfOffice.get(subject);
    return office !== undefined && office !== object;
  }
  if (IN_COUNTRY.has(type)) {
    // "Bristol University", "Liverpool FC": an organisation's name may say where it is.
    if (
      view.types[subject] === "ORGANIZATION" &&
      isNamedElsewhere(view.names[subject]!, view.keys[object]!)
    )
      return true;
    // "crude prices rebounded in Asia", "the biggest bank in West Africa": a continent or a
    // region of several countries lies in none of them.
    if (spansCountries(view.keys[subject]!)) return true;
    const home = placeCountry(view.keys[subject]!);
    if (home !== undefined && isDoubtfulHomonym(view.names[subject]!, home)) return true;
    if (home !== undefined) return home !== view.keys[object];
    // "the Grand Prix in Birmingham": the city a rule puts it in says which country it is in.
    const stated = countriesOfPlace.get(subject);
    return stated !== undefined && !stated.has(view.keys[object]!);
  }
  return false;
}

/**
 * The word that says what a name is: its last ("Prevention of Terrorism Bill"), unless a body's
 * head stands before its first "of" ("Office of Management and Budget" is an office).
 */
function headWordOf(name: string): string {
  const words = name.trim().split(WHITESPACE_RUN);
  const of = words.indexOf("of");
  const before = of > 0 ? (words[of - 1] ?? "") : "";
  if (ORGANIZATION_HEADS.has(before) || GENERIC_HEADS.has(before)) return before;
  return words.at(-1) ?? "";
}

const WHITESPACE_RUN = /\s+/;

/**
 * What the model may make of a place it gives an organisation by its name's head: an award, a
 * law or a budget is nowhere ("Screen Actors Guild Award BASED_IN United States", "Prevention of
 * Terrorism Bill BASED_IN United Kingdom"); a show or a festival is held where a sentence naming
 * both says ("the Consumer Electronics Show in Las Vegas" LOCATED_IN), never based anywhere.
 */
export function placementOfNamed(
  name: string,
  type: RelationType,
  sameSentence: boolean,
  objectType: EntityType,
): RelationType | null {
  if (!IN_COUNTRY.has(type)) return type;
  const head = headWordOf(name);
  if (HOMELESS_HEADS.has(head)) return null;
  if (!EVENT_HEADS.has(head)) return type;
  const isPlace = objectType === "PLACE" || objectType === "COUNTRY";
  return sameSentence && isPlace && type !== "CAPITAL_OF" ? "LOCATED_IN" : null;
}

/** Whether a word (or its singular) heads a body's name: "Council", "Unions", "Office". */
function isBodyWord(word: string): boolean {
  const singular = word.endsWith("s") ? word.slice(0, -1) : word;
  return [word, singular].some(
    (form) =>
      ORGANIZATION_HEADS.has(form) || GENERIC_HEADS.has(form) || INSTITUTION_WORDS.has(form),
  );
}

/**
 * Whether a name reads as a title: one word, "of" and a tail, and no body's word at either end
 * ("Lord of the Rings", "Prisoner of Azkaban", "Act of Settlement", "Queen of the Sky"; not
 * "Bank of England", "Centre of Indian Trade Unions"). The model, taught on gold organisations,
 * gives such a name the story's country; a gazetteer body ("House of Lords") is exempt.
 */
export function isTitleLikeName(name: string): boolean {
  const words = name.trim().split(WHITESPACE_RUN);
  if (words[0] === "The") words.shift();
  if (words.length < 3 || words[1] !== "of") return false;
  return !isBodyWord(words[0] ?? "") && !isBodyWord(words.at(-1) ?? "");
}

/** "Leeds striker Alan Smith": a club named by its town is no place in the article's text. */
const CLUB_TYPES: ReadonlySet<RelationType> = new Set(["PLAYS_FOR", "COACHES", "DEFEATED"]);

/** Relations that give an organisation or a person one home country. */
const HOME: ReadonlySet<RelationType> = new Set(["BASED_IN", "CITIZEN_OF"]);

/** Homes and nationalities: a work's title holds none. */
const WORK_HOMES: ReadonlySet<RelationType> = new Set(["BASED_IN", "CITIZEN_OF", "LOCATED_IN"]);

/** "England fly-half Charlie Hodgson": the nation whose side a person plays for or coaches is his home. */
const SIDE_TYPES: ReadonlySet<RelationType> = new Set(["PLAYS_FOR", "COACHES"]);

/** Whether the mention is the body of a shadow office: "Shadow Treasury chief secretary". */
function isShadowOf(view: DocumentView, mention: MentionView | undefined): boolean {
  return (
    mention !== undefined && view.symbols[mention.sentence]?.[mention.tokenStart - 1] === "shadow"
  );
}

/** A party by its name ("Labour Party", "the Tories", "Liberal Democrats"). */
function isParty(view: DocumentView, entity: number): boolean {
  return (
    view.types[entity] === "ORGANIZATION" &&
    (findEntryByKey(view.keys[entity] ?? "")?.kind === "party" ||
      PARTY_SURFACE.test(view.names[entity] ?? ""))
  );
}

/** A national side: named by its country ("France"), its side's key ("team:fra") or a home nation ("Wales"). */
function isNationalSide(view: DocumentView, entity: number): boolean {
  const key = view.keys[entity] ?? "";
  return (
    view.types[entity] === "COUNTRY" ||
    key.startsWith(NATIONAL_SIDE_KEY_PREFIX) ||
    findEntryByKey(key)?.kind === "region"
  );
}

/**
 * "subject:type" → the countries the rules say the subject is from ("France's Dassault",
 * "the Japanese carmaker Toyota"): the model adds no other country of that type for it.
 */
function indexStatedHomes(
  view: DocumentView,
  rules: readonly ExtractedRelation[],
): Map<string, Set<number>> {
  const homes = new Map<string, Set<number>>();
  for (const rule of rules) {
    const isSide = SIDE_TYPES.has(rule.type);
    const type = isSide ? "CITIZEN_OF" : rule.type;
    // England, Wales and Scotland field national sides but are regions to the gazetteer.
    const isNation =
      view.types[rule.object] === "COUNTRY" ||
      (isSide && findEntryByKey(view.keys[rule.object] ?? "")?.kind === "region");
    if (!HOME.has(type) || !isNation) continue;
    if (rule.provenance !== "STATED" || rule.attributes.inferred !== undefined) continue;
    const key = `${rule.subject}:${type}`;
    const countries = homes.get(key) ?? new Set<number>();
    countries.add(rule.object);
    homes.set(key, countries);
  }
  return homes;
}

/**
 * Whether the article names an entity firmly enough for a relation read across sentences: the
 * gazetteer knows it, its name has two words or more, or the article names it twice. A one-word
 * name said once ("Gladiator", "Herald") is as often a film, a paper's title or a misread word as
 * an organisation, and the training sets (gold entities only) cannot teach the model that.
 */
export function isFirmlyNamed(view: DocumentView, entity: number): boolean {
  if (view.byEntity[entity]!.length >= 2) return true;
  if (WHITESPACE.test(view.names[entity]!.trim())) return true;
  // "a raid in Urgun", "Paktika province": a place word after "in" or before a place noun.
  const mention = view.byEntity[entity]![0];
  const words = mention ? view.symbols[mention.sentence] : undefined;
  if (
    view.types[entity] === "PLACE" &&
    mention &&
    (CITY_LEAD_WORDS.has(words?.[mention.tokenStart - 1] ?? "") ||
      PLACE_HEAD_NOUNS.has(words?.[mention.tokenEnd] ?? ""))
  )
    return true;
  const key = view.keys[entity]!;
  return findEntryByKey(key) !== undefined || placeCountry(key) !== undefined;
}

const WHITESPACE = /\s/;

/** Relations that put one thing inside another: never between two neighbours of a list. */
const CONTAINMENT: ReadonlySet<RelationType> = new Set([
  "LOCATED_IN",
  "BASED_IN",
  "PART_OF",
  "CAPITAL_OF",
]);

/**
 * Whether the pair are neighbours in a list of names ("Nat West, Vodafone, O2 and NTL", "Lyon,
 * Marseille and Nice"): a comma between them and the run going on with another name on either
 * side. "Lyon, France is large" (nothing after) stays a place in a place.
 */
function isListNeighbours(view: DocumentView, near: PairCandidate["near"]): boolean {
  if (!near) return false;
  const [first, second] =
    near.subject.start <= near.object.start
      ? [near.subject, near.object]
      : [near.object, near.subject];
  const words = view.symbols[first.sentence];
  if (!words || second.sentence !== first.sentence) return false;
  if (words[first.tokenEnd] !== "," || second.tokenStart !== first.tokenEnd + 1) return false;
  // "born in Lyon, France, and raised…": a country ends a place hierarchy, whatever follows.
  if (view.types[second.entity] === "COUNTRY") return false;
  // Mentions are "<TYPE>" at their first token and "" inside (see buildDocumentView).
  const isName = (index: number) => {
    const word = words[index];
    return word !== undefined && (word === "" || word.startsWith("<"));
  };
  const after = words[second.tokenEnd];
  const goesOn =
    (after === "," || after === "and" || after === "or") &&
    (isName(second.tokenEnd + 1) || words[second.tokenEnd + 1] === "and");
  const cameBefore = words[first.tokenStart - 1] === "," && isName(first.tokenStart - 2);
  return goesOn || cameBefore;
}

/**
 * Whether a party is named with a place right after "in" ("a deal with the Tories in Europe",
 * "the Lib Dems in Kent"): its branch or group there, not where the party lies. A country stays
 * the party's ("the Social Democrats in Germany").
 */
function isPartyBranch(view: DocumentView, near: PairCandidate["near"]): boolean {
  if (!near || near.subject.sentence !== near.object.sentence) return false;
  if (!isParty(view, near.subject.entity) || view.types[near.object.entity] === "COUNTRY")
    return false;
  const words = view.symbols[near.subject.sentence] ?? [];
  const link = near.subject.tokenEnd;
  const place = words[link + 1] === "the" ? link + 2 : link + 1;
  return words[link] === "in" && near.object.tokenStart === place;
}

/** Words that put a place inside another right after its name: "Wimbledon in London". */
const PLACING_WORDS: ReadonlySet<string> = new Set(["in", "at"]);

/** Words that join the items of a list: "Kelsey in London, Marlow Park in Leeds and…". */
const ITEM_JOINS: ReadonlySet<string> = new Set([",", "and", ";"]);

/**
 * Whether the pair are two items of a list of placed names ("tracks at Kelsey in London, Marlow
 * Park in Leeds"): the subject placed right after its name, then a join, then another name placed
 * in the object. The object is the other item's place; "Kelsey in Hartley, Leeds" (no second
 * placing word) stays a place in a place.
 */
function isPlacedBeforeObject(view: DocumentView, near: PairCandidate["near"]): boolean {
  if (!near || near.subject.sentence !== near.object.sentence) return false;
  if (near.subject.start >= near.object.start) return false;
  const words = view.symbols[near.subject.sentence] ?? [];
  const link = near.subject.tokenEnd;
  if (!PLACING_WORDS.has(words[link] ?? "") || !words[link + 1]?.startsWith("<")) return false;
  // The object's own placing word, right after another name ("Marlow Park in Leeds").
  const objectLink = near.object.tokenStart - 1;
  if (objectLink <= link + 1 || !PLACING_WORDS.has(words[objectLink] ?? "")) return false;
  const item = words[objectLink - 1];
  if (item !== "" && !item?.startsWith("<")) return false;
  for (let t = link + 2; t < objectLink - 1; t++) if (ITEM_JOINS.has(words[t] ?? "")) return true;
  return false;
}

/** Words that open a list of examples: "including Frontrunner, eLections, President Forever". */
const LIST_OPENERS: ReadonlySet<string> = new Set(["including", "include", "includes", "like"]);
/** A word with a capital letter anywhere: "Frontrunner", "eLections", "President". */
const HAS_CAPITAL_RE = /\p{Lu}/u;

/**
 * Whether the pair are items of one list of names ("including Frontrunner, eLections, President
 * Forever and The Political Machine", "Stat Quo, Proof, DJ Green Lantern, Swift"): between them
 * only names, commas and "and", and the list opened by a cue or going on past them (past a bare
 * "and" only opened). Items of a list are named side by side; none holds a role in another.
 */
function isInOneList(view: DocumentView, near: PairCandidate["near"]): boolean {
  if (!near || near.subject.sentence !== near.object.sentence) return false;
  const [first, second] =
    near.subject.start <= near.object.start
      ? [near.subject, near.object]
      : [near.object, near.subject];
  const words = view.symbols[first.sentence] ?? [];
  const tokens = view.sentences[first.sentence]?.tokens ?? [];
  const isNameWord = (t: number) =>
    words[t] === "" ||
    words[t]?.startsWith("<") === true ||
    HAS_CAPITAL_RE.test(tokens[t]?.text ?? "");
  let joins = 0;
  let commas = 0;
  for (let t = first.tokenEnd; t < second.tokenStart; t++) {
    if (words[t] === "," || words[t] === "and") {
      joins++;
      if (words[t] === ",") commas++;
    } else if (!isNameWord(t)) return false;
  }
  if (joins === 0) return false;
  const opened =
    LIST_OPENERS.has(words[first.tokenStart - 1] ?? "") ||
    `${words[first.tokenStart - 2] ?? ""} ${words[first.tokenStart - 1] ?? ""}` === "such as" ||
    (words[first.tokenStart - 1] === "," && isNameWord(first.tokenStart - 2));
  const goesOn =
    (words[second.tokenEnd] === "," || words[second.tokenEnd] === "and") &&
    isNameWord(second.tokenEnd + 1);
  // "Proof, Norvex Records and Tom Hale": a bare "and" joins items only of a list begun before.
  return commas > 0 ? opened || goesOn : opened;
}

/** Entity types of places: what a misread rule names as made stays where it is. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["PLACE", "COUNTRY"]);
/** Relations that make their object a thing made: a product or a work. */
const MAKING: ReadonlySet<RelationType> = new Set(["PRODUCES", "CREATED"]);

/**
 * The entities a rule says someone made ("Sony's Qrio robots" → Qrio), unless they are places
 * (a misread "Kilroy-Silk's East Midlands constituents" stays a region).
 */
export function madeThings(
  view: DocumentView,
  rules: readonly ExtractedRelation[],
): ReadonlySet<number> {
  const made = new Set<number>();
  for (const rule of rules)
    if (MAKING.has(rule.type) && !PLACE_TYPES.has(view.types[rule.object]!)) made.add(rule.object);
  return made;
}

/**
 * A pair no sentence names together needs at least this probability, whatever its type's
 * threshold: on the training documents' folds, the guesses below it were right one time in three
 * ("Nintendo BASED_IN United States" from a story about the US market).
 */
const MIN_CROSS_SENTENCE_P = 0.4;

/** Further sentences listed as support, at most. */
const MAX_SUPPORT = 3;

/** "subject:object" → the rule types, the index the features and the "rules win" check read. */
export function indexRuleRelations(
  rules: readonly ExtractedRelation[],
): Map<string, RelationType[]> {
  const index = new Map<string, RelationType[]>();
  for (const relation of rules) {
    const key = `${relation.subject}:${relation.object}`;
    const types = index.get(key) ?? [];
    if (!types.includes(relation.type)) types.push(relation.type);
    index.set(key, types);
  }
  return index;
}

/** Candidates of an article with their features: what training and prediction both read. */
export function describePairs(
  view: DocumentView,
  rules: readonly ExtractedRelation[],
  types: readonly RelationType[],
  fits: SignatureCheck,
): { candidates: PairCandidate[]; features: string[][] } {
  const ruled = indexRuleRelations(rules);
  const candidates = pairCandidates(view, ruled, types, fits);
  return { candidates, features: candidates.map((c) => pairFeatures(view, c, ruled)) };
}

/** The ordered pairs some of `types` may join; `ruled` from indexRuleRelations. */
function pairCandidates(
  view: DocumentView,
  ruled: ReadonlyMap<string, readonly RelationType[]>,
  types: readonly RelationType[],
  fits: SignatureCheck,
): PairCandidate[] {
  // Asked for every pair of the article's entities: one answer per pair of entity types.
  const cells = ENTITY_TYPES.length;
  const anyType = typePairTable(types, fits);
  const fitsAny = (subject: EntityType, object: EntityType) =>
    anyType[ENTITY_INDEX.get(subject)! * cells + ENTITY_INDEX.get(object)!]!;
  return findPairCandidates(view, fitsAny, new Set(ruled.keys()));
}

/** Per signature check and list of types: the tables already built (the same for every article). */
const typePairTables = new WeakMap<SignatureCheck, Map<string, readonly boolean[]>>();

/** Per pair of entity types (subject-major): whether some of `types` may join them. `fits` is pure. */
function typePairTable(types: readonly RelationType[], fits: SignatureCheck): readonly boolean[] {
  let tables = typePairTables.get(fits);
  if (!tables) {
    tables = new Map();
    typePairTables.set(fits, tables);
  }
  const key = types.join(",");
  let table = tables.get(key);
  if (!table) {
    table = ENTITY_TYPES.flatMap((subject) =>
      ENTITY_TYPES.map((object) => types.some((type) => fits(type, subject, object))),
    );
    tables.set(key, table);
  }
  return table;
}

function evidenceFor(view: DocumentView, mentions: readonly MentionView[]): RelationEvidence {
  const first = mentions[0]!;
  const sentence = view.sentences[first.sentence]!;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const mention of mentions) {
    start = Math.min(start, mention.title?.start ?? mention.start, mention.start);
    end = Math.max(end, mention.end);
  }
  return {
    sentenceIndex: sentence.index,
    sentence: view.text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    start,
    end,
    eventDate: null,
  };
}

/** The primary sentence and the further ones: where both are named, else where each first is. */
function evidenceOf(
  view: DocumentView,
  candidate: PairCandidate,
): { evidence: RelationEvidence; support: RelationEvidence[] } {
  const subjects = view.byEntity[candidate.subject]!;
  const objects = view.byEntity[candidate.object]!;
  if (candidate.near) {
    const primary = candidate.near.subject.sentence;
    const support = candidate.shared
      .filter((sentence) => sentence !== primary)
      .slice(0, MAX_SUPPORT)
      .map((sentence) =>
        evidenceFor(view, [
          subjects.find((m) => m.sentence === sentence)!,
          objects.find((m) => m.sentence === sentence)!,
        ]),
      );
    return {
      evidence: evidenceFor(view, [candidate.near.subject, candidate.near.object]),
      support,
    };
  }
  // Each named in its own sentence: the pair's closest sentences, subject's first.
  let best: [MentionView, MentionView] = [subjects[0]!, objects[0]!];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const s of subjects) {
    for (const o of objects) {
      const distance = Math.abs(s.sentence - o.sentence);
      if (distance < bestDistance) {
        best = [s, o];
        bestDistance = distance;
      }
    }
  }
  return { evidence: evidenceFor(view, [best[0]]), support: [evidenceFor(view, [best[1]])] };
}

function predicateOf(view: DocumentView, candidate: PairCandidate, type: RelationType): string {
  const near = candidate.near;
  if (near) {
    const [first, second] =
      near.subject.start <= near.object.start
        ? [near.subject, near.object]
        : [near.object, near.subject];
    const between = view.text.slice(first.end, second.start).trim();
    if (between.length > 0 && between.length <= 40 && !between.includes("\n")) return between;
  }
  return type.toLowerCase().replace(/_/g, " ");
}

/** Per model: the logit floors of its thresholds (`logitFloor`). */
const floorsOfModel = new WeakMap<RelationModel, Float64Array>();

function logitFloors(model: RelationModel): Float64Array {
  let floors = floorsOfModel.get(model);
  if (!floors) {
    floors = Float64Array.from(model.thresholds, logitFloor);
    floorsOfModel.set(model, floors);
  }
  return floors;
}

/**
 * A logit below which `sigmoid` stays under `threshold` whatever its rounding: the threshold's
 * logit less a margin far above the float error, +∞ for a threshold above 1 (never reached),
 * −∞ (no shortcut) for one of 1 or below 0.
 */
function logitFloor(threshold: number): number {
  if (threshold > 1) return Number.POSITIVE_INFINITY;
  if (!(threshold > 0 && threshold < 1)) return Number.NEGATIVE_INFINITY;
  return Math.log(threshold / (1 - threshold)) - LOGIT_MARGIN;
}
const LOGIT_MARGIN = 1e-6;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Relations the model reads from the article's pairs, beyond those the rules state: where a rule
 * relates the pair with a type (or one of its exclusive group), the rule wins. `describedHomes`
 * are homes rules read across sentences (no model features) that rule out other homes likewise;
 * `made` are the things rules say someone made (madeThings), which get no home.
 */
export function classifyPairs(
  view: DocumentView,
  rules: readonly ExtractedRelation[],
  model: RelationModel,
  fits: SignatureCheck,
  describedHomes: readonly ExtractedRelation[] = [],
  made: ReadonlySet<number> = new Set(),
): ExtractedRelation[] {
  // Types the model never predicts (threshold above 1) need no candidates.
  const enabled = model.types.filter((_, t) => model.thresholds[t]! <= 1);
  const ruled = indexRuleRelations(rules);
  // The features of a candidate dropped before scoring are never built (describePairs is the
  // same candidates and features, for training).
  const candidates = pairCandidates(view, ruled, enabled, fits);
  // The country a person's stated title names ("French President"), where the rules read one.
  // The countries of the gazetteer places the rules put each entity in ("in Biarritz" → France).
  const countriesOfPlace = new Map<number, Set<string>>();
  for (const rule of rules) {
    if (!IN_COUNTRY.has(rule.type) || view.types[rule.object] !== "PLACE") continue;
    const country = placeCountry(view.keys[rule.object]!);
    if (country === undefined) continue;
    const countries = countriesOfPlace.get(rule.subject) ?? new Set<string>();
    countries.add(country);
    countriesOfPlace.set(rule.subject, countries);
  }
  const countryOfOffice = new Map<number, number>();
  for (const rule of rules)
    if (
      (rule.type === "LEADER_OF" || rule.type === "HOLDS_POSITION") &&
      view.types[rule.object] === "COUNTRY" &&
      rule.attributes.inferred === undefined
    )
      countryOfOffice.set(rule.subject, rule.object);
  // "Chinese Foreign Minister Wang Yi and US Adviser Jake Sullivan": a country a stated title
  // gives one person, in a sentence, is no evidence of another person's nationality there.
  const titleCountries = new Map<number, Map<number, number>>();
  for (const rule of rules)
    if (NATIONAL.has(rule.type) && view.types[rule.object] === "COUNTRY") {
      const bySentence = titleCountries.get(rule.evidence.sentenceIndex) ?? new Map();
      titleCountries.set(rule.evidence.sentenceIndex, bySentence);
      bySentence.set(rule.object, rule.subject);
    }
  const isOthersTitleCountry = (candidate: PairCandidate): boolean =>
    candidate.shared.length > 0 &&
    candidate.shared.every((sentence) => {
      const holder = titleCountries.get(sentence)?.get(candidate.object);
      return holder !== undefined && holder !== candidate.subject;
    });
  // "Tory leader Michael Howard accused Mr Brown": a party a stated role gives one person, in a
  // sentence, is no evidence of another person's membership there. (Firms are left out: there
  // the rules' holder is too often a cut name, "said Ken Sato, Chief Operating Officer of Sony"
  // giving Sony to "Operating Officer".)
  const partyHolders = new Map<number, Map<number, Set<number>>>();
  for (const rule of rules)
    if (
      ROLES.has(rule.type) &&
      isParty(view, rule.object) &&
      rule.attributes.inferred === undefined
    ) {
      const bySentence = partyHolders.get(rule.evidence.sentenceIndex) ?? new Map();
      partyHolders.set(rule.evidence.sentenceIndex, bySentence);
      const holders = bySentence.get(rule.object) ?? new Set<number>();
      bySentence.set(rule.object, holders);
      holders.add(rule.subject);
    }
  const isOthersParty = (candidate: PairCandidate): boolean =>
    candidate.shared.length > 0 &&
    candidate.shared.every((sentence) => {
      const holders = partyHolders.get(sentence)?.get(candidate.object);
      return holders !== undefined && !holders.has(candidate.subject);
    });
  // "Liberal Democrat spokesman Mark Oaten ... said Labour was right": a party the rules give a
  // person is the only party the model may give him.
  const partyOf = new Map<number, number>();
  for (const rule of rules)
    if (ROLES.has(rule.type) && PARTY_SURFACE.test(view.names[rule.object] ?? ""))
      partyOf.set(rule.subject, rule.object);
  const otherParty = (subject: number, object: number): boolean => {
    const party = partyOf.get(subject);
    return party !== undefined && party !== object && PARTY_SURFACE.test(view.names[object]!);
  };
  // "Arsenal have been linked with Middlesbrough keeper Mark Schwarzer": the club the rules give
  // a player or a coach is the only club the model may give him (his national side aside).
  const clubOf = new Map<number, number>();
  for (const rule of rules)
    if (
      SIDE_TYPES.has(rule.type) &&
      rule.provenance === "STATED" &&
      !isNationalSide(view, rule.object) &&
      // "Former Everton midfielder Thomas Gravesen scored his first goal for Real": a past club.
      !isMarkedFormerBefore(rule)
    )
      clubOf.set(rule.subject, rule.object);
  const otherClub = (type: RelationType, subject: number, object: number): boolean => {
    const club = clubOf.get(subject);
    return (
      SIDE_TYPES.has(type) && club !== undefined && club !== object && !isNationalSide(view, object)
    );
  };
  // "The Dane joined Real Madrid": a club's country is what a sentence says of the club, never
  // the model's guess from a player's nationality. A club is a listed one or, in a sports story,
  // an organisation the rules make a player's or a coach's side.
  const isSport = isSportsStory(view.sentences);
  const clubs = new Set<number>();
  view.keys.forEach((key, entity) => {
    if (key.startsWith(CLUB_KEY_PREFIX)) clubs.add(entity);
  });
  if (isSport)
    for (const rule of rules)
      if (SIDE_TYPES.has(rule.type) && view.types[rule.object] === "ORGANIZATION")
        clubs.add(rule.object);
  const homes = indexStatedHomes(view, rules);
  // "The American had cast doubt…": a nationality a description states of a person named before
  // (read by the rules, no feature) rules out another as a stated one does.
  for (const relation of describedHomes) {
    const key = `${relation.subject}:${relation.type}`;
    homes.set(key, new Set([...(homes.get(key) ?? []), relation.object]));
  }
  const homeFigures = findHomeFigures(view, rules, governmentCountry(view));
  // "the French carmaker Renault ... its plant in Douai": another country is ruled out, a town is not.
  const isOtherHome = (type: RelationType, subject: number, object: number): boolean => {
    const stated = homes.get(`${subject}:${type}`);
    return stated !== undefined && !stated.has(object) && view.types[object] === "COUNTRY";
  };
  const cues = new Map<number, boolean>();
  const officeCue = (entity: number): boolean => {
    let cue = cues.get(entity);
    if (cue === undefined) {
      cue = hasOfficeCue(view, entity);
      cues.set(entity, cue);
    }
    return cue;
  };
  const stateCues = new Map<number, boolean>();
  const stateOfficeCue = (entity: number): boolean => {
    let cue = stateCues.get(entity);
    if (cue === undefined) {
      cue = hasOfficeCue(view, entity, true);
      stateCues.set(entity, cue);
    }
    return cue;
  };
  const namedOnlyInNames = new Map<number, boolean>();
  const onlyInNames = (entity: number): boolean => {
    let only = namedOnlyInNames.get(entity);
    if (only === undefined) {
      only = isNamedOnlyInOtherNames(view, entity);
      namedOnlyInNames.set(entity, only);
    }
    return only;
  };
  const placeEvidence = new Map<number, boolean>();
  const isUnplaced = (entity: number): boolean => {
    if (view.types[entity] !== "PLACE") return false;
    let placed = placeEvidence.get(entity);
    if (placed === undefined) {
      placed = hasPlaceEvidence(view, entity);
      placeEvidence.set(entity, placed);
    }
    return !placed;
  };
  // "England lost to France… Ben Kay was sent off": in a sports story naming several countries
  // they are sides, and which side a player or a club is on is what a sentence naming both says.
  const isMatchReport = view.countryCount >= 2 && isSport;
  const rosters = findRosterSentences(view);
  const onlyInRosters = (entity: number) =>
    view.sentencesOf[entity]!.every((sentence) => rosters.has(sentence));
  const isCommonNoun = commonNounEntities(view);
  const isWorkTitle = workTitleEntities(view);
  const isCutTail = cutTailEntities(view);
  // An entity's own features weigh the same in every pair it is in: scored once per entity and side.
  const sideScores = new Map<number, ReturnType<typeof scoreFeatures>>();
  const sideScore = (entity: number, side: "s" | "o") => {
    const slot = entity * 2 + (side === "s" ? 0 : 1);
    let score = sideScores.get(slot);
    if (!score) {
      score = scoreFeatures(model, entitySideFeatures(view, entity, side));
      sideScores.set(slot, score);
    }
    return score;
  };
  const scorer = new FeatureScorer(model);
  const floors = logitFloors(model);
  const relations: ExtractedRelation[] = [];
  candidates.forEach((candidate) => {
    const subjectType = view.types[candidate.subject]!;
    const objectType = view.types[candidate.object]!;
    if (candidate.near === undefined && !isFirmlyNamed(view, candidate.subject)) return;
    // "D Peel (Llanelli)" in a line-up, France named elsewhere: a list says nothing more.
    if (rosters.size > 0 && (onlyInRosters(candidate.subject) || onlyInRosters(candidate.object)))
      return;
    // "the US' best-selling DVD", "DVD players": an acronym used as a common noun is a thing.
    if (isCommonNoun(candidate.subject) || isCommonNoun(candidate.object)) return;
    scorer.reset();
    addPairOnlyFeatures(view, candidate, ruled, scorer);
    const { logits, local } = scorer;
    // The subject's own weights, then the object's (each sum in the order training's list gives).
    const subjectScore = sideScore(candidate.subject, "s");
    const objectScore = sideScore(candidate.object, "o");
    for (let t = 0; t < logits.length; t++) {
      logits[t] = logits[t]! + subjectScore.logits[t]! + objectScore.logits[t]!;
      local[t] = local[t]! + subjectScore.local[t]! + objectScore.local[t]!;
    }
    const stated = ruled.get(`${candidate.subject}:${candidate.object}`) ?? [];
    const chosen: { type: RelationType; p: number; t: number; placed: RelationType }[] = [];
    model.types.forEach((type, t) => {
      // Below its threshold first: the cheapest check, and the one most types fail (every check
      // before the last "chosen" is pure, so their order changes nothing).
      // A logit clearly below its threshold's skips the exponential (the same answer, exactly).
      if (logits[t]! < floors[t]!) return;
      const p = sigmoid(logits[t]!);
      if (p < model.thresholds[t]!) return;
      if (!fits(type, subjectType, objectType)) return;
      if (OFFICES_NEEDING_CUE.has(type) && !officeCue(candidate.subject)) return;
      if (type === "LEADER_OF" && objectType === "COUNTRY" && !stateOfficeCue(candidate.subject))
        return;
      // "said Ross Walker, UK economist at RBS", "a win over France": a job is with a body, and
      // the model's "works for a country" (or its side) is a nationality or a match misread.
      if (type === "WORKS_FOR" && isNationalSide(view, candidate.object)) return;
      if (candidate.near === undefined && p < MIN_CROSS_SENTENCE_P) return;
      if (CONTAINMENT.has(type) && isListNeighbours(view, candidate.near)) return;
      if (CONTAINMENT.has(type) && isPartyBranch(view, candidate.near)) return;
      // "tracks at Kelsey in London, Marlow Park in Leeds": Kelsey lies in London only.
      if (CONTAINMENT.has(type) && isPlacedBeforeObject(view, candidate.near)) return;
      // "including Frontrunner, eLections, President Forever and …": a game's title is no leader.
      if (ROLES.has(type) && isInOneList(view, candidate.near)) return;
      // "Gin and Juice", "voice Wilbur the pig": a "place" the article never shows as one.
      if (!CLUB_TYPES.has(type) && (isUnplaced(candidate.subject) || isUnplaced(candidate.object)))
        return;
      if (
        isContradicted(
          view,
          type,
          candidate.subject,
          candidate.object,
          countryOfOffice,
          countriesOfPlace,
        )
      )
        return;
      if (NATIONAL.has(type) && isOthersTitleCountry(candidate)) return;
      if (
        type === "CITIZEN_OF" &&
        candidate.near !== undefined &&
        isOthersCountry(view, candidate.subject, candidate.near.object)
      )
        return;
      // "Italy were offered a penalty when Scottish flanker Ian Ross was offside".
      if (
        type === "CITIZEN_OF" &&
        isDescribedAsOtherNational(view, candidate.subject, candidate.object)
      )
        return;
      // "Ross Walker, UK economist at RBS": the country is the desk's market, no nationality.
      if (
        type === "CITIZEN_OF" &&
        candidate.near !== undefined &&
        namesDesk(view, candidate.near.object)
      )
        return;
      // "a defeat to Mario Ancic ... the Briton's defeat": the demonym is the other player's.
      if (
        type === "CITIZEN_OF" &&
        candidate.near !== undefined &&
        isRivalOfDescribed(view, candidate.near.subject, candidate.near.object)
      )
        return;
      if (HOME.has(type) && isOtherHome(type, candidate.subject, candidate.object)) return;
      // "World Anti-Doping Agency chief Dick Pound says Marion Jones…": a body of many countries
      // has its seat in none the story names; the rules read a seat a sentence states.
      if (
        type === "BASED_IN" &&
        objectType === "COUNTRY" &&
        subjectType === "ORGANIZATION" &&
        isInternationalBody(view.names[candidate.subject] ?? "", view.keys[candidate.subject] ?? "")
      )
        return;
      // "the G7 meeting in London", "a meeting of the WSIS in Geneva": where a body's gathering is
      // held is no seat of the body.
      if (
        (type === "BASED_IN" || type === "LOCATED_IN") &&
        subjectType === "ORGANIZATION" &&
        isEventPlace(view, candidate.near)
      )
        return;
      // "the new film, Beyond the Sea", "TV show Twin Peaks": a work's title is nobody's home.
      if (WORK_HOMES.has(type) && isWorkTitle(candidate.subject)) return;
      // "Sony's Qrio robots", "ABC serial Desperate Housewives": what a rule says a maker made
      // has no home; the model gave it the market it is sold in ("PSP BASED_IN United States").
      if (WORK_HOMES.has(type) && made.has(candidate.subject)) return;
      // "Men In Black", "Marsh & McLennan": a name's cut tail, unknown to the gazetteer, is no
      // place, body or person of the story's country.
      if (
        WORK_HOMES.has(type) &&
        placeCountry(view.keys[candidate.subject]!) === undefined &&
        isCutTail(candidate.subject)
      )
        return;
      // "leader Charles Kennedy ... on the Iraq war": a war's country is nobody's home for it.
      if (
        (HOME.has(type) || NATIONAL.has(type)) &&
        objectType === "COUNTRY" &&
        isNamedOnlyAsWar(
          view,
          candidate.object,
          candidate.near === undefined ? undefined : candidate.shared,
        )
      )
        return;
      // "Tindall hopes to be fit for the tour to New Zealand": a place he goes is no nationality.
      if (
        type === "CITIZEN_OF" &&
        objectType === "COUNTRY" &&
        candidate.near !== undefined &&
        isNamedOnlyAsCounterpart(view, candidate.object, candidate.shared)
      )
        return;
      // "the Australian Open": a country named only inside another name is nobody's home.
      if ((HOME.has(type) || NATIONAL.has(type)) && onlyInNames(candidate.object)) return;
      if (isMatchReport && HOME.has(type) && objectType === "COUNTRY" && !(local[t]! > 0)) return;
      // "Olly Barkley ... kicked well. The Bath fly-half is likely to start against France": in a
      // sports story a country named apart from a person is a side he meets as often as his own.
      if (isSport && type === "CITIZEN_OF" && candidate.near === undefined) return;
      // "The US tycoon owns hotels. … the club's chief executive Tom Hale said": a country
      // named only as another's is no nationality of a person named apart from it.
      if (
        type === "CITIZEN_OF" &&
        candidate.near === undefined &&
        isNamedOnlyAsOthers(view, candidate.subject, candidate.object)
      )
        return;
      // "Foreign Secretary Jack Straw", "Lib Dem leader Charles Kennedy" in a story of Britain's
      // politics about Iraq: a minister or a party man of the story's government is its national,
      // and the other country the story names is his topic, unless a sentence naming both says so.
      if (
        NATIONAL.has(type) &&
        objectType === "COUNTRY" &&
        homeFigures.has(candidate.subject) &&
        homeFigures.get(candidate.subject) !== view.keys[candidate.object] &&
        !(candidate.near !== undefined && local[t]! > 0)
      )
        return;
      // "Twickenham" in a story of England against France: in a sports story the countries
      // named are mostly sides, so the model puts no place in one unless the gazetteer places it
      // there (a ground it does not know stays unplaced; a known town keeps its own country).
      if (
        isSport &&
        type === "LOCATED_IN" &&
        objectType === "COUNTRY" &&
        placeCountry(view.keys[candidate.subject] ?? "") !== view.keys[candidate.object]
      )
        return;
      // A club lies where a rule puts it; the model gives it no place.
      if (IN_COUNTRY.has(type) && clubs.has(candidate.subject)) return;
      // "Bosvelt joined City": in a sports story a person is a club's player or coach, no member.
      if (
        type === "MEMBER_OF" &&
        isSport &&
        subjectType === "PERSON" &&
        clubs.has(candidate.object)
      )
        return;
      if (stated.some((other) => isExclusive(type, other))) return;
      if (ROLES.has(type) && !isRoleOpen(type, stated, isMembershipBody(view, candidate.object)))
        return;
      if (ROLES.has(type) && otherParty(candidate.subject, candidate.object)) return;
      if (ROLES.has(type) && subjectType === "PERSON" && isOthersParty(candidate)) return;
      // "the Tory leader's own role … ask Ian Dorley to form a government": the post is its holder's.
      if (
        ROLES.has(type) &&
        subjectType === "PERSON" &&
        isParty(view, candidate.object) &&
        isPartyOnlyAsPossessorPost(view, candidate.object, candidate.shared)
      )
        return;
      // "the MDA said… Prime Minister Tony Blair answered": a government title is no role in the
      // firm, lobby or town the sentence also names.
      if (
        ROLES.has(type) &&
        subjectType === "PERSON" &&
        isGovernmentTitleMisread(view, candidate.subject, candidate.object)
      )
        return;
      // "Shadow Treasury chief secretary George Osborne": the opposition's counterpart of the
      // body's office holds no role in the body.
      if (ROLES.has(type) && isShadowOf(view, candidate.near?.object)) return;
      if (otherClub(type, candidate.subject, candidate.object)) return;
      // "former Conservative leader William Hague and former Labour leader Neil Kinnock", "the
      // Tory leader argued that the EU constitution…": a party's members are people, never a
      // rival party, a country or another body.
      if (type === "MEMBER_OF" && subjectType !== "PERSON" && isParty(view, candidate.object))
        return;
      if (
        type === "BASED_IN" &&
        subjectType === "ORGANIZATION" &&
        findEntryByKey(view.keys[candidate.subject] ?? "") === undefined &&
        isTitleLikeName(view.names[candidate.subject] ?? "")
      )
        return;
      const placed =
        subjectType === "ORGANIZATION"
          ? placementOfNamed(
              view.names[candidate.subject] ?? "",
              type,
              candidate.near !== undefined,
              objectType,
            )
          : type;
      if (placed === null || (placed !== type && stated.includes(placed))) return;
      const rivals = chosen.filter((other) => isExclusive(type, other.type));
      if (rivals.some((other) => other.p >= p)) return;
      for (const other of rivals) chosen.splice(chosen.indexOf(other), 1);
      chosen.push({ type, p, t, placed });
    });
    if (chosen.length === 0) return;
    const { evidence, support } = evidenceOf(view, candidate);
    for (const { p, t, placed } of chosen) {
      const threshold = model.thresholds[t]!;
      const thresholdLogit = Math.log(threshold / (1 - threshold));
      // STATED: the sentence naming both carries the deciding weight; without it the pair falls short.
      const isStated =
        candidate.near !== undefined && local[t]! > 0 && logits[t]! - local[t]! < thresholdLogit;
      relations.push({
        subject: candidate.subject,
        object: candidate.object,
        type: placed,
        predicate: predicateOf(view, candidate, placed),
        confidence: Math.round(p * 100) / 100,
        attributes: { model: "relation-classifier" },
        evidence: { ...evidence },
        provenance: isStated ? "STATED" : "INFERRED",
        support: support.map((row) => ({ ...row })),
      });
    }
  });
  return dropOthersOffices(relations);
}

/** Offices the model reads in one sentence: "King Abdullah of Jordan" leads Jordan there. */
const OFFICES: ReadonlySet<RelationType> = new Set(["LEADER_OF", "HOLDS_POSITION"]);

/**
 * The model's relations without a nationality or office it gives one person from a country that
 * the same sentence makes another person's office ("Tony Blair's trip was paid for by King
 * Abdullah of Jordan": Blair is no Jordanian), as the rules' titles already do.
 */
function dropOthersOffices(relations: ExtractedRelation[]): ExtractedRelation[] {
  const holders = new Map<string, Set<number>>();
  for (const relation of relations) {
    if (!OFFICES.has(relation.type) || relation.provenance !== "STATED") continue;
    const key = `${relation.evidence.sentenceIndex}:${relation.object}`;
    const people = holders.get(key) ?? new Set<number>();
    people.add(relation.subject);
    holders.set(key, people);
  }
  return relations.filter((relation) => {
    if (!NATIONAL.has(relation.type) || relation.support.length > 0) return true;
    const people = holders.get(`${relation.evidence.sentenceIndex}:${relation.object}`);
    return people === undefined || people.has(relation.subject);
  });
}
