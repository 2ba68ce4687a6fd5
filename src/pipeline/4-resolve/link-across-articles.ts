/**
 * Cross-article linking policy: which stored entity an entity of a new article joins. Pure: the
 * store reads the candidate rows this module asks for, and writes what it decides.
 */
import { normalizeAlias, normalizeKey, umlautSpellings } from "../../domain/normalize.js";
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { NOMINAL_SEEDS } from "../model/gazetteers/nominals.js";
import { GIVEN_NAMES } from "../model/lexicons/given-names.js";
import { SURNAME_PARTICLES } from "../model/lexicons/person-nouns.js";
import type { ExtractedEntity } from "../types.js";
import { legalFormCore, legalFormCoreName, legalFormKeys } from "./legal-forms.js";
import { isSharedSurname } from "./people.js";
import { fitsInitialForm, isFirstNameVariant, isNicknameOf, splitInitialForm } from "./resolve.js";

/** A stored entity found by the article's own (type, key). */
export interface StoredEntityKey {
  id: number;
  type: string;
  key: string;
}

/** What to look up for the entities that have no stored (type, key) of their own. */
export interface LinkLookups {
  /** Normalised names, matched against stored names and strong aliases of the same type. */
  names: string[];
  /** One-word person keys ("kenteris"), matched against the last word of stored full names. */
  lastNames: string[];
  /** Keys made from a name, matched against stored keys of any type. */
  keys: string[];
  /**
   * Short forms of full names that may be stored alone from an earlier article: the surname of a
   * person's full name ("kenteris"), an organisation's acronym ("nfoa"); matched against stored keys.
   */
  bareKeys: string[];
  /**
   * Acronyms of organisations that have no stored (type, key) ("WADA"), matched against the
   * initials of stored organisations' names ("World Anti-Doping Agency").
   */
  initials: string[];
}

/** The stored rows that answer a LinkLookups. */
export interface LinkCandidates {
  /** Stored entities by alias, with their key when the store read it. */
  aliases: { id: number; type: string; normalizedAlias: string; key?: string }[];
  /** People by the last word of a full name; `key` when the row is the entity's key, not an alias. */
  lastNames: { id: number; lastName: string; key?: string }[];
  /** Stored entities by key, with their type when the store read it. */
  keys: { id: number; key: string; type?: string }[];
  /** Stored entities whose key is one of the lookups' bare keys. */
  bareKeys: { id: number; type: string; key: string }[];
  /** Stored organisations whose name's initials are one of the lookups' initials. */
  initials: { id: number; initials: string }[];
  /**
   * What the store read for `planContextLookup`, when it did: absent, any story fits (as before
   * the context was read).
   */
  context?: StoredContext;
}

/** What the store counts for a ContextLookup: the candidates, and the article's stored entities. */
export interface ContextLookup {
  /** Stored people a bare surname or initial form of this article may join, or be joined by. */
  candidateIds: number[];
  /** The article's other entities already stored under their own (type, key). */
  contextIds: number[];
}

/** The stored answer to a ContextLookup. */
export interface StoredContext {
  /** A candidate and a context entity named in one stored article, once per such article. */
  shared: { id: number; contextId: number; articleId: number }[];
  /** In how many stored articles each candidate is named. */
  candidateArticles: { id: number; articles: number }[];
  /** How many articles are stored. */
  totalArticles: number;
}

/** Where an extracted entity without a stored (type, key) of its own is linked to. */
export interface EntityLink {
  id: number;
  /** Linked by a bare last name only: its surface forms are not recorded as aliases of the target. */
  weak: boolean;
  /**
   * The target takes this entity's key and name, so it ends with the same key whichever article
   * came first: it was stored under a short form ("Kenteris", "NFOA"), or under a name of its own
   * where this entity has a listed key ("Opera" before a gazetteer's "place:opera").
   */
  rekey?: true;
  /**
   * The target's aliases go before this entity's are recorded: it was stored under a person's
   * short form or a first name's other form ("J Lewsey", "Yassir Arafat") whose articles, had
   * they come after this one, would have joined it weakly, recording no alias. So "J Lewsey" is
   * an alias of "Josh Lewsey" in neither order, unless this article itself writes it.
   */
  replaceAliases?: true;
  /**
   * The target is stored with another type than this entity's: the store counts its mentions'
   * types again, and the type most of them give wins (OTHER only when none gives another).
   */
  recount?: true;
}

/** A key of one word: not a gazetteer key ("CHN", "org:nato") and no space. */
function isOneWordKey(key: string): boolean {
  return !key.includes(" ") && !key.includes(":") && key.length > 1;
}

/**
 * Types a surname alone is stored under: a person, or OTHER, the tagger's "something else" for a
 * name it could not place ("Nadal" in a line of a report, beside the "Rafael Nadal" of another).
 */
const SURNAME_TYPES: ReadonlySet<string> = new Set(["PERSON", "OTHER"]);

/**
 * A key of one word a surname alone may have: a one-word person's, or an OTHER's, which joins a
 * stored full name as a person's would (weakly, by the same story), and whose type the mentions
 * then vote on (an OTHER mention counts half, so the person's type stays).
 */
function isBareName(type: string, key: string): boolean {
  return SURNAME_TYPES.has(type) && isOneWordKey(key);
}

/**
 * Small words of a title ("The Aviator", "Lord of the Rings"), never of a person's name. Not
 * "a" (a middle initial: "John A Smith") nor "an", "in" (given names and surnames elsewhere).
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(["the", "of", "and", "for"]);

/**
 * Whether a stored person's key reads as a person's name, for an OTHER surname alone to join it:
 * a work the tagger took for a person ("The Aviator", "Lord of the Rings") is no one whose
 * surname "Aviator" or "Rings" is; a person's surname alone keeps joining as before.
 */
function isPersonShapedKey(key: string): boolean {
  return !key.split(" ").some((word) => TITLE_WORDS.has(word));
}

/**
 * A one-word person that may join a stored full name by its surname: not a surname several
 * well-known people share ("Clinton" stays apart from a stored "Bill Clinton").
 */
function linksBySurname(type: string, key: string): boolean {
  return isBareName(type, key) && !isSharedSurname(key);
}

/** "J Lewsey" → ["j", "lewsey"]: a person named by an initial and a surname, with no listed key. */
function initialFormOf(entity: ExtractedEntity): [string, string] | undefined {
  if (entity.type !== "PERSON" || !isUnlistedKey(entity.key)) return undefined;
  return splitInitialForm(entity.name);
}

