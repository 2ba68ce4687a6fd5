/**
 * Whom a country's mention qualifies: "US President", "the USA's Andy Roddick" give the country
 * to an office or a person, which is no evidence of the nationality of anyone else in the sentence.
 */
import { lookupDemonym, lookupEntity } from "../../3-recognize/gazetteer/gazetteer-lookups.js";
import { PERSON_REFERENCE_NOUNS } from "../../model/lexicons/description-cues.js";
import { PERSON_NOUNS } from "../../model/lexicons/person-nouns.js";
import {
  TITLE_DETERMINERS,
  TITLE_MODIFIERS,
  TITLE_ROWS,
} from "../../model/lexicons/titles-of-office.js";
import { PEOPLE_GROUP_NOUNS, ROLE_MODIFIERS, ROLE_RELATIONS } from "../../model/news-roles.js";
import { HOME_NATION_ADJECTIVES } from "../knowledge.js";
import type { DocumentView, MentionView } from "./candidates.js";

/** Phrases of an office or a role, lower-cased: "president", "economy minister", "chief executive". */
const ROLE_PHRASES: readonly string[] = [
  ...TITLE_ROWS.flatMap(([, , variants]) => variants.split("|")),
  // A player's cap ("Scotland international X") is also a role's modifier ("Britain's first
  // international ballerina"), which stays a filler here.
  ...Object.keys(ROLE_RELATIONS).filter(
    (role) => !(ROLE_MODIFIERS.has(role) && ROLE_RELATIONS[role] === "PLAYS_FOR"),
  ),
];
/** A role phrase's head: its last word, or the word before "of" ("minister of economy"). */
function roleHeadOf(phrase: string): string {
  const words = phrase.split(" ");
  const of = words.indexOf("of");
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? phrase;
}
/** Words that end an office or a role: "president", "minister", "envoy", "striker". */
const ROLE_HEADS: ReadonlySet<string> = new Set(ROLE_PHRASES.map(roleHeadOf));
/** Words that may stand inside a role phrase without ending it: "economy", "senior", "former". */
const ROLE_FILLERS: ReadonlySet<string> = new Set([
  ...ROLE_PHRASES.flatMap((phrase) => phrase.split(" ").filter((w) => w !== roleHeadOf(phrase))),
  ...ROLE_MODIFIERS,
  ...TITLE_MODIFIERS,
  // "American twins Mike and Bob Zorn": a word for a group of people before their names.
  ...PEOPLE_GROUP_NOUNS,
]);

/** Whether a word (or its singular) heads an office or a role: "officials", "envoy". */
function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word) || (word.endsWith("s") && ROLE_HEADS.has(word.slice(0, -1)));
}

/** Most words between a country and the office or person it qualifies ("US Trade Representative"). */
const MAX_QUALIFIED_WORDS = 4;
/** "the USA's", "Britain'": a possessive after the name. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'"]);

/**
 * What a mention of a country qualifies: the person its role words lead to ("US Treasury
 * Secretary John Snow" → Snow, "the USA's Andy Roddick" → Roddick), or an office with no name
 * right after it ("as US President,", "US officials"), with the token its phrase ends at;
 * undefined when it stands alone or qualifies a thing ("the US was poised", "the UK economy").
 */
export function qualifiedBy(
  view: DocumentView,
  mention: MentionView,
): { person: number; token: number } | { office: number } | undefined {
  // "London mayor Ken Livingstone": a city standing for its country qualifies no one as the country.
  if (mention.isMetonymy) return undefined;
  const words = view.symbols[mention.sentence] ?? [];
  let i = mention.tokenEnd;
  if (POSSESSIVE_MARKS.has(words[i] ?? "")) i++;
  let end: number | undefined;
  for (let k = i; k < words.length && k < i + MAX_QUALIFIED_WORDS; k++) {
    const word = words[k]!;
    if (word === "<PERSON>") {
      const person = personAt(view, mention.sentence, k);
      return person === undefined ? undefined : { person, token: k };
    }
    if (isRoleHead(word)) end = k + 1;
    else if (!ROLE_FILLERS.has(word)) break;
  }
  return end === undefined ? undefined : { office: end };
}

/** Tokens between a person's name and an office in apposition: "X, the UK's envoy", "X, chief UK economist". */
const NEAR_OFFICE_TOKENS = 4;

/**
 * Whether the office a country's mention qualifies is the person's: named right after it ("the
 * Turkish economics minister, Ali Babacan") or right before it ("Ross Walker, UK economist"), and
 * not the complement of "as" ("as he begins his second term as US President, Tony Blair has
 * said": the office is the other man's).
 */
