/** Recognize: the trained tagger proposes spans; gazetteers, titles and nominal patterns type and extend them. */

import { normalizeKey } from "../../domain/normalize.js";
import type { EntityType } from "../../domain/vocabulary.js";
import { PLACE_NOUNS } from "../model/lexicons/apposition-cues.js";
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";
import { EVENT_NAME_HEADS } from "../model/lexicons/event-name-heads.js";
import { FAITH_GROUPS } from "../model/lexicons/faith-groups.js";
import { FIRM_TRADE_WORDS } from "../model/lexicons/firm-mention-cues.js";
import { COMPASS_WORDS, REGION_PART_WORDS } from "../model/lexicons/metonymy-cues.js";
import {
  DENOMINATIONS,
  FIRM_NAME_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from "../model/lexicons/name-heads.js";
import { KINSHIP_NOUNS, PERSON_NOUNS, SURNAME_PARTICLES } from "../model/lexicons/person-nouns.js";
import { TIME_ZONE_ABBREVIATIONS } from "../model/lexicons/time-zones.js";
import {
  OWNED_WORK_LEAD,
  OWNED_WORK_NOUNS,
  PROGRAMME_NOUNS,
  PUBLICATION_NOUNS,
} from "../model/lexicons/work-cues.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { NerLabel, NerSpan, Sentence } from "../types.js";
import { retypeApposedProducts } from "./apposed-products.js";
import { retypeApposedWorks } from "./apposed-works.js";
import { findKnownAcronyms, withWordsOfNamesElsewhere } from "./article-spans.js";
import { retypeAthletes } from "./athletes.js";
import { retypeBands } from "./bands.js";
import { withoutBracketsInside } from "./bracketed-spans.js";
import { withNamesAfterCalendarNames, withoutLeadingCalendarNames } from "./calendar-words.js";
import { withoutLeadingCallings } from "./calling-led-names.js";
import { type Candidate, gazetteerCandidate } from "./candidate.js";
import { retypeCastInWorks } from "./cast-in-works.js";
import { recognizeCities } from "./cities.js";
import { retypeClubSides } from "./club-sides.js";
import { lookupCompany, recognizeCompanies } from "./companies.js";
import { splitCoordinatedNames } from "./coordinated-names.js";
import { retypeEventNames } from "./event-names.js";
import { withFiguredBandNames } from "./figured-band-names.js";
import { findFirmsOfCallings, isFirmOfCalling, isWorkplaceAfterCalling } from "./firm-callings.js";
import { withFirmHeadsOpened } from "./firm-head-openers.js";
import { findGazetteerMentions, isSentenceStart } from "./gazetteer/entity-mentions.js";
import { isListedSpelling, lookupDemonym, lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import { findNominalMentions } from "./gazetteer/nominal-mentions.js";
import { withHyphenatedFirstNames } from "./hyphenated-first-names.js";
import { recognizeLanguages } from "./languages.js";
import { readLineUps } from "./line-ups.js";
import { withoutListedPossessors } from "./listed-possessors.js";
import { spanListedWorks } from "./listed-works.js";
import { retypeLoneNames } from "./lone-names.js";
import { joinLongOrganisationNames } from "./long-org-names.js";
import { withoutLowercaseBreaks } from "./lowercase-breaks.js";
import { withPartiesBeforeMembers } from "./member-parties.js";
import { withModelNumberedProducts } from "./model-numbered-products.js";
import { withNumberedChannels } from "./numbered-channels.js";
import { withoutOpeningConjunctions } from "./opening-conjunctions.js";
import { repairOrganisationPersonBorders } from "./organisation-person-boundaries.js";
import { withPerformedWorks } from "./performed-works.js";
import { retypePlaceFirms } from "./place-firms.js";
import { withPlaceOpenedOrganisations } from "./place-opened-names.js";
import { retypePossessedProducts } from "./possessed-products.js";
import { withProgrammeOwners } from "./programme-owners.js";
import { withRanksAroundNames } from "./ranks-around-names.js";
import { spanRoleLedTitles } from "./role-led-titles.js";
import { readSharedRegionNames } from "./shared-region-names.js";
import { withShowTitles } from "./show-titles.js";
import { isSportsStory, recognizeTeams } from "./sports-teams.js";
import { loadTagger } from "./tagger/tagger.js";
import { withTitleOpenedFirms } from "./title-firm-names.js";
import { isHonorific, lookupTitle, matchTitleAfter, matchTitleBefore, TITLES } from "./titles.js";
import { withTouchingAwardNames } from "./touching-award-names.js";
import { withoutPortfolios, withoutTrailingTitles } from "./trailing-titles.js";
import { spanWorkTitles } from "./work-title-spans.js";

/** "the best actor Bafta", "best director Oscar": the word that makes a calling an award's category. */
const AWARD_CATEGORY_LEAD = "best";

const TYPE_BY_LABEL: Record<NerLabel, EntityType> = {
  PER: "PERSON",
  LOC: "PLACE",
  ORG: "ORGANIZATION",
  MISC: "OTHER",
};

// "Chinese", "Soviet-era", "a Democrat leader": adjectives the tagger calls MISC are not entities of their own.
const ADJECTIVE_SUFFIX = /(an|ese|ish|ic|ian|i|ean|ern|ly|ist|era|crat)$/;

function overlaps(
  a: { tokenStart: number; tokenEnd: number },
  b: { tokenStart: number; tokenEnd: number },
): boolean {
  return a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
}

function contains(
  outer: { tokenStart: number; tokenEnd: number },
  inner: { tokenStart: number; tokenEnd: number },
) {
  return outer.tokenStart <= inner.tokenStart && inner.tokenEnd <= outer.tokenEnd;
}

function spanText(text: string, sentence: Sentence, tokenStart: number, tokenEnd: number) {
  const start = sentence.tokens[tokenStart]!.start;
  const end = sentence.tokens[tokenEnd - 1]!.end;
  return { start, end, surface: text.slice(start, end) };
}

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
/**
 * "New York-based", "Oscar-nominated", "Nazi-occupied": a name (not one letter: "A-level") glued
 * to one lowercase word is an adjective around the name (the name is group 1, the word group 2);
 * "-language" and "-speaking" compounds are the languages'.
 */
const NAME_COMPOUND_RE = /^(.*\p{Lu}[\p{L}\p{N}.'’]+)[-‐‑–](?!language$|speaking$)(\p{Ll}+)$/u;
/** "Aachen-based": what a firm or team is based in is a place, whatever the tagger made of the adjective. */
const BASED_IN = "based";
const LEADING_THE_RE = /^the\s+/i;
/**
 * "West Berlin", "East Jerusalem", "North London", "Lower Saxony", "Upper Austria": a capitalised
 * compass or region-part word the tagger read into a place's name makes a place of its own, not the
 * listed city, region or country after it.
 */
function isCompassPlace(
  tokens: Sentence["tokens"],
  candidate: Candidate,
  listed: { tokenStart: number; tokenEnd: number },
): boolean {
  const first = tokens[candidate.tokenStart]?.text ?? "";
  return (
    candidate.type === "PLACE" &&
    (COMPASS_WORDS.has(first) || REGION_PART_WORDS.has(first)) &&
    CAPITALISED_START_RE.test(first) &&
    listed.tokenStart === candidate.tokenStart + 1 &&
    listed.tokenEnd === candidate.tokenEnd
  );
}

/** Capitalised compass words that open coordinated place names: "North and South Korea". */
const CAPITALISED_COMPASS_WORDS: ReadonlySet<string> = new Set(
  [...COMPASS_WORDS].filter((word) => /^\p{Lu}/u.test(word)),
);
/** Words between conjuncts of an elided coordination: "North and South", "East, West and Central". */
const COORDINATION_WORDS: ReadonlySet<string> = new Set(["and", "or", ",", "&"]);
/** Place types an elided compass word can stand for, or an organisation's name can open with. */
const PLACE_OR_COUNTRY: ReadonlySet<EntityType> = new Set(["PLACE", "COUNTRY"]);

/**
 * "North and South Korea", "East, West and Central Africa": compass words coordinated before a
 * listed place that opens with one each name the place their word makes with the shared rest,
 * when the gazetteer lists it. Returns a gazetteer candidate per elided word, marked isElided
 * (the word is no name of the place).
 */
function elidedCompassPlaces(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
  places: readonly Candidate[],
): Candidate[] {
  const tokens = sentence.tokens;
  const found: Candidate[] = [];
  for (const place of places) {
    if (!PLACE_OR_COUNTRY.has(place.type) || place.tokenEnd - place.tokenStart < 2) continue;
    if (!CAPITALISED_COMPASS_WORDS.has(tokens[place.tokenStart]?.text ?? "")) continue;
    const rest = tokens
      .slice(place.tokenStart + 1, place.tokenEnd)
      .map((token) => token.text)
      .join(" ");
    let at = place.tokenStart - 1;
    while (at >= 1 && COORDINATION_WORDS.has(tokens[at]?.text ?? "")) {
      const word = tokens[at - 1]?.text ?? "";
      if (!CAPITALISED_COMPASS_WORDS.has(word)) break;
      const listed = lookupEntity(`${word} ${rest}`);
      if (!listed || !PLACE_OR_COUNTRY.has(listed.type)) break;
      found.push({
        ...gazetteerCandidate(
          {
            sentenceIndex,
            tokenStart: at - 1,
            tokenEnd: at,
            start: spanText(text, sentence, at - 1, at).start,
          },
          word,
          listed.type,
          listed,
        ),
        isElided: true,
      });
      at -= 2;
    }
  }
  return found;
}

/** Words of a name left after a descriptor ("Tory Liam Fox"): one alone may be a name's first word. */
const MIN_NAME_AFTER_DESCRIPTOR = 2;
/** The longest run of capitalised words taken as a name after a title. */
const MAX_NAME_TOKENS = 4;

/** Last words of every title ("president", "adviser", "minister"): a cheap test before matching. */
const TITLE_LAST_WORDS = new Set(
  TITLES.flatMap((entry) => entry.variants.map((variant) => variant.split(" ").at(-1) as string)),
);

/**
 * "Chinese President Xi Jinping": a title of office is followed by a person's name, whatever the
 * tagger made of it. Returns PER spans over the capitalised words right after each title.
 */
function findNamesAfterTitles(sentence: Sentence): NerSpan[] {
  const tokens = sentence.tokens;
  const spans: NerSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!TITLE_LAST_WORDS.has(tokens[i - 1]!.text.toLowerCase())) continue;
    if (!CAPITALISED.test(tokens[i]!.text) || !matchTitleBefore(tokens, i)) continue;
    // "Director General David Frost", "Attorney General": a word that makes the title longer is
    // the title's, not the name's first word.
    while (
      i < tokens.length &&
      TITLE_LAST_WORDS.has(tokens[i]!.text.toLowerCase()) &&
      (matchTitleBefore(tokens, i + 1)?.start ?? i) < i
    )
      i++;
    // "Chief Secretary to the Treasury", "the Chief Secretary,": a title of its own after one,
    // with no name after it, names an office, no one called Secretary ("Foreign Minister Prince
    // Saud" still names the prince).
    if (
      TITLE_LAST_WORDS.has(tokens[i]?.text.toLowerCase() ?? "") &&
      matchTitleBefore(tokens, i + 1)?.start === i &&
      !CAPITALISED.test(tokens[i + 1]?.text ?? "")
    )
      continue;
    if (i >= tokens.length || !CAPITALISED.test(tokens[i]!.text)) continue;
    // "General Electric", "General Mills": a trade word makes the title a firm's first word.
    if (FIRM_TRADE_WORDS.has(tokens[i]!.text)) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_NAME_TOKENS && CAPITALISED.test(tokens[end]!.text))
      end++;
    // "President Putin's": the possessive is not part of the name.
    if (end > i) spans.push({ start: i, end, label: "PER" });
    i = end - 1;
  }
  return spans;
}

/** Place types a region-part word before a listed name makes a region of: "Upper Bavaria", "Upper Austria". */
const REGION_TYPES: ReadonlySet<EntityType> = new Set(["PLACE", "COUNTRY"]);

/**
 * "Lower Saxony", "Upper Bavaria": a capitalised region-part word the tagger left out before a
 * place (its LOC, or a listed place it typed otherwise) belongs to the place's name.
 */
function withRegionPart(tokens: Sentence["tokens"], span: NerSpan): NerSpan {
  const before = tokens[span.start - 1]?.text ?? "";
  if (!REGION_PART_WORDS.has(before)) return span;
  const surface = tokens
    .slice(span.start, span.end)
    .map((token) => token.text)
    .join(" ");
  const listed = lookupEntity(surface);
  if (span.label !== "LOC" && !(listed && REGION_TYPES.has(listed.type))) return span;
  return { start: span.start - 1, end: span.end, label: "LOC" };
}

/**
 * Repairs tagger spans around forms of address and bare titles: "BBC Mr Yeo" is the BBC and then a
 * person; "the MP" or "President" alone names no one.
 */
function repairSpans(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const repaired: NerSpan[] = [];
  for (const original of spans) {
    const span = withRegionPart(tokens, original);
    let start = span.start;
    for (let i = span.start + 1; i < span.end; i++) {
      if (!isHonorific(tokens[i]!.text)) continue;
      if (i > start) repaired.push({ start, end: i, label: span.label });
      start = i;
    }
    const rest = {
      start,
      end: span.end,
      label: start === span.start ? span.label : ("PER" as const),
    };
    // "Delhi UTC +5,5", "UTC Vancouver": a time zone beside a place name is not part of it.
    while (rest.end > rest.start && TIME_ZONE_ABBREVIATIONS.has(tokens[rest.end - 1]!.text))
      rest.end--;
    while (rest.end > rest.start && TIME_ZONE_ABBREVIATIONS.has(tokens[rest.start]!.text))
      rest.start++;
    if (rest.end === rest.start) continue;
    // "US Secretary": a span that is only a title and its qualifier names no one.
    const titleToEnd = TITLE_LAST_WORDS.has(tokens[rest.end - 1]!.text.toLowerCase())
      ? matchTitleBefore(tokens, rest.end)
      : undefined;
    if (titleToEnd && titleToEnd.start <= rest.start) continue;
    // "Adidas CEO Herbert Hainer": a title inside a person's span ends the descriptor before it.
    if (rest.label === "PER") {
      for (let i = rest.start + 2; i < rest.end; i++) {
        if (!TITLE_LAST_WORDS.has(tokens[i - 1]!.text.toLowerCase())) continue;
        const title = matchTitleBefore(tokens, i);
        if (!title || title.start <= rest.start) continue;
        repaired.push({ start: rest.start, end: title.start, label: "ORG" });
        rest.start = i;
        break;
      }
    }
    // "Mr" alone at the end of a span is not a name.
    if (rest.end - rest.start === 1 && isHonorific(tokens[rest.start]!.text)) continue;
    const surface = tokens
      .slice(rest.start, rest.end)
      .map((token) => token.text)
      .join(" ");
    if (lookupTitle(surface)) continue;
    repaired.push(rest);
  }
  return repaired;
}

/**
 * "The World Bank said", "New World Bank President Jim Kim" at a sentence's start: the tagger's
 * span is a gazetteer name plus one word before it that is "the" or only capitalised because it
 * opens the sentence, so the name is the gazetteer's. A person's first word that news does not
 * write in lower case is a first name, not an opener: "Matt Holland scored", "Eddie Jordan
 * said" name people, not the Netherlands and Jordan.
 */
function isOpenerBefore(
  sentence: Sentence,
  tagged: { tokenStart: number; tokenEnd: number; type: EntityType },
  match: { tokenStart: number; tokenEnd: number },
): boolean {
  if (match.tokenStart !== tagged.tokenStart + 1 || match.tokenEnd !== tagged.tokenEnd)
    return false;
  const first = sentence.tokens[tagged.tokenStart]?.text ?? "";
  if (first.toLowerCase() === "the") return true;
  return (
    tagged.tokenStart === 0 && (tagged.type !== "PERSON" || loadTagger().isMostlyLowercase(first))
  );
}

/**
 * The type a multi-word name's head word settles ("Kazan University" → ORGANIZATION, "Ellis
 * Island" → PLACE): the word before "of", else the last word. Undefined when the head says nothing.
 */
function typeByHead(sentence: Sentence, start: number, end: number): EntityType | undefined {
  if (end - start < 2) return undefined;
  const words = sentence.tokens.slice(start, end).map((token) => token.text);
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1] : words.at(-1);
  if (!head) return undefined;
  if (ORGANIZATION_HEADS.has(head) || FIRM_NAME_HEADS.has(head)) return "ORGANIZATION";
  if (head === "Church" && words.length === 2 && DENOMINATIONS.has(words[0] ?? ""))
    return "ORGANIZATION";
  if (PLACE_HEADS.has(head)) return "PLACE";
  return undefined;
}

