/**
 * Clubs and national sides in sports stories. "Hamburg beat Bremen" names two clubs, "lost to
 * Peru" the Peruvian side, "the final in Berlin" the city: in a story full of sport words, a city
 * or a country that is not after a place word is read as its team. Listed clubs ("Bayern",
 * "Hamburger SV", the city "Hamburg") get one key whatever form an article uses, so the club is
 * one entity across articles and never the city.
 */

import { foldDiacritics } from "../model/gazetteers/countries.js";
import { SPORT_EVENT_NAME_HEADS } from "../model/lexicons/event-name-heads.js";
import { CLUB_SEEDS, type ClubSeed } from "../model/lexicons/football-clubs.js";
import { COMPASS_WORDS } from "../model/lexicons/metonymy-cues.js";
import { PLACE_HEADS } from "../model/lexicons/name-heads.js";
import { RUGBY_CLUB_SEEDS } from "../model/lexicons/rugby-clubs.js";
import {
  ARTS_CUE_WORDS,
  COMPETITION_ROWS,
  CONTEST_CUE_WORDS,
  EURO_CHAMPIONSHIP_RE,
  FIXTURE_LEAD_WORDS,
  HOME_NATION_KEYS,
  MATCH_RESULT_PREPOSITIONS,
  MATCH_RESULT_VERBS,
  NATIONAL_LEAGUES,
  NATIONAL_SIDE_NOUNS,
  PLACE_LEAD_WORDS,
  RUGBY_CUE_WORDS,
  SIDE_NOUNS,
  SIDE_PHRASE_LEADS,
  SIDE_RESULT_AFTER_AUXILIARY,
  SPORT_CUE_WORDS,
  SPORTS_STORY_MIN_CUES,
  TEAM_LEAD_WORDS,
  TEAM_RESULT_NOUNS,
  TEAM_SPORT_WORDS,
  TEAM_TAIL_WORDS,
  TEAM_VERB_WORDS,
  TRAVEL_WORDS,
} from "../model/lexicons/sport-cues.js";
import type { Sentence, Token } from "../types.js";
import { type Candidate, candidatesBySentence } from "./candidate.js";
import { lookupCity } from "./gazetteer/city-lookups.js";
import { lookupDemonym } from "./gazetteer/gazetteer-lookups.js";

/** The football and rugby clubs the tables list. */
const LISTED_CLUBS: readonly ClubSeed[] = [...CLUB_SEEDS, ...RUGBY_CLUB_SEEDS];
/** The rugby clubs' keys: their one-word names are read in a rugby story, football's are not. */
const RUGBY_CLUB_KEYS: ReadonlySet<string> = new Set(RUGBY_CLUB_SEEDS.map((club) => club.key));