function isOwnOffice(
  view: DocumentView,
  person: number,
  country: MentionView,
  end: number,
): boolean {
  const words = view.symbols[country.sentence] ?? [];
  let start = country.tokenStart;
  if (TITLE_DETERMINERS.has(words[start - 1] ?? "")) start--;
  if (words[start - 1] === "as") return false;
  return view.byEntity[person]!.some(
    (mention) =>
      mention.sentence === country.sentence &&
      ((mention.tokenStart >= end && mention.tokenStart - end <= NEAR_OFFICE_TOKENS) ||
        (mention.tokenEnd <= country.tokenStart &&
          country.tokenStart - mention.tokenEnd <= NEAR_OFFICE_TOKENS)),
  );
}

/** The person whose mention starts at token `token` of a sentence. */
function personAt(view: DocumentView, sentence: number, token: number): number | undefined {
  for (let entity = 0; entity < view.byEntity.length; entity++) {
    if (view.types[entity] !== "PERSON") continue;
    if (view.byEntity[entity]!.some((m) => m.sentence === sentence && m.tokenStart === token))
      return entity;
  }
  return undefined;
}

/** Words that join the names of a list of people: "Mike and Bob Zorn", "Ann, Joe and Sam". */
const NAME_LIST_JOINS: ReadonlySet<string> = new Set([",", "and"]);

/**
 * Whether a person is named in the list of names that starts at token `token` of a sentence:
 * "American twins Mike and Bob Zorn" qualifies both twins, not the rival named after "over".
 */
function isInNameList(
  view: DocumentView,
  sentence: number,
  token: number,
  person: number,
): boolean {
  const words = view.symbols[sentence] ?? [];
  let at = token;
  while (words[at] === "<PERSON>") {
    const named = personAt(view, sentence, at);
    if (named === person) return true;
    const mention = view.byEntity[named ?? -1]?.find(
      (m) => m.sentence === sentence && m.tokenStart === at,
    );
    if (mention === undefined || !NAME_LIST_JOINS.has(words[mention.tokenEnd] ?? "")) return false;
    at = mention.tokenEnd + 1;
  }
  return false;
}

/** Whether a mention of a country qualifies someone else or his office, not the person. */
function isOthers(view: DocumentView, person: number, country: MentionView): boolean {
  const here = qualifiedBy(view, country);
  if (here === undefined) return false;
  if ("person" in here) return !isInNameList(view, country.sentence, here.token, person);
  return !isOwnOffice(view, person, country, here.office);
}

/**
 * Whether a nationality the model reads from a sentence naming both is someone else's: there the
 * country qualifies another person or an office not his ("as he begins his second term as US
 * President, Tony Blair has said"; "Carlos Moya beat the USA's Andy Roddick"), and no mention or
 * title in the article gives it to the person ("US Treasury Secretary John Snow" keeps his).
 */
export function isOthersCountry(view: DocumentView, person: number, country: MentionView): boolean {
  if (!isOthers(view, person, country)) return false;
  if (isTitledBy(view, person, country.entity)) return false;
  return !view.byEntity[country.entity]!.some((mention) => {
    const qualified = qualifiedBy(view, mention);
    return qualified !== undefined && !isOthers(view, person, mention);
  });
}

/**
 * Whether a title of the person's names the country: "US Treasury Secretary John Snow" (the
 * country right before the title the mention took in, or before the body it names first, as a
 * word the gazetteer knows for the country).
 */
function isTitledBy(view: DocumentView, person: number, country: number): boolean {
  const key = view.keys[country];
  return view.byEntity[person]!.some((mention) => {
    if (!mention.title) return false;
    if (mention.title.of?.key === key) return true;
    const before = view.text.slice(Math.max(0, mention.title.start - 40), mention.title.start);
    const words = before.trimEnd().split(WHITESPACE_RE).slice(-2);
    return words.some(
      (word) => lookupEntity(word)?.key === key || lookupDemonym(word)?.key === key,
    );
  });
}

const WHITESPACE_RE = /\s+/;

/** Nouns of a war a country's name qualifies: "the Iraq war" (not "the US-led invasion": its side). */
const WAR_NOUNS: ReadonlySet<string> = new Set(["war", "wars", "conflict"]);
/** Nouns of a war a country's name follows: "war in Iraq", "the invasion of Iraq". */
const WAR_HEADS: ReadonlySet<string> = new Set([...WAR_NOUNS, "invasion", "occupation"]);
/** Words between a war noun and the country it is fought in or against: "war in Iraq", "invasion of Iraq". */
const WAR_LINKS: ReadonlySet<string> = new Set(["in", "of", "on", "against", "with"]);