/** Links after a name that open its definition: "Kazan, the capital of", "Ufa is a city in". */
const DEFINITION_LINKS: ReadonlySet<string> = new Set([",", "is", "was"]);

/**
 * "Kazan, the capital of Tatarstan" with "Kazan" tagged MISC: a name its apposition or copula
 * defines as a capital or a place noun "of" or "in" somewhere is a place, however it ends.
 */
function isDefinedAsPlace(tokens: Sentence["tokens"], end: number): boolean {
  if (!DEFINITION_LINKS.has(tokens[end]?.text ?? "")) return false;
  const article = tokens[end + 1]?.text.toLowerCase() ?? "";
  if (article !== "the" && article !== "a") return false;
  const noun = tokens[end + 2]?.text ?? "";
  const link = tokens[end + 3]?.text ?? "";
  return (noun === "capital" || PLACE_NOUNS.has(noun)) && (link === "of" || link === "in");
}

/**
 * "won the London Marathon" tagged MISC: a name wider than the listed place in it, ending in a
 * word only an event's name ends with, is the event (typed later), not the place.
 */
function isEventAroundPlace(
  tokens: Sentence["tokens"],
  candidate: { tokenStart: number; tokenEnd: number; type: EntityType },
  match: { tokenStart: number; tokenEnd: number },
): boolean {
  return (
    candidate.type === "OTHER" &&
    match.tokenEnd < candidate.tokenEnd &&
    match.tokenStart >= candidate.tokenStart &&
    EVENT_NAME_HEADS.has(tokens[candidate.tokenEnd - 1]?.text ?? "")
  );
}