/** The longest club name tried, in tokens ("TSG 1899 Hoffenheim"). */
const MAX_CLUB_TOKENS = 4;
/** A bare city becomes a club only when GeoNames knows it with at least this many people. */
const CLUB_CITY_MIN_POPULATION = 15_000;
// "Bayern's": a possessive left on a span.
const POSSESSIVE_RE = /['’]s?$/;
const LEADING_THE_RE = /^the\s+/i;
/** "Peru", "Hamburg": a capitalised word, so a lowercase "cup" or "side" is never a club. */
const CAPITALISED_RE = /^\p{Lu}/u;

interface ClubIndex {
  /** Full names and short forms (also ASCII-folded) → club. */
  byName: Map<string, ClubSeed>;
  /** City names (also ASCII-folded) → the club that city's bare name stands for. */
  byCity: Map<string, ClubSeed>;
  /** Nicknames ("Gunners", "Blues") → every club that goes by it. */
  byNickname: Map<string, ClubSeed[]>;
}

let index: ClubIndex | undefined;

function clubIndex(): ClubIndex {
  if (index) return index;
  const byName = new Map<string, ClubSeed>();
  const byCity = new Map<string, ClubSeed>();
  const byNickname = new Map<string, ClubSeed[]>();
  for (const club of LISTED_CLUBS) {
    for (const nickname of club.nicknames)
      byNickname.set(nickname, [...(byNickname.get(nickname) ?? []), club]);
    for (const name of [club.canonical, ...club.names])
      for (const spelling of [name, foldDiacritics(name)])
        if (!byName.has(spelling)) byName.set(spelling, club);
    if (club.city)
      for (const spelling of [club.city, foldDiacritics(club.city)])
        if (!byCity.has(spelling)) byCity.set(spelling, club);
  }
  index = { byName, byCity, byNickname };
  return index;
}

/** "the Bayern's" → "Bayern": a name as the club and competition tables write it. */
function bareTableName(surface: string): string {
  return surface.replace(LEADING_THE_RE, "").replace(POSSESSIVE_RE, "").trim();
}

/** "Leeds" → the club the city's bare name stands for ("Leeds United"), or undefined. */
export function lookupClubOfCity(surface: string): ClubSeed | undefined {
  const name = bareTableName(surface);
  return clubIndex().byCity.get(name) ?? clubIndex().byCity.get(foldDiacritics(name));
}

/** "Bayern", "Hamburger SV", "HSV" → the club, or undefined. A one-word form counts only in a sports story. */
export function lookupClub(surface: string, inSportsStory: boolean): ClubSeed | undefined {
  const name = bareTableName(surface);
  const club = clubIndex().byName.get(name) ?? clubIndex().byName.get(foldDiacritics(name));
  if (!club) return undefined;
  return inSportsStory || name.includes(" ") ? club : undefined;
}

let competitions: Map<string, { key: string; canonical: string }> | undefined;

/** "Bundesliga", "Euro 2016" → the competition (an EVENT), or undefined. */
export function lookupCompetition(surface: string): { key: string; canonical: string } | undefined {
  competitions ??= new Map(
    COMPETITION_ROWS.flatMap(([slug, canonical, names]) => {
      const entry = { key: `event:${slug}`, canonical };
      return [canonical, ...(names ? names.split("|") : [])].map((name) => [name, entry] as const);
    }),
  );
  const name = bareTableName(surface);
  const euro = EURO_CHAMPIONSHIP_RE.exec(name);
  if (euro) return { key: `event:euro-${euro[1]}`, canonical: `UEFA Euro ${euro[1]}` };
  return competitions.get(name);
}

/** "German league", "the Spanish league": a demonym and a lower-case "league". */
const DEMONYM_LEAGUE_RE = /^(?:the\s+)?(\p{Lu}\p{L}+) league$/u;

/** "the German league" in a sports story: the Bundesliga; undefined for other names. */
function lookupNationalLeague(surface: string): { key: string; canonical: string } | undefined {
  const demonym = DEMONYM_LEAGUE_RE.exec(surface)?.[1];
  const country = demonym === undefined ? undefined : lookupDemonym(demonym)?.key;
  const slug = country === undefined ? undefined : NATIONAL_LEAGUES.get(country);
  const row = COMPETITION_ROWS.find(([rowSlug]) => rowSlug === slug);
  return row ? { key: `event:${row[0]}`, canonical: row[1] } : undefined;
}

/** The gazetteer's key of the football World Cup, which a bare "World Cup" takes. */
const FOOTBALL_WORLD_CUP_KEY = "event:world-cup";
/** The rugby World Cup's name in the competition table. */
const RUGBY_WORLD_CUP = "Rugby World Cup";

/** Key prefixes of listed clubs ("club:arsenal", see the club table) and national sides ("team:fra"). */
export const CLUB_KEY_PREFIX = "club:";
export const NATIONAL_SIDE_KEY_PREFIX = "team:";

/** Whether an entity key is a listed club's or a national side's. */
export function isSideKey(key: string | undefined): boolean {
  return (
    key !== undefined &&
    (key.startsWith(CLUB_KEY_PREFIX) || key.startsWith(NATIONAL_SIDE_KEY_PREFIX))
  );
}

/** "2-1", "3–0": a match score written as one token. */
const SCORE_RE = /^\d{1,2}[-–]\d{1,2}$/;
/** A listed club's city takes at most this many tokens ("Saint Etienne"). */
const MAX_CITY_TOKENS = 2;

/** The end of a listed club's city starting at token `start`, or -1. */
function clubCityEnd(tokens: readonly Token[], start: number): number {
  for (let end = Math.min(tokens.length, start + MAX_CITY_TOKENS); end > start; end--) {
    const name = tokens
      .slice(start, end)
      .map((token) => token.text)
      .join(" ");
    if (CAPITALISED_RE.test(name) && clubIndex().byCity.has(name)) return end;
  }
  return -1;
}

/** Whether a score opens the tokens from `at`: "2-1" as one token or as "2 - 1". */
function isScoreAt(tokens: readonly Token[], at: number): boolean {
  if (SCORE_RE.test(tokens[at]?.text ?? "")) return true;
  return (
    /^\d{1,2}$/.test(tokens[at]?.text ?? "") &&
    /^[-–]$/.test(tokens[at + 1]?.text ?? "") &&
    /^\d{1,2}$/.test(tokens[at + 2]?.text ?? "")
  );
}

/**
 * "Lyon beat Marseille 2-1": two listed clubs' cities around a result verb, with the score after
 * them, is a match result, which only a sports story reports, however few its sport words.
 */
export function hasMatchResult(sentences: readonly Sentence[]): boolean {
  for (const { tokens } of sentences)
    for (let verb = 1; verb < tokens.length; verb++) {
      if (!MATCH_RESULT_VERBS.has(lower(tokens, verb))) continue;
      // "lost to Marseille", "drew with Marseille": the verb's preposition before the loser.
      const objectAt = MATCH_RESULT_PREPOSITIONS.has(lower(tokens, verb + 1)) ? verb + 2 : verb + 1;
      const winnerStart = [1, 2]
        .map((n) => verb - n)
        .find((at) => clubCityEnd(tokens, at) === verb);
      if (winnerStart === undefined) continue;
      const loserEnd = clubCityEnd(tokens, objectAt);
      if (loserEnd > 0 && isScoreAt(tokens, loserEnd)) return true;
    }
  return false;
}

/** A listed club named by `surface` over tokens [tokenStart, tokenEnd) of a sentence. */
function clubMention(
  sentenceIndex: number,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  surface: string,
  club: { key: string; canonical: string },
): Candidate {
  return {
    sentenceIndex,
    tokenStart,
    tokenEnd,
    start,
    end: start + surface.length,
    surface,
    type: "ORGANIZATION",
    source: "gazetteer",
    key: club.key,
    canonical: club.canonical,
    via: "name",
  };
}

/**
 * True when the article reads as a sports story: enough different sport words, one of them at
 * least not also a word of politics ("victory", "squad", "win" and "defeat" alone are not sport),
 * and no more words of film, music and the stage than of sport; or a match result between two
 * clubs' cities.
 */
export function isSportsStory(sentences: readonly Sentence[]): boolean {
  let known = sportsStories.get(sentences);
  if (known === undefined) {
    known = readsAsSport(sentences);
    sportsStories.set(sentences, known);
  }
  return known;
}

/**
 * isSportsStory's answer per article (its sentence array): recognition, the rules and the
 * relation model each ask, and reading every token again cost about 2 % of the relate stage.
 */
const sportsStories = new WeakMap<readonly Sentence[], boolean>();

function readsAsSport(sentences: readonly Sentence[]): boolean {
  if (hasMatchResult(sentences)) return true;
  const seen = new Set<string>();
  let specific = false;
  // Every occurrence, not distinct words: a film story says "film" a dozen times.
  let sportWords = 0;
  let artsWords = 0;
  for (const sentence of sentences)
    for (const token of sentence.tokens) {
      const word = token.text.toLowerCase();
      if (ARTS_CUE_WORDS.has(word)) artsWords += 1;
      if (SPORT_CUE_WORDS.has(word)) {
        sportWords += 1;
        seen.add(word);
        specific ||= !CONTEST_CUE_WORDS.has(word);
      }
    }
  // "The band scored a hat-trick at the awards and beat ...": arts words outnumbering sport's.
  return specific && seen.size >= SPORTS_STORY_MIN_CUES && artsWords <= sportWords;
}

/** True when two different rugby words occur: the club table's football clubs are not its sides. */
export function isRugbyStory(sentences: readonly Sentence[]): boolean {
  const seen = new Set<string>();
  for (const sentence of sentences)
    sentence.tokens.forEach((token, i) => {
      const word = token.text.toLowerCase();
      const pair = `${lower(sentence.tokens, i - 1)}-${word}`;
      if (RUGBY_CUE_WORDS.has(word)) seen.add(word);
      if (RUGBY_CUE_WORDS.has(pair)) seen.add(pair);
    });
  return seen.size >= 2;
}

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? "";
}

