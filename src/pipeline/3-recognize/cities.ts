/**
 * GeoNames cities in recognition: a tagger location that names a city gets its identity, and a
 * city the tagger missed is read only with place context ("in Reading", "Leeds-based"). Spans the
 * tagger calls a person are never turned into cities ("Paris Hilton"), nor organisations unless
 * the city is large and the story is not about sport ("Reading" the football club).
 */

import {
  CITY_MIN_POPULATION_BARE,
  CITY_MIN_POPULATION_TAGGED,
} from "../model/gazetteers/cities.js";
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";
import {
  CITY_LEAD_WORDS,
  HOLDING_WORDS,
  ORGANIZATION_CITY_LEAD_WORDS,
  ORIGIN_PERSON_NOUNS,
  PLACE_COMPOUND_TAILS,
  SETTLEMENT_NOUNS,
} from "../model/lexicons/city-cues.js";
import { TIME_ZONE_ABBREVIATIONS } from "../model/lexicons/time-zones.js";
import type { Sentence } from "../types.js";
import { type Candidate, coveredTokens, gazetteerCandidate } from "./candidate.js";
import { lookupMentionedCity } from "./gazetteer/city-lookups.js";
import { lookupTitle } from "./titles.js";

/** A capitalised word that may be part of a city name ("Salt", "Lake", "City", "St."). */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’.]*$/u;
/** "Leeds-based", "Hong Kong-based": capitalised words, a hyphen, a lowercase tail. */
const COMPOUND_RE = /^((?:\p{Lu}[\p{L}'’.]* )*\p{Lu}[\p{L}'’.]*)[-–](\p{Ll}+)$/u;
/** Most capitalised words before a compound that may open its place ("Santa Monica-based"). */
const MAX_COMPOUND_LEAD_WORDS = 2;
/** A sentence-initial "person" is re-read as a city only from this size up. */
const CITY_MIN_POPULATION_SENTENCE_START = 100_000;
/** A span the tagger calls an organisation is re-read as a city only from this size up. */
const CITY_MIN_POPULATION_ORGANIZATION = 500_000;
/** A span the tagger calls an organisation after "in"/"near" is re-read as a city from this size up. */
const CITY_MIN_POPULATION_ORGANIZATION_IN_PLACE = 100_000;
/** The longest bare city name tried, in tokens ("Salt Lake City"). */
const MAX_CITY_TOKENS = 3;

/** "in March", "on Friday": calendar words and titles are never read as towns of that name. */
function isCommonCapitalisedWord(text: string): boolean {
  const lower = text.toLowerCase();
  return lower in MONTH_NUMBERS || lower in WEEKDAY_NUMBERS || lookupTitle(text) !== undefined;
}

/** Whether a time-zone abbreviation follows the candidate ("Delhi UTC +5,5"). */
function isBeforeTimeZone(sentences: readonly Sentence[], candidate: Candidate): boolean {
  const next = sentences[candidate.sentenceIndex]?.tokens[candidate.tokenEnd]?.text ?? "";
  return TIME_ZONE_ABBREVIATIONS.has(next);
}

/**
 * "The court in Karlsruhe" tagged ORG: "in", "near" or "outside" right before the name, and not a
 * holding ("a stake in Nokia", "invested in Airbus"), nor a longer capitalised run after it; or
 * "from" after a person noun ("a man from Buffalo", not "a statement from Boeing").
 */
function isAfterPlaceWord(sentences: readonly Sentence[], candidate: Candidate): boolean {
  const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
  const lead = tokens[candidate.tokenStart - 1]?.text ?? "";
  const beforeLead = tokens[candidate.tokenStart - 2]?.text.toLowerCase() ?? "";
  const placeLead =
    (ORGANIZATION_CITY_LEAD_WORDS.has(lead) && !HOLDING_WORDS.has(beforeLead)) ||
    (lead === "from" && ORIGIN_PERSON_NOUNS.has(beforeLead));
  return placeLead && !NAME_WORD_RE.test(tokens[candidate.tokenEnd]?.text ?? "");
}

/** Any GeoNames place (1,000 people or more) after a settlement noun: the noun says what it is. */
const CITY_MIN_POPULATION_AFTER_SETTLEMENT_NOUN = 0;

/** "the mountain resort Davos", "the town of Kelso": a settlement noun, then "of" or nothing, then the name. */
function isAfterSettlementNoun(tokens: Sentence["tokens"], tokenStart: number): boolean {
  const lead = tokens[tokenStart - 1]?.text ?? "";
  if (SETTLEMENT_NOUNS.has(lead)) return true;
  return lead === "of" && SETTLEMENT_NOUNS.has(tokens[tokenStart - 2]?.text ?? "");
}

/** The place half of "Leeds-based", "Lyon-born"; undefined for any other word. */
function placeCompound(word: string): string | undefined {
  // Asked of every token: most have no dash, which the pattern needs, and skip the pattern.
  if (!word.includes("-") && !word.includes("–")) return undefined;
  const match = COMPOUND_RE.exec(word);
  return match?.[1] && PLACE_COMPOUND_TAILS.has(match[2] ?? "") ? match[1] : undefined;
}

/**
 * "Santa Monica-based", "Hong Kong-based" split at the space: the longest city GeoNames knows made
 * of up to two capitalised words before the compound and its place half, with how many words it
 * takes from before the compound. The tagger often keeps the first word as a name of its own
 * ("Santa", "Hong"); the caller drops such candidates inside the city.
 */
function compoundLead(
  text: string,
  tokens: Sentence["tokens"],
  at: number,
  compound: string,
  named: ReadonlySet<string>,
): { words: number; name: string; city: { key: string; name: string } } | undefined {
  for (let words = Math.min(MAX_COMPOUND_LEAD_WORDS, at); words >= 1; words--) {
    const lead = tokens.slice(at - words, at);
    if (!lead.every((token) => NAME_WORD_RE.test(token.text))) continue;
    if (isCommonCapitalisedWord(lead[0]!.text)) continue;
    const name = `${text.slice(lead[0]!.start, tokens[at]!.start)}${compound}`;
    const city = lookupMentionedCity(name, CITY_MIN_POPULATION_BARE, named);
    if (city) return { words, name, city };
  }
  return undefined;
}

/** Removes the candidates of a sentence that lie wholly in tokens [start, end). */
function removeCandidatesWithin(
  candidates: Candidate[],
  sentenceIndex: number,
  start: number,
  end: number,
): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i]!;
    if (
      candidate.sentenceIndex === sentenceIndex &&
      candidate.tokenStart >= start &&
      candidate.tokenEnd <= end
    )
      candidates.splice(i, 1);
  }
}