/**
 * Whether a multi-word name ends with a firm's own word ("Calyon Securities", "LNM Holdings"); a
 * name with "of" has its head before it ("World of Sport" is a show).
 */
function isFirmNamed(sentence: Sentence, start: number, end: number): boolean {
  const words = sentence.tokens.slice(start, end).map((token) => token.text);
  return words.length >= 2 && !words.includes("of") && FIRM_NAME_HEADS.has(words.at(-1) ?? "");
}

/** "Latin American" → Latin America, "Middle Eastern" → Middle East: the region a name-adjective comes from. */
const REGION_ADJECTIVE_RE = /^(.+ \p{Lu}\p{Ll}+?)(n|ern)$/u;

/**
 * The listed region or continent a two-word adjective names ("Latin American", "Middle
 * Eastern"), as a country's demonym names the country; undefined for anything else.
 */
function lookupRegionAdjective(surface: string): ReturnType<typeof lookupEntity> {
  const match = REGION_ADJECTIVE_RE.exec(surface);
  if (!match?.[1]) return undefined;
  const entry = lookupEntity(match[1]);
  return entry?.type === "PLACE" ? entry : undefined;
}

/** Merges pattern spans into the tagger's: a pattern span replaces the tagger spans it overlaps. */
function mergeSpans(sentence: Sentence, tagged: NerSpan[], found: NerSpan[]): NerSpan[] {
  // "General Motors": the tagger read the title word as part of a listed name that is not a
  // person's, so the title names no one here.
  const isListed = (span: NerSpan): boolean => {
    const words = sentence.tokens.slice(span.start, span.end).map((token) => token.text);
    const surface = words.join(" ");
    return lookupEntity(surface) !== undefined || lookupCompany(surface) !== undefined;
  };
  const patterns = found.filter(
    (p) =>
      !tagged.some(
        (span) =>
          span.label !== "PER" && span.start < p.start && p.end <= span.end && isListed(span),
      ),
  );
  if (patterns.length === 0) return tagged;
  const kept = tagged.filter(
    (span) => !patterns.some((p) => span.start < p.end && p.start < span.end),
  );
  // The tagger may have seen more of the name ("Vladimir Putin" after "President"): keep the union.
  const merged = patterns.map((p) => {
    const overlapping = tagged.filter(
      (span) => span.label === "PER" && span.start < p.end && p.start < span.end,
    );
    return {
      start: Math.min(p.start, ...overlapping.map((span) => span.start)),
      end: Math.max(p.end, ...overlapping.map((span) => span.end)),
      label: "PER" as const,
    };
  });
  return [...kept, ...merged].sort((a, b) => a.start - b.start);
}

/** "S", "A": a lone capital letter, a first name's initial in a list of players or officials. */
const LONE_INITIAL_RE = /^\p{Lu}$/u;

/**
 * "Xi" after "Xi Jinping": once a full name is known, its single words elsewhere in the article
 * name the same person, even where the tagger did not see it. An initial ("A" of "A Hogg") is
 * no name word: alone it is the article or a pronoun.
 */
function findKnownNameWords(sentences: Sentence[], spans: NerSpan[][]): NerSpan[][] {
  const words = new Set<string>();
  spans.forEach((sentenceSpans, index) => {
    const tokens = sentences[index]!.tokens;
    for (const span of sentenceSpans) {
      if (span.label !== "PER" || span.end - span.start < 2) continue;
      for (const word of [tokens[span.start]!.text, tokens[span.end - 1]!.text])
        if (!LONE_INITIAL_RE.test(word)) words.add(word);
    }
  });
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]!.tokens;
    const extra: NerSpan[] = [];
    tokens.forEach((token, i) => {
      if (!words.has(token.text) || sentenceSpans.some((span) => span.start <= i && i < span.end))
        return;
      // Part of a longer capitalised name ("Xi-Putin" is one token; "Xi Jinping" already covered).
      if (
        CAPITALISED.test(tokens[i + 1]?.text ?? "") ||
        (CAPITALISED.test(tokens[i - 1]?.text ?? "") && i > 0)
      )
        return;
      extra.push({ start: i, end: i + 1, label: "PER" });
    });
    return extra.length
      ? [...sentenceSpans, ...extra].sort((a, b) => a.start - b.start)
      : sentenceSpans;
  });
}