/** Whether a mention of a country names where a war is: "the Iraq war", "the invasion of Iraq". */
function namesWar(view: DocumentView, mention: MentionView): boolean {
  // The tokens' own words: "Iraq war" may also be read as a war's name over the country's.
  const tokens = view.sentences[mention.sentence]?.tokens ?? [];
  const word = (t: number) => tokens[t]?.text.toLowerCase() ?? "";
  if (WAR_NOUNS.has(word(mention.tokenEnd))) return true;
  return WAR_LINKS.has(word(mention.tokenStart - 1)) && WAR_HEADS.has(word(mention.tokenStart - 2));
}

/**
 * Whether a country is named, in the given sentences (every sentence when none are given), only
 * as the place of a war: "Lib Dem leader Charles Kennedy ... on the Iraq war" says nothing of
 * his nationality, and a story of Britain's legal advice on the Iraq war makes none of its
 * ministers Iraqi.
 */
export function isNamedOnlyAsWar(
  view: DocumentView,
  country: number,
  sentences?: readonly number[],
): boolean {
  // Asked for every candidate pair and type with a country: one pass, no list, each mention's
  // words read once (namesWarOnce).
  let named = false;
  for (const mention of view.byEntity[country]!) {
    if (sentences !== undefined && !sentences.includes(mention.sentence)) continue;
    if (!namesWarOnce(view, mention)) return false;
    named = true;
  }
  return named;
}

const warMentions = new WeakMap<MentionView, boolean>();

/** `namesWar`, remembered per mention. */
function namesWarOnce(view: DocumentView, mention: MentionView): boolean {
  let known = warMentions.get(mention);
  if (known === undefined) {
    known = namesWar(view, mention);
    warMentions.set(mention, known);
  }
  return known;
}

/** Desk jobs a country's name qualifies by the market covered: "UK economist", "chief US strategist". */
const DESK_NOUNS: ReadonlySet<string> = new Set(["economist", "analyst", "strategist"]);
/** Words between the country and its desk noun: "US chief economist", "UK senior analyst". */
const DESK_FILLERS: ReadonlySet<string> = new Set(["chief", "senior", "lead", "deputy", "equity"]);
/** Words that put a desk at its employer: "UK economist at RBS", "US economist for Wells Fargo". */
const DESK_LINKS: ReadonlySet<string> = new Set(["at", "for", "with"]);

/**
 * Whether a mention of a country names the market of a desk job at a body ("Ross Walker, UK
 * economist at Royal Bank of Scotland", "chief US economist for Wells Fargo"): the economist
 * covers the country, which says nothing of his nationality.
 */
export function namesDesk(view: DocumentView, mention: MentionView): boolean {
  const tokens = view.sentences[mention.sentence]?.tokens ?? [];
  const word = (t: number) => tokens[t]?.text.toLowerCase() ?? "";
  let at = mention.tokenEnd;
  while (DESK_FILLERS.has(word(at)) && at < mention.tokenEnd + 2) at++;
  return DESK_NOUNS.has(word(at)) && DESK_LINKS.has(word(at + 1));
}

/** Words before a country a person goes to or meets: "heads to Poland", "the match with Ireland". */
const COUNTERPART_LINKS: ReadonlySet<string> = new Set([
  "to",
  "against",
  "versus",
  "v",
  "vs",
  "with",
]);

/**
 * Verbs whose object is a country someone addresses, presses or faces ("Tony Blair is pressing
 * the US to cut greenhouse gases", "urged Iran to"), which is no home of the verb's subject.
 */
const COUNTERPART_VERBS: ReadonlySet<string> = new Set([
  "press",
  "presses",
  "pressed",
  "pressing",
  "urge",
  "urges",
  "urged",
  "urging",
  "lobby",
  "lobbies",
  "lobbied",
  "lobbying",
  "criticise",
  "criticises",
  "criticised",
  "criticising",
  "criticize",
  "criticizes",
  "criticized",
  "criticizing",
  "warn",
  "warns",
  "warned",
  "warning",
  "accuse",
  "accuses",
  "accused",
  "accusing",
  "blame",
  "blames",
  "blamed",
  "blaming",
]);