/** "j lewsey" → ["j", "lewsey"], "d dal maso" → ["d", "dal maso"]: a stored initial form's key. */
function splitInitialKey(key: string): [string, string] | undefined {
  const words = key.split(" ");
  return words.length >= 2 && (words[0] as string).length === 1 && (words[1] as string).length > 1
    ? [words[0] as string, words.slice(1).join(" ")]
    : undefined;
}

/** "dal maso" → "maso": stored full names are read by the last word of their key. */
export function lastWord(surname: string): string {
  return surname.split(" ").at(-1) ?? surname;
}

/**
 * The key a stored initial form of a full name has ("Josh Lewsey" → "j lewsey"): the first
 * name's initial and the surname, for a full name of two words whose first is no initial.
 */
function initialKeyOf(entity: ExtractedEntity): string | undefined {
  if (entity.type !== "PERSON" || !isUnlistedKey(entity.key)) return undefined;
  const words = entity.key.split(" ");
  if (words.length < 2 || (words[0] as string).length < 2) return undefined;
  return `${(words[0] as string)[0]} ${words.slice(1).join(" ")}`;
}

/**
 * "Steve Gerrard" after articles that wrote "Steven Gerrard": the stored full names by key with
 * the same surname and a first name that is a variant of this one's, with their keys; and
 * "George Bush" after "George W. Bush" (or the other way round): the same first name and last
 * word, a middle initial or particle left out (isMiddleFormOf).
 */
function variantFullNames(
  entity: ExtractedEntity,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
): Map<number, string> {
  const variants = new Map<number, string>();
  if (entity.type !== "PERSON" || !isUnlistedKey(entity.key) || initialFormOf(entity))
    return variants;
  const [first, ...rest] = entity.key.split(" ");
  if (first === undefined || rest.length === 0) return variants;
  const surname = rest.join(" ");
  for (const row of lastNameRows.get(lastWord(surname)) ?? []) {
    const [rowFirst, ...rowRest] = row.key?.split(" ") ?? [];
    if (
      row.key !== undefined &&
      rowFirst !== undefined &&
      ((rowRest.join(" ") === surname && isFirstNameVariant(first, rowFirst)) ||
        isMiddleFormOf(entity.key, row.key) ||
        isMiddleFormOf(row.key, entity.key))
    )
      variants.set(row.id, row.key);
  }
  return variants;
}

/** Words between a full name's first and last that another article may leave out. */
const MAX_MIDDLE_WORDS = 2;

/** "w" of "George W. Bush", "de" of "Rodrigo de Rato": a middle initial or a surname particle. */
function isDroppableMiddle(word: string): boolean {
  return word.length === 1 || SURNAME_PARTICLES.has(word);
}

/**
 * "george bush" of "george w bush", "rodrigo rato" of "rodrigo de rato": the first name and the
 * last word alone of a full name whose words between are middle initials or surname particles
 * only. Not a middle name written out ("steven gerrard" of "steven hay gerrard", maybe another
 * person), and never a name with a middle word of its own ("George W. Bush" of "George H. W.
 * Bush"): only a name of two words is the short form.
 */
export function isMiddleFormOf(short: string, long: string): boolean {
  const shortWords = short.split(" ");
  const longWords = long.split(" ");
  const middle = longWords.slice(1, -1);
  return (
    shortWords.length === 2 &&
    (shortWords[0] as string).length > 1 &&
    shortWords[0] === longWords[0] &&
    shortWords[1] === longWords.at(-1) &&
    middle.length >= 1 &&
    middle.length <= MAX_MIDDLE_WORDS &&
    middle.every(isDroppableMiddle)
  );
}

/** Whether the stored rows of `lastName` give person `id` a person-shaped key (an alias's row none). */
function isPersonShapedRow(
  id: number,
  lastName: string,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
): boolean {
  const keys = (lastNameRows.get(lastName) ?? []).flatMap((row) =>
    row.id === id && row.key !== undefined ? [row.key] : [],
  );
  return keys.length > 0 && keys.every(isPersonShapedKey);
}

/** The stored people a "J Lewsey" may abbreviate: full names by key whose first name fits. */
function fittingFullNames(
  parts: [string, string],
  rows: readonly { id: number; key?: string }[],
): Set<number> {
  return new Set(
    rows.flatMap((row) =>
      row.key !== undefined && fitsInitialForm(row.key, ...parts) ? [row.id] : [],
    ),
  );
}

/** Words of a name that may be a company's short name, which a registered name extends. */
const MAX_SHORT_COMPANY_WORDS = 2;

/**
 * What another article may have stored a company under: "Sony Corporation" asks for "sony"
 * (an alias, a key); "Sony" asks for the keys of its registered names ("sony corporation"…).
 */
function legalFormLookups(entity: ExtractedEntity): { names: string[]; keys: string[] } {
  if (entity.type !== "ORGANIZATION" || !isUnlistedKey(entity.key)) return { names: [], keys: [] };
  const core = legalFormCore(entity.key);
  if (core === undefined) {
    // A company's short name is a word or two ("Sony", "Goldman Sachs"): longer ones are bodies.
    const short = entity.key.split(" ").length <= MAX_SHORT_COMPANY_WORDS;
    return { names: [], keys: short ? legalFormKeys(entity.key) : [] };
  }
  const coreName = legalFormCoreName(entity.name, normalizeKey);
  // "Oil & Natural Gas Corp" also asks for the "… Corporation" another article wrote.
  return {
    names: coreName ? [normalizeAlias(coreName)] : [],
    keys: [core, ...legalFormKeys(core).filter((key) => key !== entity.key)],
  };
}

function sharesSurname(entity: ExtractedEntity): boolean {
  return isBareName(entity.type, entity.key) && isSharedSurname(entity.key);
}

// "NFOA", "U.N.": an acronym alias an earlier article may have used alone.
const ACRONYM_RE = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]+$/;

/** Acronyms shorter than this are too ambiguous to stand for a name they do not sit beside. */
const MIN_INITIALS = 3;
const NAME_WORD_SPLIT_RE = /[\s\-‐‑–]+/;
const WHITESPACE_RE = /\s+/;
const CAPITALISED_RE = /^\p{Lu}/u;

/** "IRB", "UN": a word written in capitals is an acronym already, kept whole in initials. */
const ACRONYM_WORD_RE = /^\p{Lu}{2,}$/u;

/**
 * The initials of a name's capitalised words, hyphenated parts included, lower case ("World
 * Anti-Doping Agency" → "wada", "International Committee of the Red Cross" → "icrc"); a word in
 * capitals keeps all its letters ("UN Security Council" → "unsc", "IRB Rugby Aid" → "irbra", so
 * never "ira"). The store computes the same over stored names (INITIALS in db/store.ts).
 */