/**
 * "the final in Berlin", "born near Munich", "at the Riverside", "the trip to London", "in North
 * London": the words before the name read it as a place.
 */
function isAfterPlaceWord(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.text ?? "";
  if (COMPASS_WORDS.has(before)) return true;
  if (before === "to" && TRAVEL_WORDS.has(lower(tokens, start - 2))) return true;
  // "at the Riverside", "the Villa Park crowd": a club's name takes no article, a ground's does.
  return PLACE_LEAD_WORDS.has(before) || before.toLowerCase() === "the";
}

/**
 * "against Peru", "lost to Peru", "played for Peru", "Peru beat Chile", "Peru won", "Peru's
 * coach": a country playing. In a team sport's story more places read a side (isSideInTeamSport).
 */
function isPlayingCountry(
  tokens: readonly Token[],
  start: number,
  end: number,
  isTeamSport: boolean,
): boolean {
  // "plays Spain's Albert Montanes": a possessive before a name gives the player's nationality.
  const isBeforeName =
    POSSESSIVE_RE.test(tokens[end]?.text ?? "") && CAPITALISED_RE.test(tokens[end + 1]?.text ?? "");
  if (isBeforeName && !isBeforeSideNoun(tokens, end)) return false;
  const before = lower(tokens, start - 1);
  if (TEAM_LEAD_WORDS.has(before)) return true;
  if ((before === "for" || before === "to") && TEAM_VERB_WORDS.has(lower(tokens, start - 2)))
    return true;
  if (before === "over" && TEAM_RESULT_NOUNS.has(lower(tokens, start - 2))) return true;
  if (POSSESSIVE_RE.test(tokens[end]?.text ?? "") && SIDE_NOUNS.has(tokens[end + 1]?.text ?? ""))
    return true;
  if (TEAM_TAIL_WORDS.has(lower(tokens, end))) return true;
  return isTeamSport && isSideInTeamSport(tokens, start, end);
}