/** A possessive's mark as a token of its own: "Britain 's". */
const POSSESSIVE_MARK_RE = /^['’]s?$/;
/** A hyphen in or right after a name: "US-led", the name inside a compound. */
const HYPHEN_RE = /[-‐‑–]/;

/** Words before "to" that make the country a home: "fly back to Greece", "emigrated to Canada". */
const HOMEWARD_WORDS: ReadonlySet<string> = new Set(["back", "home", "emigrated", "returned"]);

/**
 * Whether a mention of a country names where someone goes or whom he meets: its own name (not a
 * demonym, not a city standing for it) after "to", "against" or "with", or as the object of a verb
 * of pressing or addressing, qualifying no one ("the tour to New Zealand", "the Six Nations match
 * with Ireland", "pressing the US to act"; not "talks with Brazil's President" nor a way home:
 * "flew back to Greece").
 */
function namesCounterpart(view: DocumentView, mention: MentionView): boolean {
  if (mention.isDemonym || mention.isMetonymy) return false;
  const words = view.symbols[mention.sentence] ?? [];
  const before = words[mention.tokenStart - 1] ?? "";
  // "pressing the US to…": the object of a verb of pressing or addressing, with or without "the".
  const verb = before === "the" ? (words[mention.tokenStart - 2] ?? "") : before;
  // The verb's object itself, not a word it modifies: "criticised Britain's top sprinters",
  // "criticised the US-led invasion" may still speak of the subject's own country.
  const isObject =
    COUNTERPART_VERBS.has(verb) &&
    !POSSESSIVE_MARK_RE.test(words[mention.tokenEnd] ?? "") &&
    !HYPHEN_RE.test(view.text.slice(mention.start, mention.end + 1));
  const isLinked =
    (COUNTERPART_LINKS.has(before) && !HOMEWARD_WORDS.has(words[mention.tokenStart - 2] ?? "")) ||
    isObject;
  return isLinked && qualifiedBy(view, mention) === undefined;
}

/**
 * Whether every mention of a country in the sentences naming the pair names where someone goes
 * or whom he meets: "Mike Tindall hopes to be fit for the tour to New Zealand" and "Helen
 * Liddell as high commissioner to Australia" give no nationality.
 */
export function isNamedOnlyAsCounterpart(
  view: DocumentView,
  country: number,
  sentences: readonly number[],
): boolean {
  const mentions = view.byEntity[country]!.filter((mention) =>
    sentences.includes(mention.sentence),
  );
  return mentions.length > 0 && mentions.every((mention) => namesCounterpart(view, mention));
}

/** Words right before a rival a person meets: "beat Mario Ancic", "a win over Tim Henman". */
const RIVAL_LINKS: ReadonlySet<string> = new Set([
  "beat",
  "beats",
  "beating",
  "defeated",
  "defeating",
  "over",
  "against",
  "versus",
  "v",
  "vs",
]);
/** Words before "to" or "by" that make the name after it a rival: "a defeat to", "beaten by". */
const RIVAL_LEADS: ReadonlySet<string> = new Set([
  "defeat",
  "defeats",
  "loss",
  "losses",
  "lost",
  "losing",
  "beaten",
  "defeated",
  "thrashed",
  "humbled",
]);

/**
 * Whether the sentence names the person as a rival of someone a demonym refers to: "a defeat to
 * Mario Ancic was disappointing for the limp manner of the Briton's defeat" speaks of the story's
 * Briton and the man who beat him, so "the Briton" is no nationality of the rival.
 */
export function isRivalOfDescribed(
  view: DocumentView,
  person: MentionView,
  country: MentionView,
): boolean {
  if (!country.isDemonym || person.sentence !== country.sentence) return false;
  const words = view.symbols[person.sentence] ?? [];
  if (words[country.tokenStart - 1] !== "the") return false;
  const before = words[person.tokenStart - 1] ?? "";
  if (RIVAL_LINKS.has(before)) return true;
  return (
    (before === "to" || before === "by") && RIVAL_LEADS.has(words[person.tokenStart - 2] ?? "")
  );
}

/** Nouns of a party to a deal a country's name may describe: "the US bidder", "a Swiss buyer". */
const DEAL_PARTY_NOUNS: ReadonlySet<string> = new Set(["bidder", "buyer", "investor", "suitor"]);

/**
 * Words of the reference list that qualify a noun rather than name a person: "two US top 10
 * albums", "the US number one".
 */
const QUALIFYING_REFERENCE_WORDS: ReadonlySet<string> = new Set([
  "top",
  "world",
  "former",
  "number",
]);

/** Whether a word describes a person: "tycoon", "star", "bidder". */
function isPersonNoun(word: string): boolean {
  return (
    PERSON_NOUNS.has(word) ||
    DEAL_PARTY_NOUNS.has(word) ||
    (PERSON_REFERENCE_NOUNS.has(word) && !QUALIFYING_REFERENCE_WORDS.has(word))
  );
}

/**
 * Whether a mention of a country describes someone other than the person: it qualifies another
 * person or an office not his ("US Treasury Secretary John Snow"), or a noun for a person with
 * no mention of his right by it ("the US tycoon", "the US bidder is back").
 */
function describesOther(view: DocumentView, person: number, country: MentionView): boolean {
  if (qualifiedBy(view, country) !== undefined) return isOthers(view, person, country);
  if (country.isMetonymy) return false;
  const words = view.symbols[country.sentence] ?? [];
  if (!isPersonNoun(words[country.tokenEnd] ?? "")) return false;
  return !view.byEntity[person]!.some(
    (mention) =>
      mention.sentence === country.sentence &&
      Math.abs(mention.tokenStart - country.tokenEnd) <= NEAR_OFFICE_TOKENS,
  );
}

/**
 * Whether an article names a country only as someone else's ("The US tycoon owns a chain of
 * hotels", "the board said the US bidder is back"): no sentence places anything there or names it alone, so it
 * is no country the story is set in, and a nationality read apart from it (no sentence naming
 * both) is the other man's, not the person's ("the club's chief executive Tom Hale said").
 */
export function isNamedOnlyAsOthers(view: DocumentView, person: number, country: number): boolean {
  const mentions = view.byEntity[country]!;
  return mentions.length > 0 && mentions.every((mention) => describesOther(view, person, mention));
}

/** Most words from a nationality adjective to the name it describes: "Scottish flanker", "Welsh scrum-half". */
const MAX_DESCRIBED_WORDS = 3;
/** The United Kingdom's key: the country of its home nations' adjectives. */
const UNITED_KINGDOM_KEY = "GBR";
/** A word in lower case letters (or a hyphen): a role's word between a nationality and a name. */
const ROLE_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;
/** Lower-case words that join, not describe: "French and Saunders", "a win over Jean Morel". */
const LINKING_WORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "of",
  "to",
  "from",
  "with",
  "by",
  "for",
  "over",
  "against",
  "beat",
  "as",
]);