export function nameInitials(name: string): string {
  return name
    .split(NAME_WORD_SPLIT_RE)
    .filter((word) => CAPITALISED_RE.test(word))
    .map((word) => (ACRONYM_WORD_RE.test(word) ? word : word[0]))
    .join("")
    .toLowerCase();
}

/** "WADA" alone: an organisation named only by an acronym, which another article may spell out. */
function acronymOf(entity: ExtractedEntity): string | undefined {
  if (entity.type !== "ORGANIZATION" || !isUnlistedKey(entity.key)) return undefined;
  if (!ACRONYM_RE.test(entity.name)) return undefined;
  const acronym = entity.name.replace(/\./g, "").toLowerCase();
  return acronym.length >= MIN_INITIALS ? acronym : undefined;
}

/**
 * The key a short form of this entity would have been stored under: a person's surname, the last
 * word of the name ("Kostas Kenteris" → "kenteris", "Anna Kramp-Vale" → "kramp vale"), an organisation's acronym ("NFOA" → "nfoa"), the one it
 * writes beside its name or else its initials ("World Anti-Doping Agency" → "wada").
 */
function bareKeyOf(entity: ExtractedEntity): string | undefined {
  if (!isUnlistedKey(entity.key) || !entity.key.includes(" ")) return undefined;
  // "Annegret Kramp-Karrenbauer" → "kramp karrenbauer": a hyphenated surname is one surname.
  if (entity.type === "PERSON") return normalizeKey(entity.name.split(WHITESPACE_RE).at(-1) ?? "");
  if (entity.type !== "ORGANIZATION") return undefined;
  const acronyms = entity.aliases.filter((alias) => ACRONYM_RE.test(alias));
  if (acronyms.length > 0)
    return acronyms.length === 1 ? normalizeKey(acronyms[0] as string) : undefined;
  const initials = nameInitials(entity.name);
  return initials.length >= MIN_INITIALS ? initials : undefined;
}

/**
 * The surnames a full name's other spellings end in ("Muammar Gaddafi" written "Moammar Gadhafi"
 * → "gadhafi"), besides its own: a bare "Gadhafi" stored first joins it as a bare "Gadhafi"
 * stored second would, by the last word of the alias.
 */
function aliasSurnames(entity: ExtractedEntity): string[] {
  const own = bareKeyOf(entity);
  if (entity.type !== "PERSON" || own === undefined) return [];
  const surnames = entity.aliases
    .filter((alias) => WHITESPACE_RE.test(alias.trim()))
    .map((alias) => normalizeKey(alias.trim().split(WHITESPACE_RE).at(-1) ?? ""));
  return [...new Set(surnames)].filter((surname) => surname.length > 1 && surname !== own);
}

/** A key the pipeline made from a name, not a gazetteer key ("CHN", "org:nato"). */
function isUnlistedKey(key: string): boolean {
  return !key.includes(":") && key === key.toLowerCase();
}

/**
 * The other names of an entity, its name aside ("UEFA Cup" of the listed "event:europa-league",
 * "NRFA" of "Northern Rail Freight Association"): another article may have stored one of them as
 * an entity of its own, which a name written that way would have joined had this entity been
 * stored first. A person's other names are surnames and initials, which the surname rules read.
 */
function otherNames(entity: ExtractedEntity): string[] {
  if (entity.type === "PERSON" && isUnlistedKey(entity.key)) return [];
  const name = normalizeAlias(entity.name);
  return [
    ...new Set(entity.aliases.map(normalizeAlias).filter((alias) => alias && alias !== name)),
  ];
}

/**
 * The name as aliases are stored, then its other umlaut spellings ("Mueller" → "mueller",
 * "müller"), and for a name other than a person's its other spacings ("SonyBMG" → "sony bmg").
 */
function nameSpellings(name: string, type: string): string[] {
  const alias = normalizeAlias(name);
  if (!alias) return [];
  const spacings = type === "PERSON" ? [] : spacingSpellings(name);
  return [...new Set([alias, ...umlautSpellings(name), ...spacings])];
}

const SPACING_RE = /[\s\-‐‑–]+/;
// "SonyBMG" → "Sony BMG", "GameCube" → "Game Cube", "JPMorgan" → "JP Morgan": where a capital
// opens a word inside a word.
const LOWER_UPPER_RE = /(\p{Ll})(\p{Lu})/gu;
const UPPER_WORD_RE = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
/** Longer names are not respaced: their parts are words, not a brand written two ways. */
const MAX_SPACED_WORDS = 4;

/**
 * Other ways another article may write the name as one: its parts run together, hyphenated or
 * spaced ("Sony Ericsson" → "sonyericsson", "Mercedes Benz" → "mercedes-benz", "Spider-Man" →
 * "spiderman"), and a word with capitals inside split at them ("SonyBMG" → "sony bmg"); lower
 * case, as aliases are stored.
 */
function spacingSpellings(name: string): string[] {
  const split = name.replace(LOWER_UPPER_RE, "$1 $2").replace(UPPER_WORD_RE, "$1 $2");
  const spellings = [name, split].flatMap((written) => {
    const parts = written.trim().split(SPACING_RE).filter(Boolean);
    if (parts.length < 2 || parts.length > MAX_SPACED_WORDS) return [];
    return [parts.join(""), parts.join("-"), parts.join(" ")].map(normalizeAlias);
  });
  const alias = normalizeAlias(name);
  return [...new Set(spellings)].filter((spelling) => spelling !== alias);
}

/** "sony bmg" and "sonybmg": two keys of one name written with and without spaces. */
function isSpacingOf(key: string, other: string): boolean {
  return key !== other && key.replace(/ /g, "") === other.replace(/ /g, "");
}

const UMLAUT_RE = /[äöüß]/;

/**
 * A one-word person's key, then its other umlaut spellings as stored last names read them:
 * "Köhnke" → "koehnke" (a key's last word), "Koehnke" → "köhnke" (an alias's last word, which
 * keeps the umlaut). Never "jol" for "Joel": a key strips the umlaut, so only aliases written
 * with it are asked.
 */
function surnameKeys(entity: ExtractedEntity): string[] {
  const spellings = umlautSpellings(entity.name).map((spelling) =>
    UMLAUT_RE.test(spelling) ? spelling : normalizeKey(spelling),
  );
  return [...new Set([entity.key, ...spellings])];
}

function typeKey(type: string, key: string): string {
  return `${type}\u0000${key}`;
}