function cityCandidate(
  sentenceIndex: number,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  name: string,
  city: { key: string; name: string },
): Candidate {
  return gazetteerCandidate({ sentenceIndex, tokenStart, tokenEnd, start }, name, "PLACE", {
    key: city.key,
    canonical: city.name,
  });
}

/** The most lowercase words a city name holds between two capitalised parts ("an der"). */
const MAX_CITY_PARTICLES = 2;
const LOWERCASE_WORD_RE = /^\p{Ll}+$/u;

/**
 * "Dar es Salaam" tagged as "Dar" and "Salaam": two unlisted names the tagger split at a
 * lowercase particle are one city when GeoNames knows the whole; the first candidate becomes
 * it, in place, and the second is removed. Listed names ("Frankfurt" before "am Main") keep
 * their own identity.
 */
function joinCityNames(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
  named: ReadonlySet<string>,
): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const second = candidates[i] as Candidate;
    if (second.source !== "tagger" || second.key || second.type === "PERSON") continue;
    const tokens = sentences[second.sentenceIndex]?.tokens ?? [];
    const first = candidates.find(
      (c) =>
        c.sentenceIndex === second.sentenceIndex &&
        c.source === "tagger" &&
        !c.key &&
        c.type !== "PERSON" &&
        c.tokenEnd < second.tokenStart &&
        second.tokenStart - c.tokenEnd <= MAX_CITY_PARTICLES,
    );
    if (!first) continue;
    const between = tokens.slice(first.tokenEnd, second.tokenStart);
    if (!between.every((token) => LOWERCASE_WORD_RE.test(token.text))) continue;
    const surface = text.slice(first.start, second.end);
    const city = lookupMentionedCity(surface, CITY_MIN_POPULATION_TAGGED, named);
    if (!city) continue;
    Object.assign(first, {
      tokenEnd: second.tokenEnd,
      end: second.end,
      surface,
      type: "PLACE",
      key: city.key,
      canonical: city.name,
    });
    candidates.splice(i, 1);
  }
}

/**
 * Identifies GeoNames cities among an article's candidates (in place) and returns the cities the
 * tagger missed but context shows: after "in"/"from"/"near" (bare names of ≥ 15k people) and in
 * "-based"/"-born" compounds.
 */