/** The country (gazetteer key) a nationality adjective names: "Scottish" → GBR, "French" → FRA. */
function nationOf(word: string): string | undefined {
  if (HOME_NATION_ADJECTIVES.has(word)) return UNITED_KINGDOM_KEY;
  const demonym = lookupDemonym(word);
  return demonym?.type === "COUNTRY" ? demonym.key : undefined;
}

/**
 * Whether a mention of the person is described by the nationality adjective of another country,
 * a few role words before the name ("Italy were offered a penalty when Scottish flanker Ian
 * Ross was offside"): the adjective states his nationality, and no other country is it.
 */
export function isDescribedAsOtherNational(
  view: DocumentView,
  person: number,
  country: number,
): boolean {
  const key = view.keys[country];
  for (const nation of describedNations(view, person)) if (nation !== key) return true;
  return false;
}

const nationsByView = new WeakMap<DocumentView, Map<number, ReadonlySet<string>>>();

/**
 * The countries whose nationality adjectives describe the person's mentions, read once per
 * person: the check runs for every CITIZEN_OF pair the model scores.
 */
function describedNations(view: DocumentView, person: number): ReadonlySet<string> {
  let byPerson = nationsByView.get(view);
  if (!byPerson) {
    byPerson = new Map();
    nationsByView.set(view, byPerson);
  }
  let nations = byPerson.get(person);
  if (nations) return nations;
  const found = new Set<string>();
  for (const mention of view.byEntity[person]!) {
    const start = Math.min(mention.start, mention.title?.start ?? mention.start);
    const before = view.text
      .slice(Math.max(0, start - 60), start)
      .trimEnd()
      .split(WHITESPACE_RE);
    for (const word of before.slice(-MAX_DESCRIBED_WORDS).reverse()) {
      const nation = nationOf(word);
      if (nation !== undefined) {
        found.add(nation);
        break;
      }
      if (!ROLE_WORD_RE.test(word) || LINKING_WORDS.has(word)) break;
    }
  }
  nations = found;
  byPerson.set(person, nations);
  return nations;
}