const CAPITALISED_START_RE = /^\p{Lu}/u;

/**
 * The type an unlisted nominal's head gives it here, or undefined for none: "the Premier League"
 * in a sports story is a competition, but "the Lithuanian Gay League" elsewhere an organisation;
 * "the Commonwealth Games" is an event, but "Xbox games" or "PC games" are products.
 */
function typeNominalHead(
  tokens: Sentence["tokens"],
  nominal: { end: number; head: string; type: EntityType },
  inSportsStory: boolean,
): EntityType | undefined {
  const capitalised = CAPITALISED_START_RE.test(tokens[nominal.end - 1]?.text ?? "");
  // "the German league of cities": a lower-case league outside sport names nothing.
  if (nominal.head === "league" && !inSportsStory) return capitalised ? "ORGANIZATION" : undefined;
  if (nominal.head === "games" && !capitalised) return undefined;
  return nominal.type;
}

/** A word with one capital, then lower-case letters only ("Pole", not "WHO" or "Al-Qaeda"). */
const TITLE_CASE_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Pole vaulter Anna Kowalska", "Nice weather": a one-word name that opens a sentence, where its
 * capital proves nothing, is the common word when news text mostly writes that word in lower case.
 */
function isCommonWordAtStart(tokens: Sentence["tokens"], start: number, end: number): boolean {
  const word = tokens[start]?.text ?? "";
  return (
    end - start === 1 &&
    isSentenceStart(tokens, start) &&
    // "WHO", "Al-Qaeda": acronyms and compounds are names whatever their folded form's casing.
    TITLE_CASE_WORD_RE.test(word) &&
    // "Eurozone": a name news writes in lower case is still that name.
    !isListedSpelling(word.toLowerCase()) &&
    loadTagger().isMostlyLowercase(word)
  );
}