/**
 * "Scotland v England", "were beaten by Samoa", "England's Six Nations opener", "the Ireland
 * side": a country's place in a fixture or before a side's noun. Only in a rugby or football
 * story: in tennis "Spain's victory" is a Davis Cup side whose players the text names by nation.
 */
function isSideInTeamSport(tokens: readonly Token[], start: number, end: number): boolean {
  const before = lower(tokens, start - 1);
  if (FIXTURE_LEAD_WORDS.has(before) || FIXTURE_LEAD_WORDS.has(lower(tokens, end))) return true;
  // "were beaten 20-12 by Fiji": the score may come between the result and its preposition.
  const result = SCORE_RE.test(tokens[start - 2]?.text ?? "") ? start - 3 : start - 2;
  if (SIDE_PHRASE_LEADS.get(before)?.has(lower(tokens, result))) return true;
  // "Scotland were beaten by Samoa", "Wales have won two of their last three visits".
  const next = lower(tokens, end + 1);
  if (AUXILIARIES.has(lower(tokens, end)) && SIDE_RESULT_AFTER_AUXILIARY.has(next)) return true;
  // "Wales will play England", "Italy must face Scotland".
  if (MODALS.has(lower(tokens, end)) && (FIXTURE_LEAD_WORDS.has(next) || next === "face"))
    return true;
  return isBeforeSideNoun(tokens, end);
}

/** Whether two different words of rugby or football occur: a story of sides, not of players. */
function isTeamSportStory(sentences: readonly Sentence[]): boolean {
  const seen = new Set<string>();
  for (const sentence of sentences)
    for (const token of sentence.tokens) {
      const word = token.text.toLowerCase();
      if (TEAM_SPORT_WORDS.has(word)) seen.add(word);
      if (seen.size >= 2) return true;
    }
  return false;
}

/** Modals between a side and its coming match: "will play", "must face". */
const MODALS: ReadonlySet<string> = new Set(["will", "would", "must", "can", "could", "should"]);

/** "v", "vs.": the mark between a fixture's two sides. */
const VERSUS_RE = /^(?:v|vs)\.?$/i;

/** Auxiliaries between a side and its result: "were beaten", "have won". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
]);

/** Roles among NATIONAL_SIDE_NOUNS, which a person's name may follow. */
const SIDE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "coach",
  "manager",
  "boss",
  "captain",
  "skipper",
]);

/** The most capitalised words of a competition's name between a side and its noun ("Six Nations"). */
const MAX_COMPETITION_TOKENS = 3;

/**
 * "England's Six Nations opener", "the Ireland side", "Wales coach Mike Ruddock": a noun of the
 * side after the country, past a possessive and a competition's name.
 */