export function recognizeCities(
  text: string,
  sentences: Sentence[],
  candidates: Candidate[],
  inSportsStory = false,
): Candidate[] {
  // "Birmingham" in an article that names the United States is Birmingham, Alabama.
  const named = new Set(
    candidates.filter((c) => c.type === "COUNTRY" && c.key).map((c) => c.key as string),
  );
  const personWords = new Set(
    candidates
      .filter((c) => c.type === "PERSON" && c.surface.includes(" "))
      .flatMap((c) => c.surface.split(" ")),
  );
  joinCityNames(text, sentences, candidates, named);
  for (const candidate of candidates) {
    if (candidate.source !== "tagger" || candidate.key) continue;
    // "Marlin will be built on...": a sentence's first word gives the tagger no capital-letter cue.
    const minPopulation =
      candidate.tokenStart === 0 ? CITY_MIN_POPULATION_BARE : CITY_MIN_POPULATION_TAGGED;
    let city =
      candidate.type === "PLACE"
        ? lookupMentionedCity(candidate.surface, minPopulation, named)
        : undefined;
    // "Lagos", "Vancouver" tagged ORG outside a sports story: a large city is the city (a club
    // named after one is read by the sports-story pass; companies are rarely named as large cities).
    if (candidate.type === "ORGANIZATION" && !inSportsStory)
      city =
        lookupMentionedCity(candidate.surface, CITY_MIN_POPULATION_ORGANIZATION, named) ??
        (isAfterPlaceWord(sentences, candidate)
          ? lookupMentionedCity(candidate.surface, CITY_MIN_POPULATION_ORGANIZATION_IN_PLACE, named)
          : undefined);
    // "Mombasa is a city in Kenya": at a sentence's start the tagger may take a city for a person;
    // a large city whose country the same sentence names, and no one's name, is the city.
    if (
      candidate.type === "PERSON" &&
      candidate.tokenStart === 0 &&
      candidate.tokenEnd === 1 &&
      !candidate.title &&
      !personWords.has(candidate.surface)
    ) {
      const large = lookupMentionedCity(
        candidate.surface,
        CITY_MIN_POPULATION_SENTENCE_START,
        named,
      );
      const countryInSentence = candidates.some(
        (c) =>
          c.sentenceIndex === candidate.sentenceIndex &&
          c.type === "COUNTRY" &&
          c.key === large?.country,
      );
      if (large && countryInSentence) city = large;
    }
    // "the Swiss mountain resort Davos" tagged PER, "the town of Wengen" tagged ORG: the noun
    // before the name says it is a place.
    if (
      !city &&
      isAfterSettlementNoun(sentences[candidate.sentenceIndex]?.tokens ?? [], candidate.tokenStart)
    ) {
      city = lookupMentionedCity(
        candidate.surface,
        CITY_MIN_POPULATION_AFTER_SETTLEMENT_NOUN,
        named,
      );
      if (city) candidate.isCued = true;
    }
    // "Leeds-based" tagged MISC: the place half is the city.
    const compound = candidate.type === "OTHER" ? placeCompound(candidate.surface) : undefined;
    if (compound) {
      city = lookupMentionedCity(compound, CITY_MIN_POPULATION_BARE, named);
      if (city) {
        candidate.end = candidate.start + compound.length;
        candidate.surface = compound;
      }
    }
    // "Delhi UTC +5,5" in a schedule, whatever the tagger called it: a time zone follows a place.
    if (!city && isBeforeTimeZone(sentences, candidate))
      city = lookupMentionedCity(candidate.surface, CITY_MIN_POPULATION_BARE, named);
    if (!city) continue;
    candidate.type = "PLACE";
    candidate.key = city.key;
    candidate.canonical = city.name;
  }

  const covered = coveredTokens(candidates);
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const taken = covered.get(sentence.index) ?? new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const word = tokens[i]!.text;
      // "a Leeds-based charity", "Lyon-born designer", "Santa Monica-based Activision".
      const compound = placeCompound(word);
      if (compound) {
        const lead = compoundLead(text, tokens, i, compound, named);
        if (lead) {
          removeCandidatesWithin(candidates, sentence.index, i - lead.words, i);
          found.push(
            cityCandidate(
              sentence.index,
              i - lead.words,
              i + 1,
              tokens[i - lead.words]!.start,
              lead.name,
              lead.city,
            ),
          );
          continue;
        }
        const city = lookupMentionedCity(compound, CITY_MIN_POPULATION_BARE, named);
        if (city)
          found.push(cityCandidate(sentence.index, i, i + 1, tokens[i]!.start, compound, city));
        continue;
      }
      if (i === 0) continue;
      // "Lagos GMT +1": a name written beside a time zone is a place.
      if (NAME_WORD_RE.test(word) && TIME_ZONE_ABBREVIATIONS.has(tokens[i + 1]?.text ?? "")) {
        const city = lookupMentionedCity(word, CITY_MIN_POPULATION_BARE, named);
        if (city) found.push(cityCandidate(sentence.index, i, i + 1, tokens[i]!.start, word, city));
        continue;
      }
      // "talks in Nice": a lowercase place preposition, then a run of capitalised words; any
      // place GeoNames knows after a settlement noun ("the village of Wengen").
      const afterNoun = isAfterSettlementNoun(tokens, i);
      if ((!afterNoun && !CITY_LEAD_WORDS.has(tokens[i - 1]!.text)) || !NAME_WORD_RE.test(word))
        continue;
      let end = i;
      while (
        end < tokens.length &&
        end - i < MAX_CITY_TOKENS &&
        !taken.has(end) &&
        NAME_WORD_RE.test(tokens[end]!.text)
      )
        end++;
      // "in Reading Borough Council": only a whole capitalised run can be the city.
      if (NAME_WORD_RE.test(tokens[end]?.text ?? "") || isCommonCapitalisedWord(word)) continue;
      const start = tokens[i]!.start;
      const surface = text.slice(start, tokens[end - 1]!.end);
      const city = lookupMentionedCity(
        surface,
        afterNoun ? CITY_MIN_POPULATION_AFTER_SETTLEMENT_NOUN : CITY_MIN_POPULATION_BARE,
        named,
      );
      if (city)
        found.push({
          ...cityCandidate(sentence.index, i, end, start, surface, city),
          ...(afterNoun && { isCued: true as const }),
        });
      i = end - 1;
    }
  }
  return found;
}