/** How far from the end of an article its credits may begin, in characters. */
const CREDITS_WINDOW = 300;
/** "Author: Jane Doe", "Editor: John Roe": the staff who wrote and edited the article. */
const STAFF_CREDIT_RE = /\b(?:Authors?|Editors?):/u;
/** "(AFP, Reuters, dpa)": a parenthesised list of short sources closing an article. */
const SOURCE_CREDIT_RE = /\(\s*\p{L}[^()\n]{0,80}\)\s*$/u;
/** "AFP", "dpa", "Financial Times": one source, a short name. */
const SOURCE_CREDIT_ITEM_RE =
  /^\s*(?:\p{Lu}[\p{L}.&'’-]*|\p{Ll}{2,4})(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}\s*$/u;
/** "tj/cmk": the initials of the staff who wrote and edited a story, before its sources. */
const STAFF_INITIALS_RE = /\b\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+\s*$/u;

/**
 * Where an article's credits begin, or its length when it has none: "… the river. tj/cmk
 * (AFP, dpa)", "Author: Jane Doe (dpa, Reuters) Editor: John Roe". The agencies and staff a story
 * credits are not named in its news, so they make no mentions. One source alone counts only
 * after staff initials: "talks with Iran (and Iraq)" ending an article is news.
 */
export function creditsStart(text: string): number {
  const end = text.trimEnd().length;
  const from = Math.max(0, end - CREDITS_WINDOW);
  let start = end;
  const staff = STAFF_CREDIT_RE.exec(text.slice(from, end));
  if (staff) start = from + staff.index;
  const before = text.slice(0, start).trimEnd();
  const sources = SOURCE_CREDIT_RE.exec(before);
  if (!sources || sources.index < from) return start;
  const items = sources[0].trim().slice(1, -1).split(",");
  const afterInitials = STAFF_INITIALS_RE.test(before.slice(0, sources.index));
  if (
    (items.length > 1 || afterInitials) &&
    items.every((item) => SOURCE_CREDIT_ITEM_RE.test(item))
  )
    return sources.index;
  return start;
}

/** Words an article writes with a capital after a sentence's first word ("Brown" in "Gordon Brown"). */
function wordsCapitalisedInside(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences)
    sentence.tokens.forEach((token, i) => {
      if (TITLE_CASE_WORD_RE.test(token.text) && !isSentenceStart(sentence.tokens, i))
        words.add(token.text);
    });
  return words;
}

// Double quotes only: single ones are apostrophes too, and headlines use them for any quotation
// ("Jowell rejects 'Las Vegas' jibe").
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“", "„", "«"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "”", "“", "»"]);

/** How many quotes and capitalised words may stand between a publication noun and the name. */
const MAX_PUBLICATION_GAP = 3;

/**
 * "the newspaper \"To Vima\"", "the weekly Die Zeit": a name after a publication noun, over an
 * opening quote and the name's first words the tagger left out, is a news outlet.
 */
function isPublicationName(tokens: Sentence["tokens"], start: number): boolean {
  let before = start - 1;
  for (let gap = 0; gap < MAX_PUBLICATION_GAP && before >= 0; gap++) {
    const text = tokens[before]?.text ?? "";
    if (!OPENING_QUOTES.has(text) && !CAPITALISED_START_RE.test(text)) break;
    before--;
  }
  return PUBLICATION_NOUNS.has(tokens[before]?.text ?? "");
}

/**
 * `hits such as "Troy"`, `the film "The Seven-Year Itch,"`: a name that fills a quotation by
 * itself (a leading "The" and a trailing comma inside the marks allowed) is a title of a work.
 */
function isQuotedName(tokens: Sentence["tokens"], start: number, end: number): boolean {
  let before = start - 1;
  if (THE_WORDS.has(tokens[before]?.text ?? "")) before--;
  let after = end;
  if (tokens[after]?.text === "," || tokens[after]?.text === ".") after++;
  return (
    OPENING_QUOTES.has(tokens[before]?.text ?? "") && CLOSING_QUOTES.has(tokens[after]?.text ?? "")
  );
}
const THE_WORDS: ReadonlySet<string> = new Set(["The", "the"]);

/** "'s" and its forms, as a tokenizer splits them off. */
const POSSESSIVE_TOKEN_RE = /^['’]s?$/;

/**
 * "on the Wright Stuff show", "told Five's Wright Stuff show": a name between "the" or a
 * possessive and a programme noun is the programme's.
 */
function isProgrammeName(tokens: Sentence["tokens"], start: number, end: number): boolean {
  const before = tokens[start - 1]?.text ?? "";
  return (
    (THE_WORDS.has(before) || POSSESSIVE_TOKEN_RE.test(before)) &&
    PROGRAMME_NOUNS.has(tokens[end]?.text ?? "") &&
    // "the BBC World Service programme Go Digital": the broadcaster, then the programme's name.
    !CAPITALISED_START_RE.test(tokens[end + 1]?.text ?? "")
  );
}

/** Words shortly before a name that make it the maker, the cast or an addressee, not the work: "directed by X, starring Y", "a letter to X, written by". */
const AGENT_LEAD_WORDS: ReadonlySet<string> = new Set(["by", "with", "alongside", "from", "to"]);
/** How far back those words are looked for. */
const AGENT_LEAD_REACH = 5;

/** Participles only a work takes before "by": "Sideways is written and directed by Alexander Payne". */
const WORK_PARTICIPLES: ReadonlySet<string> = new Set([
  "written",
  "co-written",
  "directed",
  "co-directed",
  "penned",
  "composed",
]);
const BE_WORDS: ReadonlySet<string> = new Set(["is", "was"]);
const ADVERB_RE = /^[a-z]+ly$/;

/** Whether a work's own participle and "by" start at token `at`: "directed by", "written and directed by". */
function isWorkParticiple(tokens: Sentence["tokens"], at: number): boolean {
  let k = at;
  if (ADVERB_RE.test(tokens[k]?.text ?? "")) k++;
  if (!WORK_PARTICIPLES.has(tokens[k]?.text ?? "")) return false;
  if (tokens[k + 1]?.text === "and" && WORK_PARTICIPLES.has(tokens[k + 2]?.text ?? "")) k += 2;
  return tokens[k + 1]?.text === "by";
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"]);

/** Whether a name follows a maker's possessive and a noun of an owned work: "Elvis' single Jailhouse Rock". */
function isPossessedWork(tokens: Sentence["tokens"], start: number): boolean {
  let k = start - 1;
  if (!OWNED_WORK_NOUNS.has(tokens[k]?.text ?? "")) return false;
  k--;
  while (k >= 0 && OWNED_WORK_LEAD.has(tokens[k]!.text)) k--;
  return POSSESSIVE_MARKS.has(tokens[k]?.text ?? "");
}

/**
 * "The Aviator, starring Leonardo DiCaprio", "Joey - starring Matt LeBlanc", "Primer, written and
 * directed by Shane Carruth", "Sideways is directed by Alexander Payne": a name "starring" (not
 * "starring in": that is the actor) or a work's own participle follows is a work's title. A name
 * shortly after "by" or "with" is the maker or the cast ("directed by X, starring Y").
 */
function isAnnouncedWork(tokens: Sentence["tokens"], start: number, end: number): boolean {
  let after = end;
  if (tokens[after]?.text === "," || tokens[after]?.text === "-") after++;
  const starring = tokens[after]?.text === "starring" && tokens[after + 1]?.text !== "in";
  const made =
    isWorkParticiple(tokens, after) ||
    (after === end && BE_WORDS.has(tokens[end]?.text ?? "") && isWorkParticiple(tokens, end + 1));
  if (!starring && !made) return isPossessedWork(tokens, start);
  for (let k = Math.max(0, start - AGENT_LEAD_REACH); k < start; k++)
    if (AGENT_LEAD_WORDS.has(tokens[k]!.text)) return false;
  return true;
}

/** A name the tagger alone read as a person or a place, which no list knows. */
function mayBeAnnouncedWork(candidate: Candidate): boolean {
  return (
    candidate.source === "tagger" &&
    !candidate.title &&
    !candidate.key &&
    (candidate.type === "PERSON" || candidate.type === "PLACE")
  );
}

/**
 * Works quoted by name ("Troy", "Alexis Sorbas") that the tagger read as a place or a person are
 * OTHER, so they neither sit on the map nor join a namesake city or person; so are programmes
 * named before "show" or "programme", organisations included ("the Newsnight programme").
 * Quoted organisations stay: news quotes a newspaper's or a group's name too.
 */
function retypeWorks(sentences: readonly Sentence[], candidates: Candidate[]): Candidate[] {
  const retyped = new Set<Candidate>();
  // "The Aviator, starring …" once: the article's other "Aviator"s are the film too.
  const announced = new Set<string>();
  for (const candidate of candidates) {
    if (!mayBeAnnouncedWork(candidate)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isAnnouncedWork(tokens, candidate.tokenStart, candidate.tokenEnd))
      announced.add(candidate.surface.replace(LEADING_THE_RE, ""));
  }
  for (const candidate of candidates) {
    if (candidate.source !== "tagger" || candidate.title) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const { tokenStart: start, tokenEnd: end } = candidate;
    if (!candidate.key && isPublicationName(tokens, start)) {
      candidate.type = "ORGANIZATION";
      candidate.isCued = true;
      continue;
    }
    if (candidate.type === "OTHER") continue;
    const isTitledWork =
      (candidate.type !== "ORGANIZATION" && isQuotedName(tokens, start, end)) ||
      (mayBeAnnouncedWork(candidate) &&
        announced.has(candidate.surface.replace(LEADING_THE_RE, "")));
    if (!isTitledWork && (candidate.key || !isProgrammeName(tokens, start, end))) continue;
    candidate.type = "OTHER";
    // "The Fox show" may be a show on the Fox network: a programme noun is no strong cue, as
    // quotes or "starring" are.
    if (isTitledWork) candidate.isCued = true;
    delete candidate.key;
    delete candidate.canonical;
    delete candidate.via;
    retyped.add(candidate);
  }
  // "the Wright Stuff programme" read as a project by its head: one mention of the work, as for
  // any MISC span a nominal covers.
  return candidates.filter(
    (candidate) =>
      !retyped.has(candidate) ||
      !candidates.some(
        (other) =>
          other.source === "nominal" &&
          other.sentenceIndex === candidate.sentenceIndex &&
          overlaps(other, candidate),
      ),
  );
}

/**
 * "Swiss Re's spokesman": the tagger split a demonym (MISC) from the organisation right after it
 * (ORG). When the article never writes the organisation's words without that demonym before them
 * and no list knows those words alone, the demonym opens the name ("Swiss Re"), not a description
 * of it ("Italian firm Parmalat … Parmalat said" keeps Parmalat). Once the tagger has read the
 * words as an organisation after the demonym, its person after the same demonym is the same name
 * ("Shares in Swiss Ra fell" with "Ra" a person); words it only ever reads as a person stay one.
 */
function joinDemonymOpenedNames(sentences: readonly Sentence[], spans: NerSpan[][]): NerSpan[][] {
  const words = (sentence: Sentence, start: number, end: number): string =>
    sentence.tokens
      .slice(start, end)
      .map((token) => token.text)
      .join(" ");
  // How often each name is written at all, and how often right after a given demonym.
  const joined = new Map<string, { demonym: string; count: number; asOrganisation: boolean }>();
  const isNameAfterDemonym = (span: NerSpan): boolean =>
    span.label === "ORG" || span.label === "PER";
  spans.forEach((sentenceSpans, index) => {
    const sentence = sentences[index] as Sentence;
    for (let i = 1; i < sentenceSpans.length; i++) {
      const before = sentenceSpans[i - 1] as NerSpan;
      const span = sentenceSpans[i] as NerSpan;
      if (before.label !== "MISC" || !isNameAfterDemonym(span) || before.end !== span.start)
        continue;
      if (before.end - before.start !== 1) continue;
      const demonym = words(sentence, before.start, before.end);
      const name = words(sentence, span.start, span.end);
      if (!lookupDemonym(demonym) || lookupEntity(name) || lookupCompany(name)) continue;
      const seen = joined.get(name);
      const asOrganisation = (seen?.asOrganisation ?? false) || span.label === "ORG";
      if (seen && seen.demonym !== demonym)
        joined.set(name, { demonym: "", count: 0, asOrganisation });
      else joined.set(name, { demonym, count: (seen?.count ?? 0) + 1, asOrganisation });
    }
  });
  for (const [name, entry] of joined) if (!entry.asOrganisation) joined.delete(name);
  if (joined.size === 0) return spans;
  const written = new Map<string, number>();
  for (const sentence of sentences) {
    const text = ` ${sentence.tokens.map((token) => token.text).join(" ")} `;
    for (const name of joined.keys())
      written.set(name, (written.get(name) ?? 0) + text.split(` ${name} `).length - 1);
  }
  return spans.map((sentenceSpans, index) => {
    const sentence = sentences[index] as Sentence;
    const out: NerSpan[] = [];
    for (const span of sentenceSpans) {
      const before = out.at(-1);
      const entry = joined.get(words(sentence, span.start, span.end));
      if (
        before &&
        entry?.count &&
        entry.count === written.get(words(sentence, span.start, span.end)) &&
        isNameAfterDemonym(span) &&
        before.label === "MISC" &&
        before.end === span.start &&
        words(sentence, before.start, before.end) === entry.demonym
      )
        out[out.length - 1] = { start: before.start, end: span.end, label: "ORG" };
      else out.push(span);
    }
    return out;
  });
}

/** "d'Estaing", "dell'Utri", "d'Azur": an elided particle glued to the capitalised rest of a name. */
const ELIDED_PARTICLE_RE = /^(?:d|dell|dall|l)['’]\p{Lu}\p{L}+$/u;

/**
 * "Valery Giscard d'Estaing", "Cote d'Azur": the tagger ends the name before a lower-case
 * elided particle glued to its last word, which still belongs to the name.
 */
function withElidedParticles(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const isParticle = (at: number) => ELIDED_PARTICLE_RE.test(sentence.tokens[at]?.text ?? "");
  const out: NerSpan[] = [];
  for (const span of spans) {
    const before = out.at(-1);
    // "Valery Giscard" | "d'Estaing": the particle the tagger split off opens no name of its own.
    if (before && before.end === span.start && isParticle(span.start))
      out[out.length - 1] = { ...before, end: span.end };
    else out.push({ ...span });
  }
  return out.map((span, i) => {
    let end = span.end;
    const next = out[i + 1]?.start ?? sentence.tokens.length;
    while (end < next && isParticle(end)) end++;
    return end === span.end ? span : { ...span, end };
  });
}

/** "iPod", "iTunes", "iMac": a product name spelt with a lower-case "i" before its capital. */
const I_PREFIXED_NAME_RE = /^i\p{Lu}[\p{L}\d]*$/u;

/**
 * "Apple's iPod was launched": the tagger misses some names opening with a lower-case "i" before
 * a capital ("iPod" above all), which no common word is spelt like. A missed one is a thing's
 * name (MISC), whatever else the sentence holds.
 */
function withIPrefixedNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const extra: NerSpan[] = [];
  sentence.tokens.forEach((token, i) => {
    if (!I_PREFIXED_NAME_RE.test(token.text)) return;
    if (spans.some((span) => span.start <= i && i < span.end)) return;
    extra.push({ start: i, end: i + 1, label: "MISC" });
  });
  return extra.length ? [...spans, ...extra].sort((a, b) => a.start - b.start) : spans;
}

/** What ends the entry before a list entry: "Ulster), A Tallis", "Ref: S Tennant". */
const ENTRY_SEPARATOR_RE = /^[,;:]$/;
/** Capital letters that are words of their own at a sentence's start: "A man", "I said". */
const SENTENCE_WORD_LETTERS: ReadonlySet<string> = new Set(["A", "I"]);
/** Words of a surname an initial may open: "A Tallis", "D Dal Brook". */
const MAX_INITIALLED_SURNAME_WORDS = 2;

/**
 * "Ulster), A Tallis (Munster)", "Ref: S Tennant": the tagger leaves out a list entry's initial
 * (most often "A", which it reads as the article), so the bare surname would join whichever
 * full name shares it. A lone capital letter between an entry separator and a short name opens
 * the name, which is a person's: "A Tallis" is no "Tom Tallis".
 */
function withLeadingInitials(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  return spans.map((span) => {
    // "M dal Brenta": the tagger read only the capitalised word after the surname's particle.
    const particle = SURNAME_PARTICLES.has(tokens[span.start - 1]?.text ?? "") ? 1 : 0;
    const initial = span.start - 1 - particle;
    const letter = tokens[initial]?.text ?? "";
    // "G Varrow scored." opening a sentence; not "A" or "I", which open one as words.
    const opensSentence = initial === 0 && !SENTENCE_WORD_LETTERS.has(letter);
    if (
      initial < 0 ||
      span.end - span.start + particle > MAX_INITIALLED_SURNAME_WORDS ||
      !LONE_INITIAL_RE.test(letter) ||
      !(opensSentence || ENTRY_SEPARATOR_RE.test(tokens[initial - 1]?.text ?? "")) ||
      spans.some((other) => other.end > initial && other.start <= initial)
    )
      return span;
    return { start: initial, end: span.end, label: "PER" as const };
  });
}

/**
 * The tagger's spans of one sentence after the repairs that read that sentence alone, in the order
 * they apply (each takes the spans the one before returned).
 */
function repairSentenceSpans(sentence: Sentence, fromModel: NerSpan[]): NerSpan[] {
  let spans = withoutBracketsInside(sentence, fromModel);
  spans = withoutLowercaseBreaks(sentence, spans);
  spans = withoutLeadingCalendarNames(sentence, spans);
  spans = withNamesAfterCalendarNames(sentence, spans);
  spans = withoutOpeningConjunctions(sentence, spans);
  // "Rapper Kozzy said": the calling is not the name's first word.
  spans = withoutLeadingCallings(sentence, spans);
  spans = withoutTrailingTitles(sentence, spans);
  // "Green MEP Jean Lambrell": the party before a member's letters is no person.
  spans = withPartiesBeforeMembers(sentence, spans);
  spans = withoutPortfolios(sentence, spans);
  spans = repairSpans(sentence, spans);
  // "Southeast Asia" + "Treaty Organization": a place opening an organisation's name.
  spans = withPlaceOpenedOrganisations(sentence, spans);
  // "British Independent Film Awards" tagged in two touching pieces: one award's name.
  spans = withTouchingAwardNames(sentence, spans);
  spans = withTitleOpenedFirms(sentence, spans);
  spans = mergeSpans(sentence, spans, findNamesAfterTitles(sentence));
  spans = [...spans, ...findFirmsOfCallings(sentence, spans)];
  spans = withRanksAroundNames(sentence, spans);
  spans = withElidedParticles(sentence, spans);
  spans = withLeadingInitials(sentence, spans);
  spans = withoutListedPossessors(sentence, spans);
  // "Former Kestrel Holdings boss" tagged "Holdings": a firm's own word opens back to its name.
  spans = withFirmHeadsOpened(sentence, spans);
  // "Frank-Juergen Weise" tagged "Weise": a hyphenated first name opens the person's name.
  spans = withHyphenatedFirstNames(sentence, spans);
  // "Channel 4's gameshow", "BBC Radio 1 DJ X": a channel's name runs to its number.
  spans = withNumberedChannels(sentence, spans);
  // "a Nokia 3220 handset", "the Nintendo 64 classic": a maker's name runs to its model code.
  spans = withModelNumberedProducts(sentence, spans);
  // "conducted Verdi's Simon Boccanegra": a work after a performing verb and its maker's possessive.
  spans = withPerformedWorks(sentence, spans);
  // "Five's Kelly Lane show": the word owning a named programme is its broadcaster.
  spans = withProgrammeOwners(sentence, spans);
  // "The Tonight Show" untagged: a capitalised run closed by "Show" is a programme's name.
  spans = withShowTitles(sentence, spans);
  return withIPrefixedNames(sentence, spans);
}

/** Finds typed candidate mentions in every sentence of an article. */
export function recognizeMentions(text: string, sentences: Sentence[]): Candidate[] {
  const fromModel = loadTagger().tagDocument(
    sentences.map((sentence) => sentence.tokens.map((token) => token.text)),
  );
  const repaired = fromModel.map((spans, index) =>
    repairSentenceSpans(sentences[index] as Sentence, spans),
  );
  const taggedSpans = findKnownAcronyms(
    sentences,
    findKnownNameWords(
      sentences,
      withFiguredBandNames(
        sentences,
        joinDemonymOpenedNames(sentences, withWordsOfNamesElsewhere(sentences, repaired)),
      ),
    ),
  );
  // "the Economic Commission for Latin America and the Caribbean": one name, not three.
  // "Million Dollar Baby and Sideways": two titles the article also names apart.
  const tagged = splitCoordinatedNames(
    sentences,
    repairOrganisationPersonBorders(sentences, joinLongOrganisationNames(sentences, taggedSpans)),
  );
  const candidates: Candidate[] = [];
  const inSportsStory = isSportsStory(sentences);
  const capitalisedInside = wordsCapitalisedInside(sentences);

  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentence.tokens;
    // The gazetteer reads capitals in context: "trip to Moscow" is the city, "Washington regards" the country.
    const gazetteer: Candidate[] = findGazetteerMentions(tokens)
      .filter((match) => !isCommonWordAtStart(tokens, match.start, match.end))
      .map((match) => ({
        sentenceIndex,
        tokenStart: match.start,
        tokenEnd: match.end,
        ...spanText(text, sentence, match.start, match.end),
        type: match.type,
        source: "gazetteer",
        key: match.key,
        canonical: match.canonical,
        via: match.via,
        isMetonymy: match.via === "metonym",
      }));
    const nominals: Candidate[] = findNominalMentions(tokens).flatMap((match) => {
      const type = match.key ? match.type : typeNominalHead(tokens, match, inSportsStory);
      if (!type) return [];
      // "the Business Software Alliance" the tagger reads as one organisation: a body, not a pact.
      const isTaggedBody = (tagged[sentenceIndex] ?? []).some(
        (span) => span.label === "ORG" && span.start === match.start && span.end === match.end,
      );
      if (!match.key && match.head === "alliance" && isTaggedBody) return [];
      // "QPR keeper Chris Day": a role noun before "<Name> Day" makes it a person's name, not a feast.
      const before = tokens[match.start - 1]?.text.toLowerCase() ?? "";
      if (!match.key && match.head === "day" && Object.hasOwn(ROLE_RELATIONS, before)) return [];
      return [
        {
          sentenceIndex,
          tokenStart: match.start,
          tokenEnd: match.end,
          ...spanText(text, sentence, match.start, match.end),
          type,
          source: "nominal" as const,
          key: match.key,
          canonical: match.canonical,
        },
      ];
    });

    const fromTagger: Candidate[] = [];
    const wider: Candidate[] = [];
    for (const span of tagged[sentenceIndex] ?? []) {
      const candidate: Candidate = {
        sentenceIndex,
        tokenStart: span.start,
        tokenEnd: span.end,
        ...spanText(text, sentence, span.start, span.end),
        type: TYPE_BY_LABEL[span.label],
        source: "tagger",
      };
      // "the New York-based firm": the mention is the name inside the compound, which the
      // gazetteer may know; a day's name ("Saturday-night") is none. The glued word is one news
      // writes in lower case: "Roh Moo-hyun", "Yoo Ji-chang" end in a syllable of the name.
      const [, compound, suffix] = NAME_COMPOUND_RE.exec(candidate.surface) ?? [];
      if (compound && suffix && loadTagger().isMostlyLowercase(suffix)) {
        const word = compound.toLowerCase();
        if (word in WEEKDAY_NUMBERS || word in MONTH_NUMBERS) continue;
        candidate.surface = compound;
        candidate.end = candidate.start + compound.length;
        const known = lookupEntity(compound);
        if (known) {
          candidate.type = known.type;
          candidate.key = known.key;
          candidate.canonical = known.canonical;
        } else if (suffix === BASED_IN && candidate.type === "OTHER") candidate.type = "PLACE";
      }
      // "the Southeast Asia Treaty Organization" tagged from "Asia" on: a listed place that opens
      // an organisation's name and runs into it is part of the name, not a place beside it.
      const opening = gazetteer.find(
        (g) =>
          PLACE_OR_COUNTRY.has(g.type) &&
          g.tokenStart < candidate.tokenStart &&
          candidate.tokenStart < g.tokenEnd &&
          g.tokenEnd < candidate.tokenEnd,
      );
      if (candidate.type === "ORGANIZATION" && opening)
        Object.assign(candidate, {
          tokenStart: opening.tokenStart,
          ...spanText(text, sentence, opening.tokenStart, candidate.tokenEnd),
        });
      // "Tory Liam Fox", "German Olaf Brent": a party's or a country's adjective before a full
      // name describes the person; it names the party or country, and the person is the rest.
      const descriptor = gazetteer.find(
        (g) =>
          g.tokenStart === candidate.tokenStart &&
          (g.via === "alias" || g.via === "demonym") &&
          candidate.tokenEnd - g.tokenEnd >= MIN_NAME_AFTER_DESCRIPTOR,
      );
      if (candidate.type === "PERSON" && descriptor)
        Object.assign(candidate, {
          tokenStart: descriptor.tokenEnd,
          ...spanText(text, sentence, descriptor.tokenEnd, candidate.tokenEnd),
        });
      // A gazetteer identity overlapping the span wins, unless the tagger saw a longer name
      // ("Bank of China" stays an organisation; "China" alone is the country).
      const gazetteerMatch = gazetteer.find((g) => overlaps(g, candidate));
      if (
        gazetteerMatch &&
        !isCompassPlace(tokens, candidate, gazetteerMatch) &&
        !isEventAroundPlace(tokens, candidate, gazetteerMatch) &&
        (contains(gazetteerMatch, candidate) ||
          candidate.type === "OTHER" ||
          candidate.type === "PLACE" ||
          isOpenerBefore(sentence, candidate, gazetteerMatch))
      ) {
        continue;
      }
      // "World War II", "the Cold War": the nominal pattern types what the tagger calls MISC.
      if (candidate.type === "OTHER" && nominals.some((n) => overlaps(n, candidate))) continue;
      // "the General Election": a title before a capitalised word made a person of the event's head.
      if (
        candidate.type === "PERSON" &&
        nominals.some((n) => contains(n, candidate) && n.tokenEnd === candidate.tokenEnd)
      )
        continue;
      // "the Commonwealth Games" tagged ORG: the event pattern over the very same words types it;
      // a project's or an agreement's head does not ("the UN Development Programme", "the
      // Business Software Alliance" are organisations).
      if (
        candidate.type !== "PERSON" &&
        nominals.some(
          (n) =>
            n.type === "EVENT" &&
            n.tokenStart === candidate.tokenStart &&
            n.tokenEnd === candidate.tokenEnd,
        )
      ) {
        // "Commonwealth" inside it is part of the event's name, as it was of the tagger's span.
        wider.push(candidate);
        continue;
      }
      // "post-World War II": a listed event or agreement is not also an organisation.
      if (candidate.type !== "PERSON" && nominals.some((n) => n.key && contains(n, candidate)))
        continue;
      // "Conservative party" beside the gazetteer's "Conservative Party": a name the gazetteer
      // lists in another case is that entry when the tagger gave it the entry's type, so one
      // article never holds both (and linking across articles never depends on which came first).
      if (candidate.type === "ORGANIZATION" || candidate.type === "PLACE") {
        const known = lookupEntity(candidate.surface);
        if (known?.type === candidate.type) {
          candidate.key = known.key;
          candidate.canonical = known.canonical;
        }
      }
      // "Pole vaulter" opening a sentence: MISC on a common word the capital made look like a name;
      // "Moreover," "Born in…", "Spring came": any type, unless the article capitalises the word
      // where capitals prove something ("Brown said" after "Gordon Brown").
      if (
        (candidate.type === "OTHER" ||
          (!candidate.key && !capitalisedInside.has(candidate.surface))) &&
        isCommonWordAtStart(tokens, candidate.tokenStart, candidate.tokenEnd)
      )
        continue;
      if (candidate.type === "OTHER") {
        const known = lookupEntity(candidate.surface) ?? lookupRegionAdjective(candidate.surface);
        if (known) {
          candidate.type = known.type;
          candidate.key = known.key;
          candidate.canonical = known.canonical;
        } else if (isDefinedAsPlace(tokens, candidate.tokenEnd)) {
          candidate.type = "PLACE";
        } else if (
          candidate.tokenEnd - candidate.tokenStart === 1 &&
          ADJECTIVE_SUFFIX.test(candidate.surface)
        ) {
          continue;
        }
      }
      // "Muslim families", "The Muslim community": followers of a faith, not an organisation.
      const faithGroup = FAITH_GROUPS.get(candidate.surface.replace(LEADING_THE_RE, ""));
      if (faithGroup && !candidate.key) {
        if (candidate.tokenEnd - candidate.tokenStart > 1)
          Object.assign(candidate, {
            tokenStart: candidate.tokenEnd - 1,
            ...spanText(text, sentence, candidate.tokenEnd - 1, candidate.tokenEnd),
          });
        candidate.type = "OTHER";
        candidate.key = normalizeKey(faithGroup);
        candidate.canonical = faithGroup;
      }
      // "the French philosopher Montesquieu", "his niece Isabel Marr": a calling or a kinship
      // only people have names a person.
      const before = tokens[candidate.tokenStart - 1]?.text ?? "";
      if (
        !candidate.key &&
        candidate.type !== "PERSON" &&
        (PERSON_NOUNS.has(before) || KINSHIP_NOUNS.has(before))
      ) {
        candidate.type = "PERSON";
        // "the best actor Bafta": after "best" the calling names an award's category, no person.
        if (tokens[candidate.tokenStart - 2]?.text.toLowerCase() !== AWARD_CATEGORY_LEAD)
          candidate.isCued = true;
      }
      // "chief security architect at Cisco", "a security expert at Energis": what a person works
      // at after a calling is an organisation, when no list knows the name as something else.
      if (
        !candidate.key &&
        !candidate.title &&
        (isWorkplaceAfterCalling(tokens, candidate.tokenStart) ||
          (isFirmOfCalling(tokens, candidate.tokenStart, candidate.tokenEnd) &&
            (candidate.type !== "PERSON" || candidate.tokenEnd - candidate.tokenStart === 1)))
      ) {
        candidate.type = "ORGANIZATION";
        candidate.isCued = true;
      }
      if (!candidate.key) {
        const byHead = typeByHead(sentence, candidate.tokenStart, candidate.tokenEnd);
        if (byHead && candidate.type !== "PERSON") candidate.type = byHead;
        // "Ellis Island", "Asahi Breweries" tagged a person: a place's or a firm's own head word
        // outweighs the capitals.
        else if (byHead === "PLACE" && !candidate.title) candidate.type = byHead;
        // "The Halvorsen Rowing Agency said" tagged a person: three capitalised words ending in a
        // body's head are its name ("Gabrielle Union" keeps two words a person's).
        else if (
          byHead === "ORGANIZATION" &&
          !candidate.title &&
          candidate.tokenEnd - candidate.tokenStart >= 3
        )
          candidate.type = byHead;
        else if (
          !candidate.title &&
          isFirmNamed(sentence, candidate.tokenStart, candidate.tokenEnd)
        )
          candidate.type = "ORGANIZATION";
      }
      fromTagger.push(candidate);
    }
    const elided = elidedCompassPlaces(text, sentence, sentenceIndex, gazetteer);
    const kept = gazetteer.filter(
      (g) =>
        ![...fromTagger, ...wider].some(
          (t) =>
            overlaps(t, g) &&
            contains(t, g) &&
            t.tokenEnd - t.tokenStart > g.tokenEnd - g.tokenStart,
        ),
    );

    // "Oscar Lind": a listed name inside a longer person's name is the person's.
    const keptNominals = nominals.filter(
      (n) =>
        !fromTagger.some(
          (t) =>
            t.type === "PERSON" &&
            contains(t, n) &&
            t.tokenEnd - t.tokenStart > n.tokenEnd - n.tokenStart,
        ),
    );
    // "North" the tagger read alone in "North and South Korea" is the elided place's.
    const taggerKept = fromTagger.filter((t) => !elided.some((e) => overlaps(e, t)));
    for (const candidate of [...taggerKept, ...kept, ...elided, ...keptNominals]) {
      if (candidate.type === "PERSON") {
        const title =
          matchTitleBefore(tokens, candidate.tokenStart) ??
          matchTitleAfter(tokens, candidate.tokenEnd);
        if (title) {
          const titleSpan = spanText(text, sentence, title.start, title.end);
          const of = title.of ?? title.implied;
          candidate.title = {
            title: title.title,
            role: title.role,
            of: of ? { key: of.key, canonical: of.canonical, type: of.type } : undefined,
            start: titleSpan.start,
            end: titleSpan.end,
          };
        }
      }
      candidates.push(candidate);
    }
  });
  candidates.push(...recognizeCompanies(text, sentences, candidates));
  candidates.push(...recognizeCities(text, sentences, candidates, inSportsStory));
  // "shares in Velmora" tagged a town: a firm's words make an unlisted place a firm.
  retypePlaceFirms(sentences, candidates);
  // "its operating system, Windows," tagged a person: a firm's product noun makes it the product.
  retypeApposedProducts(sentences, candidates);
  // "Samsung's Yepp YH-999 video jukebox" tagged a firm: its owner and product noun make it the product.
  retypePossessedProducts(sentences, candidates);
  const recognized = recognizeLanguages(
    text,
    sentences,
    recognizeTeams(text, sentences, candidates, inSportsStory),
  );
  readSharedRegionNames(recognized);
  readLineUps(sentences, recognized);
  // "flanker Schalk Burger" tagged a firm: an athlete's noun makes the name a person's.
  retypeAthletes(sentences, recognized);
  // "won the London Marathon" tagged a firm: an event's head word ending the name makes it the event.
  retypeEventNames(sentences, recognized, inSportsStory);
  const credits = creditsStart(text);
  // "Muse singer Matt Bellamy": before the works, so a band's quoted name stays the band's.
  const works = retypeWorks(
    sentences,
    retypeBands(
      sentences,
      // "against Chelsea" with a sport word: a listed club's one-word name where a side stands.
      retypeClubSides(
        sentences,
        // "the Halvard", "Kelbrook have won": a lone guessed person the article shows is no person.
        retypeLoneNames(
          sentences,
          recognized.filter((candidate) => candidate.start < credits),
        ),
      ),
    ),
  );
  // "the film Pirates of the Caribbean" read "Pirates": a work noun's title runs to its end;
  // "Passion of the Christ director Mel Gibson": so does a title before a screen role and its holder.
  // "arcade classics such as Moon Raiders and Donkey Kong": each title listed after a work noun.
  const titled = spanListedWorks(
    text,
    sentences,
    spanWorkTitles(text, sentences, works, inSportsStory),
    inSportsStory,
  );
  // "The Perez Family, her first Hollywood film.": a work noun's phrase beside the name.
  retypeApposedWorks(sentences, titled);
  // "her role in Vera Drake": a word of casting and "in" before the title.
  retypeCastInWorks(text, sentences, titled, inSportsStory);
  return spanRoleLedTitles(text, sentences, titled, inSportsStory);
}