function isBeforeSideNoun(tokens: readonly Token[], end: number): boolean {
  let at = POSSESSIVE_RE.test(tokens[end]?.text ?? "") ? end + 1 : end;
  const last = at + MAX_COMPETITION_TOKENS;
  while (at < last && CAPITALISED_RE.test(tokens[at]?.text ?? "") && tokens[at]?.text !== "XV")
    at++;
  if (!NATIONAL_SIDE_NOUNS.has(tokens[at]?.text ?? "")) return false;
  // "France coach Bernard Laporte", "a France coach, Bernard Laporte,": a role before a name says
  // the person's country as well as their side, and the relations read both off the country; "the
  // France coach said" is the side's.
  const name = tokens[at + 1]?.text === "," ? at + 2 : at + 1;
  return !(
    SIDE_ROLE_NOUNS.has(tokens[at]?.text ?? "") && CAPITALISED_RE.test(tokens[name]?.text ?? "")
  );
}

export function makeClub(candidate: Candidate, club: ClubSeed): void {
  candidate.type = "ORGANIZATION";
  candidate.key = club.key;
  candidate.canonical = club.canonical;
  candidate.via = "name";
  candidate.isMetonymy = false;
  // "Chelsea winger Arjen Robben": the title is the person's after the club, not the club's.
  delete candidate.title;
}

/** A city's name standing for a club the table does not list: an organisation named as written. */
function makeUnlistedClub(candidate: Candidate): void {
  candidate.type = "ORGANIZATION";
  delete candidate.key;
  delete candidate.canonical;
  delete candidate.via;
  candidate.isMetonymy = false;
}

/** Whether a candidate's surface is a city that GeoNames or the club table knows. */
function isCityName(candidate: Candidate): boolean {
  const surface = candidate.surface.replace(POSSESSIVE_RE, "");
  if (clubIndex().byCity.has(surface)) return true;
  return lookupCity(surface, CLUB_CITY_MIN_POPULATION) !== undefined;
}

/**
 * How a sentence's candidates meet tokens [start, end): none touches them, all that do lie
 * strictly inside ("inside"), or one reaches out of the run or spans it all ("crossed"). One pass
 * and no list: findMissedClubs asks it of every run of up to four tokens.
 */
function overlapOfRun(
  candidates: readonly Candidate[],
  start: number,
  end: number,
): "none" | "inside" | "crossed" {
  let overlap: "none" | "inside" = "none";
  for (const c of candidates) {
    if (c.tokenStart >= end || start >= c.tokenEnd) continue;
    if (start > c.tokenStart || c.tokenEnd > end || c.tokenEnd - c.tokenStart >= end - start)
      return "crossed";
    overlap = "inside";
  }
  return overlap;
}

/**
 * Token runs naming a listed club that no candidate covers, or that swallow the candidates inside
 * them ("Bayern" missed and "Munich" read as the city in "Bayern Munich reported…"), and, in a
 * sports story, listed competitions no candidate touches ("in Ligue 1"). Returns the clubs and
 * competitions found and the candidates they replace.
 */
function findMissedClubs(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
  inSportsStory: boolean,
): { found: Candidate[]; replaced: Set<Candidate> } {
  const bySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = bySentence.get(candidate.sentenceIndex) ?? [];
    list.push(candidate);
    bySentence.set(candidate.sentenceIndex, list);
  }
  const found: Candidate[] = [];
  const replaced = new Set<Candidate>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const inSentence = bySentence.get(sentence.index) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      if (!CAPITALISED_RE.test(tokens[i]?.text ?? "")) continue;
      // Longest run first: "Bayern Munich" before "Bayern".
      for (let end = Math.min(tokens.length, i + MAX_CLUB_TOKENS); end > i; end--) {
        // A candidate already spanning the run was read by the first pass.
        const overlap = overlapOfRun(inSentence, i, end);
        if (overlap === "crossed") continue;
        const start = tokens[i]!.start;
        const surface = text.slice(start, tokens[end - 1]!.end);
        const club = lookupClub(surface, inSportsStory);
        // "in Ligue 1" the tagger read nothing of: a listed competition, in a sports story.
        const competition =
          !club && inSportsStory && overlap === "none" ? lookupCompetition(surface) : undefined;
        // "Bayern Munich's": the possessive is left off the mention.
        if (!(club ?? competition) || POSSESSIVE_RE.test(surface)) continue;
        for (const c of inSentence) if (c.tokenStart < end && i < c.tokenEnd) replaced.add(c);
        if (club) found.push(clubMention(sentence.index, i, end, start, surface, club));
        else if (competition)
          found.push({
            ...clubMention(sentence.index, i, end, start, surface, competition),
            type: "EVENT",
          });
        i = end - 1;
        break;
      }
    }
  }
  return { found, replaced };
}