function pendingEntities(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
): { entity: ExtractedEntity; index: number }[] {
  const known = new Set(stored.map((row) => typeKey(row.type, row.key)));
  // A stored bare "Kenteris" does not hold back a link to the one "Kostas Kenteris" stored since.
  // Nor a stored "J Lewsey" one to the "Josh Lewsey" stored since.
  return entities.flatMap((entity, index) =>
    known.has(typeKey(entity.type, entity.key)) &&
    !isBareName(entity.type, entity.key) &&
    !initialFormOf(entity)
      ? []
      : [{ entity, index }],
  );
}

/** The look-ups the decision needs, given the stored entities that share the article's (type, key)s. */
export function planLinkLookups(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
): LinkLookups {
  const pending = pendingEntities(entities, stored);
  // "Josh Lewsey" also asks for a "J Lewsey" stored alone.
  const bareKeys = pending.flatMap(({ entity }) =>
    [bareKeyOf(entity), initialKeyOf(entity), ...aliasSurnames(entity)].flatMap((key) => key ?? []),
  );
  return {
    names: [
      ...new Set(
        pending.flatMap(({ entity }) => [
          ...nameSpellings(entity.name, entity.type),
          ...legalFormLookups(entity).names,
          ...otherNames(entity),
        ]),
      ),
    ],
    // A full name's surname too: a stored namesake keeps a bare surname from joining it.
    lastNames: [
      ...new Set([
        ...pending
          .filter(({ entity }) => isBareName(entity.type, entity.key))
          .flatMap(({ entity }) => surnameKeys(entity)),
        ...pending.flatMap(({ entity }) =>
          entity.type === "PERSON"
            ? [bareKeyOf(entity) ?? [], aliasSurnames(entity)].flat().map(lastWord)
            : [],
        ),
      ]),
    ],
    // "Konstantinos Vellas" typed ORG here, stored as a PERSON from another article: one name, one entity.
    keys: [
      ...new Set(
        pending.flatMap(({ entity }) => [
          ...(isUnlistedKey(entity.key) ? [entity.key, ...legalFormLookups(entity).keys] : []),
          ...otherNames(entity).map(normalizeKey),
        ]),
      ),
    ],
    bareKeys: [...new Set(bareKeys)],
    initials: [...new Set(pending.flatMap(({ entity }) => acronymOf(entity) ?? []))],
  };
}

/**
 * Types of context entity that tell too little: a country or city is named in sport, politics
 * and culture stories alike.
 */
const PLACE_TYPES: ReadonlySet<string> = new Set(["COUNTRY", "PLACE"]);

/** Shared context entities a short form needs to join a person of another article's story. */
const MIN_SHARED_CONTEXT = 1;

/**
 * Stored articles below which an article sharing nothing with a person's stories is no evidence
 * of another story: in a handful of articles few names recur at all.
 */
const MIN_JUDGING_ARTICLES = 20;

/**
 * Whether a context entity tells one story from another: anything but a place ("United Kingdom",
 * "London" are in stories of every kind) and a listed news organisation ("BBC", "Reuters": the
 * outlet, named in every kind of story it reports). A property of the entity itself, never of
 * how many stored articles name it: a share of the store depends on what else was stored first,
 * so the same articles stored in another order joined other short forms ("Vince Cable" joined
 * "Vincent Cable" only when the business folder was stored first, 13 entities of the BBC politics
 * and business folders differed between the two orders).
 */
function tellsStories(row: StoredEntityKey): boolean {
  return (
    !PLACE_TYPES.has(row.type) &&
    findEntryByKey(row.key)?.kind !== "news" &&
    !CALENDAR_FEASTS.has(row.key)
  );
}

/** Heads of the listed recurring feasts ("Christmas", "Ramadan", "Carnival"). */
const FEAST_HEADS: ReadonlySet<string> = new Set(["holiday", "festival"]);

/**
 * The listed recurring feasts' keys: a gallery's Christmas tree and a comedy show's Christmas
 * special are two stories, as "London" in both would be; a feast comes round in stories of every
 * kind, so naming it tells nothing of which story an article is.
 */
const CALENDAR_FEASTS: ReadonlySet<string> = new Set(
  NOMINAL_SEEDS.filter((seed) => FEAST_HEADS.has(seed.head)).map((seed) => seed.key),
);