/** The longest nickname tried, in tokens ("Black Cats", "Los Blancos"). */
const MAX_NICKNAME_TOKENS = 2;

/**
 * The club a nickname stands for in a story ("Pompey" → Portsmouth), or undefined: the story must
 * name exactly one of the clubs that go by it by another name, name no person whose surname it is
 * ("David Villa"), and name no other club whose name ends with it ("Sheffield United").
 */
function nicknameClub(
  surface: string,
  named: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): ClubSeed | undefined {
  const name = bareTableName(surface);
  if (taken.has(name) || taken.has(name.split(" ").at(-1) ?? "")) return undefined;
  const clubs = (clubIndex().byNickname.get(name) ?? []).filter((club) => named.has(club.key));
  return clubs.length === 1 ? clubs[0] : undefined;
}

let nameWords: Set<string> | undefined;

/** Every word of a listed club's names: "Blackburn", "Rovers", "Heart", "Midlothian". */
function clubNameWords(): ReadonlySet<string> {
  nameWords ??= new Set(
    LISTED_CLUBS.flatMap((club) => [club.canonical, ...club.names].flatMap((n) => n.split(" "))),
  );
  return nameWords;
}

/** A word of lowercase letters only: "wrapped", "up". */
const LOWERCASE_WORD_RE = /^\p{Ll}+$/u;

/** The most lowercase words between a side and the "their" of its contest: "wrapped up their". */
const MAX_WORDS_BEFORE_THEIR = 3;

/**
 * "Hearts wrapped up their Scottish Cup tie", "Spurs ended their Uefa Cup run": a name opening
 * the sentence whose own clause gives "their" a competition ("Cup", "Trophy", or a listed one)
 * plays in it, a side.
 */
function isOwningCompetition(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (start !== 0) return false;
  let at = end;
  while (
    at < end + MAX_WORDS_BEFORE_THEIR &&
    tokens[at]?.text !== "their" &&
    LOWERCASE_WORD_RE.test(tokens[at]?.text ?? "")
  )
    at++;
  const first = tokens[at]?.text === "their" ? tokens[at + 1] : undefined;
  if (!first || !CAPITALISED_RE.test(first.text)) return false;
  let last = at + 1;
  while (last < at + 1 + MAX_CLUB_TOKENS && CAPITALISED_RE.test(tokens[last + 1]?.text ?? ""))
    last++;
  for (; last > at; last--) {
    const final = tokens[last];
    if (!final) continue;
    // "their Scottish Cup tie": a contest's head word names one the table need not list.
    if (SPORT_EVENT_NAME_HEADS.has(final.text)) return true;
    if (lookupCompetition(text.slice(first.start, final.end))) return true;
  }
  return false;
}

/**
 * The club a nickname stands for in a story that names it by no other name ("Hearts" → Heart of
 * Midlothian), or undefined: one club only goes by it, it is no word of a club's own name (many
 * an unlisted club is "Rovers"), no person or unlisted name ends with it,
 * and the words around it read a side ("against Hearts", "Hearts beat", "Hearts wrapped up their
 * Scottish Cup tie"). Without them ("Pompey had the better chances") it is no sure sign.
 */
function sideNicknameClub(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  taken: ReadonlySet<string>,
  isTeamSport: boolean,
): ClubSeed | undefined {
  const name = bareTableName(text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0));
  if (taken.has(name) || taken.has(name.split(" ").at(-1) ?? "")) return undefined;
  // "Rovers", "Villa", "United": a word of a club's own name many unlisted clubs share.
  if (name.split(" ").some((word) => clubNameWords().has(word))) return undefined;
  const clubs = clubIndex().byNickname.get(name) ?? [];
  if (clubs.length !== 1) return undefined;
  const isSide =
    isPlayingCountry(tokens, start, end, isTeamSport) ||
    isOwningCompetition(text, tokens, start, end);
  return isSide ? clubs[0] : undefined;
}

/** "the final in Milan", "born near Portsmouth", "the trip to Milan": the word before reads a place. */
function isAfterPlaceLead(tokens: readonly Token[], start: number): boolean {
  const before = lower(tokens, start - 1);
  if (PLACE_LEAD_WORDS.has(before) || COMPASS_WORDS.has(tokens[start - 1]?.text ?? "")) return true;
  return before === "to" && TRAVEL_WORDS.has(lower(tokens, start - 2));
}