/** The article's stored context entities: what another article about the same story also names. */
function contextIdsOf(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
): number[] {
  // A bare "Rice" stored before is the name being linked, not what the story is about.
  const shortForms = new Set(
    entities
      .filter((entity) => isBareName(entity.type, entity.key) || initialFormOf(entity))
      .map((entity) => typeKey(entity.type, entity.key)),
  );
  const ids = stored.flatMap((row) => (shortForms.has(typeKey(row.type, row.key)) ? [] : [row.id]));
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * The second read cross-article linking makes, once the candidates are known: the stored people
 * a bare surname or initial form may join ("Rice" → "Condoleezza Rice") or a full name may rekey
 * ("Lehmann" stored alone → "Jens Lehmann"), and the article's context entities (maybe none);
 * undefined when there is no such person.
 */
export function planContextLookup(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
  candidates: LinkCandidates,
): ContextLookup | undefined {
  const contextIds = contextIdsOf(entities, stored);
  const candidateIds = [
    ...new Set([
      ...candidates.lastNames.map((row) => row.id),
      ...candidates.bareKeys.filter((row) => SURNAME_TYPES.has(row.type)).map((row) => row.id),
    ]),
  ]
    .filter((id) => !contextIds.includes(id))
    .sort((a, b) => a - b);
  // An article naming nothing stored besides is asked about too: it tells no story apart, and
  // the read says so (no shared context), where an unread context lets any story fit.
  return candidateIds.length > 0 ? { candidateIds, contextIds } : undefined;
}

function addTo<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/**
 * Links entities whose (type, key) is not stored yet to one stored entity of the same type, when
 * exactly one fits: an alias or name written the same ("WLGA" stored as an alias of the Welsh
 * Local Government Association), or, for a one-word person, the last name of exactly one stored
 * full name ("Kenteris" → "Kostas Kenteris"). Two stored people sharing the surname, or two
 * entities sharing the alias, mean no link: the name stays an entity of its own. Only names and
 * strong aliases are read, so a weak link never makes the next one ("never chaining weak merges").
 * Returns the links by index into `entities`.
 */
export function linkAcrossArticles(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
  candidates: LinkCandidates,
): Map<number, EntityLink> {
  const links = new Map<number, EntityLink>();
  const known = new Map(stored.map((row) => [typeKey(row.type, row.key), row.id]));
  const byAlias = new Map<string, Set<number>>();
  const keyByAliasId = new Map<number, string>();
  for (const row of candidates.aliases) {
    addTo(byAlias, typeKey(row.type, row.normalizedAlias), row.id);
    if (row.key !== undefined) keyByAliasId.set(row.id, row.key);
  }
  // "Punjab" keyed to India here, stored keyed to Pakistan: two listed identities are two things.
  const isOtherListed = (entity: ExtractedEntity, id: number): boolean => {
    const storedKey = keyByAliasId.get(id);
    return (
      !isUnlistedKey(entity.key) &&
      storedKey !== undefined &&
      !isUnlistedKey(storedKey) &&
      storedKey !== entity.key
    );
  };
  const byLastName = new Map<string, Set<number>>();
  const lastNameRows = new Map<string, { id: number; key?: string }[]>();
  for (const row of candidates.lastNames) {
    addTo(byLastName, row.lastName, row.id);
    lastNameRows.set(row.lastName, [...(lastNameRows.get(row.lastName) ?? []), row]);
  }
  // A stored "J Lewsey" beside the "Josh Lewsey" it abbreviates is no second Lewsey for "Lewsey".
  const isAbbreviation = (id: number, lastName: string): boolean => {
    const rows = lastNameRows.get(lastName) ?? [];
    return rows.some((row) => {
      const parts = row.id === id && row.key !== undefined ? splitInitialKey(row.key) : undefined;
      return (
        parts !== undefined &&
        rows.some(
          (other) =>
            other.id !== id && other.key !== undefined && fitsInitialForm(other.key, ...parts),
        )
      );
    });
  };
  const byKey = new Map<string, Set<number>>();
  const typeById = new Map<number, string>();
  for (const row of candidates.keys) {
    addTo(byKey, row.key, row.id);
    if (row.type) typeById.set(row.id, row.type);
  }

  const byBareKey = new Map<string, Set<number>>();
  for (const row of candidates.bareKeys) addTo(byBareKey, typeKey(row.type, row.key), row.id);
  const byInitials = new Map<string, Set<number>>();
  for (const row of candidates.initials) addTo(byInitials, row.initials, row.id);
  // Full names of this article by their bare key: "Tomas" and "Emil Hargreaves" share one.
  const articleBareKeys = new Map<string, number>();
  for (const entity of entities) {
    for (const bare of [bareKeyOf(entity) ?? [], aliasSurnames(entity)].flat()) {
      const slot = typeKey(entity.type, bare);
      articleBareKeys.set(slot, (articleBareKeys.get(slot) ?? 0) + 1);
    }
  }

  // "Rice" in a football report, "Condoleezza Rice" stored from a diplomacy story: a short form
  // joins a person of another article only when the two stories name someone or something in
  // common that tells stories apart; an article naming nothing such gives no such evidence.
  const isOffTopic = offTopicTest(entities, stored, candidates);

  for (const { entity, index } of pendingEntities(entities, stored)) {
    // "Clinton" stored as an alias of "Bill Clinton" in another article names him there, not here.
    // "Mueller" here, "Müller" stored (or the other way round): one name in two spellings.
    const named = sharesSurname(entity)
      ? undefined
      : new Set(
          nameSpellings(entity.name, entity.type).flatMap((spelling) => [
            ...(byAlias.get(typeKey(entity.type, spelling)) ?? []),
          ]),
        );
    const byName =
      named &&
      new Set(
        [...named].filter(
          (id) => !isOtherListed(entity, id) && !isListedAcronymOnly(entity, keyByAliasId.get(id)),
        ),
      );
    // "Mueller" alone after "Thomas Müller": a surname in its other spelling is the same surname.
    const bySurname = linksBySurname(entity.type, entity.key)
      ? new Set(
          surnameKeys(entity).flatMap((key) =>
            [...(byLastName.get(key) ?? [])].filter(
              (id) =>
                !isAbbreviation(id, key) &&
                (entity.type === "PERSON" || isPersonShapedRow(id, key, lastNameRows)),
            ),
          ),
        )
      : undefined;
    // "J Lewsey" after "Josh Lewsey": the one stored full name whose first name has the initial.
    const initialForm = initialFormOf(entity);
    const byInitial = initialForm
      ? fittingFullNames(initialForm, lastNameRows.get(lastWord(initialForm[1])) ?? [])
      : undefined;
    const ids = new Set([...(byName ?? []), ...(bySurname ?? []), ...(byInitial ?? [])]);
    // "Steve Gerrard" after "Steven Gerrard": one person under a first name's other form, when
    // nothing stored is written the same way.
    const variants =
      ids.size === 0 && !byKey.has(entity.key)
        ? variantFullNames(entity, lastNameRows)
        : new Map<number, string>();
    for (const id of variants.keys()) ids.add(id);
    const own = known.get(typeKey(entity.type, entity.key));
    if (own !== undefined) ids.delete(own);
    if (ids.size === 1) {
      const id = ids.values().next().value as number;
      const strong = [...(byName ?? [])].some((other) => other !== own);
      // "Rice" is also stored as an alias of Condoleezza Rice: a surname whichever way it is found.
      const isShortForm =
        !strong || isBareName(entity.type, entity.key) || initialForm !== undefined;
      const shortForm = isBareName(entity.type, entity.key) ? entity.key : undefined;
      if (isShortForm && isOffTopic(id, shortForm)) continue;
      // A listed key ("place:opera") is the stable one: the target stored under a name takes it.
      const storedKey = keyByAliasId.get(id);
      const rekey =
        strong && !isUnlistedKey(entity.key) && storedKey !== undefined && isUnlistedKey(storedKey);
      // "Sony BMG" after "SonyBMG": the spaced key is kept, whichever came first.
      const rekeySpacing =
        strong &&
        isUnlistedKey(entity.key) &&
        storedKey !== undefined &&
        isSpacingOf(entity.key, storedKey) &&
        isPreferredKey(entity.key, storedKey);
      // "Rafael Benitez" after "Rafa Benitez": the longer name is kept, whichever came first.
      const variantKey = variants.get(id);
      const rekeyVariant = variantKey !== undefined && isPreferredVariant(entity.key, variantKey);
      // The variant's articles would have joined this one weakly: its aliases give way to ours.
      // "Nadal" typed OTHER joining the person "Rafael Nadal": the mentions vote on the type.
      const recount = entity.type !== "PERSON" && bySurname?.has(id) === true;
      links.set(index, {
        id,
        weak: !strong && !rekeyVariant,
        ...(rekey || rekeyVariant || rekeySpacing ? { rekey: true as const } : {}),
        ...(rekeyVariant && !strong ? { replaceAliases: true as const } : {}),
        ...(recount ? { recount: true as const } : {}),
      });
    } else if (
      own === undefined &&
      byKey.get(entity.key)?.size === 1 &&
      (ids.size === 0 || (ids.size > 1 && (bySurname?.size ?? 0) === 0 && !byInitial?.size))
    ) {
      // "Bafta" here, stored keyed "bafta" (as a place the tagger guessed) and as an alias of
      // both "Interactive Bafta" and "Desert Interactive Bafta": the one entity the name keys is
      // what it names, not either body that merely carries it as an alias.
      const id = byKey.get(entity.key)?.values().next().value as number;
      // "Fidesz" stored as OTHER, an organisation here: the mentions' types vote, so the type
      // does not depend on which article came first.
      const storedType = typeById.get(id);
      const recount = storedType !== undefined && storedType !== entity.type;
      links.set(index, { id, weak: false, ...(recount ? { recount: true as const } : {}) });
    } else if (ids.size === 0 && own === undefined) {
      const target =
        bareTarget(entity, byBareKey, lastNameRows, articleBareKeys, isOffTopic) ??
        initialTarget(entity, entities, byBareKey, lastNameRows, isOffTopic);
      if (target !== undefined)
        links.set(index, {
          id: target,
          weak: false,
          rekey: true,
          ...(writesShortForm(entity, target, candidates.bareKeys)
            ? {}
            : { replaceAliases: true as const }),
          // A surname stored as OTHER takes this person's key: the mentions vote on the type.
          ...(candidates.bareKeys.some((row) => row.id === target && row.type !== entity.type)
            ? { recount: true as const }
            : {}),
        });
      // "WADA" alone after an article that spelled out only "World Anti-Doping Agency".
      const acronym = acronymOf(entity);
      const spelledOut = acronym === undefined ? undefined : byInitials.get(acronym);
      if (target === undefined && spelledOut?.size === 1)
        links.set(index, { id: spelledOut.values().next().value as number, weak: false });
      else if (target === undefined && spelledOut === undefined) {
        const company = legalFormTarget(entity, byAlias, byKey, typeById, keyByAliasId);
        if (company) links.set(index, company);
      }
      // "Southampton" (also "Saints" here) after an article that stored "Saints" alone.
      const named = links.has(index)
        ? undefined
        : otherNameTarget(entity, byAlias, byKey, typeById);
      if (named !== undefined) links.set(index, { id: named, weak: false, rekey: true });
    }
  }
  return links;
}

/**
 * Whether a full name that takes a stored short form (rekey) writes that short form itself
 * ("Kostas Kenteris ... Kenteris"): then the short form's articles, coming second, would have
 * joined it by that alias, strongly, keeping their own aliases. Organisations' short forms
 * ("NFOA") join by alias either way.
 */
function writesShortForm(
  entity: ExtractedEntity,
  target: number,
  bareKeys: LinkCandidates["bareKeys"],
): boolean {
  if (entity.type !== "PERSON") return true;
  const key = bareKeys.find((row) => row.id === target)?.key;
  return (
    key !== undefined &&
    [entity.name, ...entity.aliases].some((alias) => normalizeKey(alias) === key)
  );
}

// "WHO", "U.N.": a spelling in capitals (and dots) only.
const CAPITALS_ONLY_RE = /^[\p{Lu}.&]+$/u;

/**
 * "The Who" (the band) against the listed World Health Organization stored with the alias "WHO":
 * a name with small letters matches a listed entity's alias only through spellings of it in
 * capitals, which the gazetteer itself does not read as that name ("Who" is no acronym), so it is
 * another thing. A listed spelling with small letters ("Nato") still matches.
 */
function isListedAcronymOnly(entity: ExtractedEntity, storedKey: string | undefined): boolean {
  if (storedKey === undefined || isUnlistedKey(storedKey) || CAPITALS_ONLY_RE.test(entity.name))
    return false;
  const entry = findEntryByKey(storedKey);
  if (!entry) return false;
  const name = normalizeAlias(entity.name);
  const spellings = [entry.canonical, ...entry.aliases, ...(entry.acronyms ?? [])].filter(
    (spelling) => normalizeAlias(spelling) === name,
  );
  return spellings.length > 0 && spellings.every((spelling) => CAPITALS_ONLY_RE.test(spelling));
}

/**
 * Whether a stored person is of another story than this article's, for the short form that
 * would join it ("Rice", "J Lewsey"): no entity that tells stories apart (see tellsStories) is
 * named both in this article and in one of that person's stored articles. The evidence is the
 * two sides' own articles, never a statistic of the whole store, so it does not change with what
 * else happens to be stored. In a store of MIN_JUDGING_ARTICLES or more, an article naming
 * nothing such is evidence of another story, so no person of another article fits: on the BBC
 * tune half every such join was a namesake ("Hendrix" of a museum story joining a banker, a
 * rugby line-up's "Cole" joining a footballer). In a smaller store, or with the context left
 * unread (a caller that did not ask the store), any person fits. A short form that is a common
 * given name ("David" alone, maybe a child or a singer known by first name) needs the same
 * evidence in any store ("Terry" in a report naming Chelsea; not "Andre" in a pop story naming
 * Scotland, a rugby coach's country), and a person stored under that bare name alone, which pools
 * every article's "David", only when each of its articles shares such an entity.
 */
function offTopicTest(
  entities: readonly ExtractedEntity[],
  stored: readonly StoredEntityKey[],
  candidates: LinkCandidates,
): (id: number, shortForm?: string) => boolean {
  const { context } = candidates;
  const lookup = planContextLookup(entities, stored, candidates);
  if (context === undefined || lookup === undefined)
    return (_id, shortForm) => shortForm !== undefined && GIVEN_NAMES.has(shortForm);
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const telling = new Set(
    lookup.contextIds.filter((id) => {
      const row = storedById.get(id);
      return row !== undefined && tellsStories(row);
    }),
  );
  const need = context.totalArticles >= MIN_JUDGING_ARTICLES ? MIN_SHARED_CONTEXT : 0;
  // Per candidate: the telling entities ever named beside it, and its articles naming one.
  const shared = new Map<number, Set<number>>();
  const sharingArticles = new Map<number, Set<number>>();
  for (const row of context.shared) {
    if (!telling.has(row.contextId)) continue;
    addTo(shared, row.id, row.contextId);
    addTo(sharingArticles, row.id, row.articleId);
  }
  const candidateArticles = new Map(context.candidateArticles.map((row) => [row.id, row.articles]));
  const bare = new Set(candidates.bareKeys.map((row) => row.id));
  const judged = new Set(lookup.candidateIds);
  const sharesStory = (id: number): boolean =>
    judged.has(id) &&
    (shared.get(id)?.size ?? 0) >= MIN_SHARED_CONTEXT &&
    (!bare.has(id) ||
      (sharingArticles.get(id)?.size ?? 0) >=
        (candidateArticles.get(id) ?? Number.POSITIVE_INFINITY));
  return (id, shortForm) =>
    shortForm !== undefined && GIVEN_NAMES.has(shortForm)
      ? !sharesStory(id)
      : judged.has(id) && (shared.get(id)?.size ?? 0) < need;
}

/**
 * "Europa League" (listed, with the alias "UEFA Cup") after an article that stored "Uefa Cup" as
 * an entity of its own: the one stored entity of the type under an unlisted key that one of its
 * other names makes, when no other stored entity holds any of those names. It takes this
 * entity's key and name, as when "Uefa Cup" comes second and joins it by its alias.
 */
function otherNameTarget(
  entity: ExtractedEntity,
  byAlias: ReadonlyMap<string, Set<number>>,
  byKey: ReadonlyMap<string, Set<number>>,
  typeById: ReadonlyMap<number, string>,
): number | undefined {
  const aliases = otherNames(entity);
  if (aliases.length === 0) return undefined;
  const ids = new Set([
    ...aliases.flatMap((alias) => [...(byAlias.get(typeKey(entity.type, alias)) ?? [])]),
    ...aliases.flatMap((alias) =>
      [...(byKey.get(normalizeKey(alias)) ?? [])].filter((id) => typeById.get(id) === entity.type),
    ),
  ]);
  if (ids.size !== 1) return undefined;
  const id = ids.values().next().value as number;
  // Only an entity stored under a name: a listed one holding the alias is another identity.
  const storedKey = [...byKey].find(([, holders]) => holders.has(id))?.[0];
  return storedKey !== undefined && isUnlistedKey(storedKey) ? id : undefined;
}

/**
 * "MCI Inc." after articles that wrote "MCI": the one organisation stored under the name without
 * the legal form; "MCI" after one that wrote only "MCI Inc.": the one stored under a registered
 * name, which takes the short name and key (so either order ends with "MCI"). Between two
 * registered names ("Corp" and "Corporation") the longer key wins, whichever came first.
 */
function legalFormTarget(
  entity: ExtractedEntity,
  byAlias: ReadonlyMap<string, Set<number>>,
  byKey: ReadonlyMap<string, Set<number>>,
  typeById: ReadonlyMap<number, string>,
  keyByAliasId: ReadonlyMap<number, string>,
): EntityLink | undefined {
  const { names, keys } = legalFormLookups(entity);
  const ids = new Set([
    ...names.flatMap((name) => [...(byAlias.get(typeKey(entity.type, name)) ?? [])]),
    ...keys.flatMap((key) =>
      [...(byKey.get(key) ?? [])].filter((id) => typeById.get(id) === entity.type),
    ),
  ]);
  if (ids.size !== 1) return undefined;
  const id = ids.values().next().value as number;
  if (legalFormCore(entity.key) === undefined) return { id, weak: false, rekey: true };
  const storedKey = keyByAliasId.get(id) ?? [...byKey].find(([, holders]) => holders.has(id))?.[0];
  const registered = storedKey !== undefined && legalFormCore(storedKey) !== undefined;
  return registered && isPreferredKey(entity.key, storedKey)
    ? { id, weak: false, rekey: true }
    : { id, weak: false };
}

/**
 * Of two keys of one person whose first names are variants, the one kept whatever the order: the
 * name a nickname stands for ("james hale" over "jimmy hale", as long), else as isPreferredKey.
 */
function isPreferredVariant(key: string, other: string): boolean {
  const [first = "", otherFirst = ""] = [key.split(" ")[0], other.split(" ")[0]];
  if (isNicknameOf(otherFirst, first)) return true;
  return !isNicknameOf(first, otherFirst) && isPreferredKey(key, other);
}

/** Of two keys of one name, the one kept whatever the order: the longer, then the first in order. */
function isPreferredKey(key: string, other: string): boolean {
  return key.length !== other.length ? key.length > other.length : key < other;
}

/**
 * "Josh Lewsey" after articles that named only "J Lewsey": the one person stored under the
 * initial form, when no other stored full name and no other full name of this article fits it
 * ("Jim Lewsey" beside "Josh Lewsey" leaves "J Lewsey" apart).
 */
function initialTarget(
  entity: ExtractedEntity,
  entities: readonly ExtractedEntity[],
  byBareKey: ReadonlyMap<string, Set<number>>,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
  isOffTopic: (id: number, shortForm?: string) => boolean,
): number | undefined {
  const initialKey = initialKeyOf(entity);
  // The surname is this full name's, whole: "r o gara" is "R O'Gara", not two initials.
  const parts: [string, string] | undefined =
    initialKey === undefined ? undefined : [initialKey[0] as string, initialKey.slice(2)];
  if (!initialKey || !parts) return undefined;
  const ids = byBareKey.get(typeKey("PERSON", initialKey));
  if (ids?.size !== 1) return undefined;
  const target = ids.values().next().value as number;
  if (isOffTopic(target)) return undefined;
  const rivals = entities.filter(
    (other) => other.type === "PERSON" && fitsInitialForm(other.key, ...parts),
  );
  if (rivals.length !== 1) return undefined;
  const stored = fittingFullNames(parts, lastNameRows.get(lastWord(parts[1])) ?? []);
  stored.delete(target);
  return stored.size === 0 ? target : undefined;
}

/**
 * "Kostas Kenteris" after an article that named only "Kenteris", "Northern Ferry Operators
 * Association (NFOA)" after one that wrote only "NFOA": the one entity stored under the short
 * form, when no stored or co-mentioned full name shares that short form.
 */
function bareTarget(
  entity: ExtractedEntity,
  byBareKey: ReadonlyMap<string, Set<number>>,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
  articleBareKeys: ReadonlyMap<string, number>,
  isOffTopic: (id: number, shortForm?: string) => boolean,
): number | undefined {
  const own = bareKeyOf(entity);
  if (own === undefined) return undefined;
  // A bare entity under the name's own surname decides, linked or not ("Gaddafi").
  if (
    byBareKey.has(typeKey(entity.type, own)) ||
    (entity.type === "PERSON" &&
      isPersonShapedKey(entity.key) &&
      byBareKey.has(typeKey("OTHER", own)))
  )
    return bareTargetOf(entity, own, byBareKey, lastNameRows, articleBareKeys, isOffTopic);
  // No bare entity stored under the name's own surname: one under an alias's ("Gadhafi").
  const ids = new Set(
    aliasSurnames(entity).flatMap((surname) => {
      const id = bareTargetOf(
        entity,
        surname,
        byBareKey,
        lastNameRows,
        articleBareKeys,
        isOffTopic,
      );
      return id === undefined ? [] : [id];
    }),
  );
  return ids.size === 1 ? (ids.values().next().value as number) : undefined;
}

/**
 * The stored people whose name ends in the surname `bare`: rows are read by the last word of a
 * stored name, so "o connell" (O'Connell) or "kramp vale" (Kramp-Vale) is read as "connell",
 * "vale", and a row keyed by another name ending in that word ("Paul Connell") is no holder; a
 * row of an alias carries no key, so it counts.
 */
function surnameHolders(
  bare: string,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
): { id: number; key?: string }[] {
  return (lastNameRows.get(lastWord(bare)) ?? []).filter((row) => endsInSurname(row, bare));
}

/**
 * Whether a stored row read by its name's last word ends in the whole surname: "Paul Connell" is
 * no holder of "o connell". A row without its key (an alias's) counts.
 */
export function endsInSurname(row: { key?: string }, bare: string): boolean {
  return row.key === undefined || row.key === bare || row.key.endsWith(` ${bare}`);
}

/** The one entity stored under the short form `bare` of this entity, if no rival shares it. */
function bareTargetOf(
  entity: ExtractedEntity,
  bare: string,
  byBareKey: ReadonlyMap<string, Set<number>>,
  lastNameRows: ReadonlyMap<string, readonly { id: number; key?: string }[]>,
  articleBareKeys: ReadonlyMap<string, number>,
  isOffTopic: (id: number, shortForm?: string) => boolean,
): number | undefined {
  // "Bill Clinton" after an article that named only "Clinton": which Clinton is not known.
  if (entity.type === "PERSON" && isSharedSurname(bare)) return undefined;
  const slot = typeKey(entity.type, bare);
  // A person's surname stored alone as OTHER ("Nadal") is a bare surname too.
  const other = entity.type === "PERSON" && isPersonShapedKey(entity.key);
  const ids = new Set([
    ...(byBareKey.get(slot) ?? []),
    ...(other ? (byBareKey.get(typeKey("OTHER", bare)) ?? []) : []),
  ]);
  if (ids.size !== 1 || articleBareKeys.get(slot) !== 1) return undefined;
  // Another full name with this surname is stored: the bare one may be either person.
  const target = ids.values().next().value as number;
  // Its own initial form stored apart ("R O'Gara" for "Ronan O'Gara") is no other person.
  const initialKey = initialKeyOf(entity);
  const rivals = surnameHolders(bare, lastNameRows).filter(
    (row) => row.id !== target && (initialKey === undefined || row.key !== initialKey),
  );
  if (entity.type === "PERSON" && rivals.length > 0) return undefined;
  // "Jens Lehmann" after a football report that named only "Lehmann": one story, one person.
  return entity.type === "PERSON" && isOffTopic(target, bare) ? undefined : target;
}

/** A full name of the article that may take a bare surname stored apart (see planRejoins). */
export interface RejoinLookup {
  /** The stored full name. */
  id: number;
  /** Its surname, the key a bare entity of it has ("kenteris"). */
  surname: string;
}

/**
 * The article's full names, stored now, whose surname may be stored alone as an entity that
 * another article's story kept apart: "Adolf Hitler" here, a bare "Hitler" stored from a story
 * that shared nothing with the first "Adolf Hitler" article. Had the bare surname's article come
 * after this one, it would have been judged against every article of the full name, this one
 * included; planRejoins judges it so now. Not a surname several well-known people share, nor a
 * given name (judged by the given-name rule, article by article), nor the last word of a work the
 * tagger took for a person ("The Aviator"). The bare entity may be stored as OTHER.
 */
export function planRejoinLookups(
  entities: readonly ExtractedEntity[],
  ids: readonly number[],
): RejoinLookup[] {
  const lookups = new Map<number, string>();
  entities.forEach((entity, index) => {
    const surname = entity.type === "PERSON" ? bareKeyOf(entity) : undefined;
    const id = ids[index];
    if (
      surname === undefined ||
      id === undefined ||
      !isPersonShapedKey(entity.key) ||
      initialFormOf(entity) ||
      isSharedSurname(surname) ||
      GIVEN_NAMES.has(surname)
    )
      return;
    lookups.set(id, surname);
  });
  return [...lookups].map(([id, surname]) => ({ id, surname })).sort((a, b) => a.id - b.id);
}

/** What the store read for one full name and the bare surname stored apart. */
export interface RejoinCandidate {
  /** The full name and the bare entity stored under its surname. */
  id: number;
  bareId: number;
  surname: string;
  /** Other stored people whose full name or alias ends in the surname. */
  rivals: number;
  /** The full name holds the surname as an alias (it wrote "Kenteris" alone itself). */
  writesSurname: boolean;
  /** The bare entity's articles, and the full name's. */
  bareArticles: number[];
  fullArticles: number[];
  /** Entities named in one of the bare entity's articles and in one of the full name's. */
  shared: { articleId: number; row: StoredEntityKey }[];
}

/** A merge of a bare surname into a full name; weak when the bare entity's aliases go. */
export interface Rejoin {
  into: number;
  from: number;
  weak: boolean;
}

/**
 * Which bare surnames stored apart join a full name now: the one full name with that surname
 * (no other stored person ends in it), and every article of the bare entity names something that
 * tells stories apart (tellsStories) beside the full name in one of its articles, as a bare
 * surname coming after the full name must (offTopicTest), and as a bare entity pooling several
 * articles' surname must for a given name. So the bare "Hitler" of a story that only the second
 * "Adolf Hitler" article shares joins him whichever came first. Weak, as the bare surname's
 * articles would have joined had they come second: their aliases go, unless the full name holds
 * the surname as an alias.
 */
export function planRejoins(candidates: readonly RejoinCandidate[]): Rejoin[] {
  return candidates.flatMap((candidate) => {
    // An article naming both: its own resolution kept them apart, which no other article undoes.
    const full = new Set(candidate.fullArticles);
    if (
      candidate.rivals > 0 ||
      candidate.bareArticles.length === 0 ||
      candidate.bareArticles.some((article) => full.has(article))
    )
      return [];
    const sharing = new Set(
      candidate.shared
        .filter(({ row }) => row.id !== candidate.id && row.id !== candidate.bareId)
        .filter(({ row }) => tellsStories(row))
        .map(({ articleId }) => articleId),
    );
    return candidate.bareArticles.every((article) => sharing.has(article))
      ? [{ into: candidate.id, from: candidate.bareId, weak: !candidate.writesSurname }]
      : [];
  });
}