/**
 * "Pompey", "the Gunners", "Villa" in a sports story that names Portsmouth, Arsenal, Aston Villa
 * by another name: the club. Retypes candidates in place and returns the nicknames no candidate
 * covered as new candidates.
 */
function readNicknames(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
  isTeamSport: boolean,
): Candidate[] {
  const named = new Set<string>();
  for (const candidate of candidates)
    if (candidate.key?.startsWith(CLUB_KEY_PREFIX)) named.add(candidate.key);
  // Words a nickname may be another's: a person's surname, the last word of an unlisted name.
  const taken = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.surface.replace(POSSESSIVE_RE, "").split(" ");
    if (words.length < 2 || candidate.key?.startsWith(CLUB_KEY_PREFIX)) continue;
    if (candidate.type === "PERSON" || candidate.type === "ORGANIZATION")
      taken.add(words.at(-1) ?? "");
  }
  for (const candidate of candidates) {
    if (candidate.type === "COUNTRY" || candidate.type === "EVENT" || isSideKey(candidate.key))
      continue;
    if (candidate.title && candidate.title.start < candidate.start) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    if (isAfterPlaceLead(tokens, candidate.tokenStart)) continue;
    const club =
      nicknameClub(candidate.surface, named, taken) ??
      sideNicknameClub(text, tokens, candidate.tokenStart, candidate.tokenEnd, taken, isTeamSport);
    if (club) makeClub(candidate, club);
  }
  const found: Candidate[] = [];
  const bySentence = candidatesBySentence(candidates);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const inSentence = bySentence.get(sentence.index) ?? [];
    const covered = (i: number) => inSentence.some((c) => c.tokenStart <= i && i < c.tokenEnd);
    for (let i = 0; i < tokens.length; i++) {
      if (!CAPITALISED_RE.test(tokens[i]!.text) || covered(i)) continue;
      // "Villa Park", "Bristol Rovers": a nickname inside a longer name is not the club.
      if (i > 0 && CAPITALISED_RE.test(tokens[i - 1]!.text)) continue;
      if (isAfterPlaceLead(tokens, i)) continue;
      for (let end = Math.min(tokens.length, i + MAX_NICKNAME_TOKENS); end > i; end--) {
        if (CAPITALISED_RE.test(tokens[end]?.text ?? "")) continue;
        const start = tokens[i]!.start;
        const surface = text.slice(start, tokens[end - 1]!.end);
        const club =
          nicknameClub(surface, named, taken) ??
          sideNicknameClub(text, tokens, i, end, taken, isTeamSport);
        if (!club || POSSESSIVE_RE.test(surface)) continue;
        if (tokens.slice(i, end).some((_, k) => covered(i + k))) continue;
        found.push(clubMention(sentence.index, i, end, start, surface, club));
        i = end - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * Reads clubs and national sides among an article's candidates (retyping them in place) and
 * returns the candidates with the listed clubs that no candidate covered. Outside sports stories
 * only full club names ("Bayern Munich") count.
 */
export function recognizeTeams(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
  inSportsStory: boolean,
): Candidate[] {
  const isRugby = inSportsStory && isRugbyStory(sentences);
  const isTeamSport = isRugby || (inSportsStory && isTeamSportStory(sentences));
  const absorbed = new Set<Candidate>();
  for (const candidate of candidates) {
    // "Coach Thomas Doll", a person the tagger found by a title: never a club. A title after
    // the name ("Chelsea winger Arjen Robben") is the next person's, and the name their club's.
    if (candidate.title && candidate.title.start < candidate.start) continue;
    // "Ligue 1" tagged "Ligue": the next token that completes a listed competition's name is its.
    const sentenceTokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const next = sentenceTokens[candidate.tokenEnd];
    const completed = next === undefined ? undefined : text.slice(candidate.start, next.end);
    if (
      completed !== undefined &&
      !lookupCompetition(candidate.surface) &&
      lookupCompetition(completed)
    ) {
      // "German" inside "German Cup" another pattern already read whole: the part names nothing.
      const isReadWhole = candidates.some(
        (other) =>
          other.sentenceIndex === candidate.sentenceIndex &&
          other.tokenStart <= candidate.tokenStart &&
          candidate.tokenEnd + 1 <= other.tokenEnd,
      );
      if (isReadWhole) {
        absorbed.add(candidate);
        continue;
      }
      Object.assign(candidate, {
        tokenEnd: candidate.tokenEnd + 1,
        end: candidate.start + completed.length,
        surface: completed,
      });
    }
    // "the Bundesliga", "Euro 2016": a competition, whatever the tagger called it. "World Cup
    // winners Lawrence Dallaglio, Neil Back…": in a rugby story the World Cup is rugby's.
    const competition =
      (isRugby && candidate.key === FOOTBALL_WORLD_CUP_KEY
        ? lookupCompetition(RUGBY_WORLD_CUP)
        : lookupCompetition(candidate.surface)) ??
      (inSportsStory ? lookupNationalLeague(candidate.surface) : undefined);
    if (competition) {
      candidate.type = "EVENT";
      candidate.key = competition.key;
      candidate.canonical = competition.canonical;
      candidate.via = "name";
      continue;
    }
    // "Schalke" the tagger calls an organisation is the club in any story.
    const isTaggedOrganization = candidate.source === "tagger" && candidate.type === "ORGANIZATION";
    const club = lookupClub(candidate.surface, inSportsStory || isTaggedOrganization);
    // "O Smith (Leicester)" in a rugby squad: a one-word form of a football club is the town's
    // side; a rugby club's ("Wasps", "Munster") is the club.
    if (club && !(isRugby && !candidate.surface.includes(" ") && !RUGBY_CLUB_KEYS.has(club.key))) {
      makeClub(candidate, club);
      continue;
    }
    if (!inSportsStory || candidate.source === "nominal") continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    // "the England side", "the Wales game": after "the", a side's noun still reads the side.
    // "the Scotland v England game": so does the fixture's mark.
    const isTheSide =
      isTeamSport &&
      lower(tokens, candidate.tokenStart - 1) === "the" &&
      (isBeforeSideNoun(tokens, candidate.tokenEnd) ||
        VERSUS_RE.test(tokens[candidate.tokenEnd]?.text ?? ""));
    if (isAfterPlaceWord(tokens, candidate.tokenStart) && !isTheSide) continue;
    const isMetonym = candidate.via === "metonym";
    // "Wales beat Scotland": a home nation plays as a country does, yet stays a place elsewhere.
    const isHomeNation = candidate.type === "PLACE" && HOME_NATION_KEYS.has(candidate.key ?? "");
    if (
      (candidate.type === "COUNTRY" || isHomeNation) &&
      candidate.key &&
      !isMetonym &&
      candidate.via !== "demonym"
    ) {
      if (!isPlayingCountry(tokens, candidate.tokenStart, candidate.tokenEnd, isTeamSport))
        continue;
      const country = candidate.canonical ?? candidate.surface;
      candidate.type = "ORGANIZATION";
      candidate.key = `${NATIONAL_SIDE_KEY_PREFIX}${candidate.key.toLowerCase().replace(/^place:/, "")}`;
      candidate.canonical = `${country} national team`;
      candidate.via = "name";
      candidate.isMetonymy = false;
      continue;
    }
    // "Hamburg beat Bremen", "a regular starter at Hamburg": a city, in a sports story, is its club.
    // "Madrid beat…" read by the gazetteer as Spain (metonymy): the surface is still the city.
    const isCityLike =
      isMetonym ||
      candidate.type === "PLACE" ||
      (candidate.type === "ORGANIZATION" && !candidate.key);
    if (!isCityLike || candidate.tokenEnd - candidate.tokenStart > 2) continue;
    // "Villa Park", "Carrow Road": a ground, named by a place's head word, is no club.
    if (PLACE_HEADS.has(candidate.surface.split(" ").at(-1) ?? "")) continue;
    if (!isCityName(candidate)) continue;
    const cityClub = clubIndex().byCity.get(candidate.surface.replace(POSSESSIVE_RE, ""));
    if (cityClub && !isRugby) makeClub(candidate, cityClub);
    else makeUnlistedClub(candidate);
  }
  const { found, replaced } = findMissedClubs(text, sentences, candidates, inSportsStory);
  const kept = [
    ...candidates.filter((candidate) => !replaced.has(candidate) && !absorbed.has(candidate)),
    ...found,
  ];
  // "Pompey", "the Gunners": in a rugby story "Saints" and "Blues" are rugby sides.
  return inSportsStory && !isRugby
    ? [...kept, ...readNicknames(text, sentences, kept, isTeamSport)]
    : kept;
}
