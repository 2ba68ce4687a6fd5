/**
 * Companies, platforms, publishers, parties and unions the tagger took for a place or a person:
 * a listed name ("on Twitter", "Vattenfall said", "Syriza won") gets its key, and a name right after a company noun
 * ("Swedish utility Vattenfall", "the US firm Union Carbide") is an organisation in every
 * mention of the article.
 */

import { foldDiacritics } from "../model/gazetteers/countries.js";
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from "../model/lexicons/calendar-names.js";
import { CITY_LEAD_WORDS } from "../model/lexicons/city-cues.js";
import {
  APPOSED_COMPANY_HEADS,
  APPOSITION_PHRASE_ENDS,
  COMPANY_LEAD_NOUNS,
  COMPANY_LIST_LINKS,
  COMPANY_LIST_NOUNS,
  COMPANY_SEEDS,
  COMPANY_TRAIL_NOUNS,
  COPULA_ORGANIZATION_NOUNS,
  COPULA_VERBS,
  type CompanySeed,
  MARKET_LEADER_WORDS,
  PERSON_HELD_LEAD_NOUNS,
  POSSESSED_COMPANY_NOUNS,
  SHARED_LEAD_NOUNS,
  SHARES_VERB_OBJECTS,
} from "../model/lexicons/companies.js";
import { PARTY_ROWS } from "../model/lexicons/european-parties.js";
import { JOB_LINKS, JOB_NOUNS, STAFF_ROLE_NOUNS } from "../model/lexicons/job-nouns.js";
import { SENTENCE_OPENING_MARKS } from "../model/lexicons/metonymy-cues.js";
import { REPORTING_VERBS } from "../model/lexicons/sentence-words.js";
import type { Sentence } from "../types.js";
import { type Candidate, coveredTokens } from "./candidate.js";
import { isSentenceStart } from "./gazetteer/entity-mentions.js";
import { loadTagger } from "./tagger/tagger.js";

// "Twitter's": a possessive left on a span.
const POSSESSIVE_RE = /['’]s?$/;
const CAPITALISED_RE = /^\p{Lu}/u;
/** "vented on Twitter" but not "“Shell companies": after a quote or bracket a capital proves nothing. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(SENTENCE_OPENING_MARKS);

let index: Map<string, CompanySeed> | undefined;

/** Parties and unions, read as companies are: one key for every listed form. */
const PARTY_SEEDS: readonly CompanySeed[] = PARTY_ROWS.map(([slug, canonical, names]) => ({
  key: `party:${slug}`,
  canonical,
  names: names ? names.split("|") : [],
  notAfterThe: false,
}));

function companyIndex(): Map<string, CompanySeed> {
  if (index) return index;
  index = new Map();
  for (const company of [...COMPANY_SEEDS, ...PARTY_SEEDS])
    for (const name of [company.canonical, ...company.names])
      for (const spelling of [name, foldDiacritics(name)])
        if (!index.has(spelling)) index.set(spelling, company);
  return index;
}

/** The listed company a surface names ("Twitter", "Carl Zeiss"), or undefined. */
export function lookupCompany(surface: string): CompanySeed | undefined {
  const name = surface.replace(POSSESSIVE_RE, "").trim();
  return companyIndex().get(name) ?? companyIndex().get(foldDiacritics(name));
}

function surfaceOf(candidate: Candidate): string {
  return candidate.surface.replace(POSSESSIVE_RE, "");
}

/** The longest company name tried in running text, in tokens ("Frankfurter Allgemeine Zeitung"). */
const MAX_COMPANY_TOKENS = 3;

/**
 * Listed names no candidate covers ("vented their anger on Twitter", the tagger silent), not at
 * a sentence's start, where a capital proves nothing ("Shell companies…").
 */
function findMissedCompanies(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const covered = coveredTokens(candidates);
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const taken = covered.get(sentence.index) ?? new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i) || !CAPITALISED_RE.test(tokens[i]?.text ?? "")) continue;
      const before = tokens[i - 1]?.text ?? "";
      if (SENTENCE_OPENERS.has(before)) continue;
      for (let end = Math.min(tokens.length, i + MAX_COMPANY_TOKENS); end > i; end--) {
        // "Shell claims its downfall…": a sentence's first word is a name only before a verb
        // of saying ("Shell companies" opens with a noun).
        if (i === 0 && !REPORTING_VERBS.has(tokens[end]?.text ?? "")) continue;
        let free = true;
        for (let j = i; j < end; j++) if (taken.has(j)) free = false;
        const start = tokens[i]?.start ?? 0;
        const surface = text.slice(start, tokens[end - 1]?.end ?? start);
        const company = free ? companyIndex().get(surface) : undefined;
        if (!company || (company.notAfterThe && before.toLowerCase() === "the")) continue;
        found.push({
          sentenceIndex: sentence.index,
          tokenStart: i,
          tokenEnd: end,
          start,
          end: start + surface.length,
          surface,
          type: "ORGANIZATION",
          source: "gazetteer",
          key: company.key,
          canonical: company.canonical,
          via: "name",
        });
        i = end - 1;
        break;
      }
    }
  }
  return found;
}

/** An organisation the tagger was silent on, found from a cue beside tokens [tokenStart, tokenEnd). */
function cuedOrganisation(
  text: string,
  sentence: Sentence,
  tokenStart: number,
  tokenEnd: number,
): Candidate {
  const start = sentence.tokens[tokenStart]?.start ?? 0;
  const end = sentence.tokens[tokenEnd - 1]?.end ?? start;
  return {
    sentenceIndex: sentence.index,
    tokenStart,
    tokenEnd,
    start,
    end,
    surface: text.slice(start, end),
    type: "ORGANIZATION",
    source: "tagger",
    isCued: true,
  };
}

/** A name's word after a company noun: a capital or a digit-led code ("Acme", "NTT", "X1"). */
const NAME_WORD_RE = /^\p{Lu}[\p{L}\d&.-]*$/u;

/**
 * Unlisted names no candidate covers right after a company noun: "worked with electronics giant
 * Zorvex to develop", "editor of gadget magazine Quill", the tagger silent on them. The noun must
 * be written in lower case and name firms only ("analyst" may lead a person); the name runs over
 * its capitalised words and opens with none news writes in lower case ("the firm The…" is none).
 */
function findCuedMissedCompanies(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const covered = coveredTokens(candidates);
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const taken = covered.get(sentence.index) ?? new Set<number>();
    for (let i = 1; i < tokens.length; i++) {
      const lead = tokens[i - 1]?.text ?? "";
      if (!COMPANY_LEAD_NOUNS.has(lead) || SHARED_LEAD_NOUNS.has(lead)) continue;
      const first = tokens[i]?.text ?? "";
      const word = first.toLowerCase();
      // "the group I run": the pronoun is no name.
      if (taken.has(i) || !NAME_WORD_RE.test(first) || first === "I" || word in WEEKDAY_NUMBERS)
        continue;
      if (word in MONTH_NUMBERS || loadTagger().isMostlyLowercase(word)) continue;
      let end = i + 1;
      while (
        end < tokens.length &&
        end - i < MAX_COMPANY_TOKENS &&
        !taken.has(end) &&
        NAME_WORD_RE.test(tokens[end]?.text ?? "")
      )
        end++;
      // "security firm Saint Bernard Software" with "Bernard Software" tagged: no half name.
      if (taken.has(end) && NAME_WORD_RE.test(tokens[end]?.text ?? "")) continue;
      found.push(cuedOrganisation(text, sentence, i, end));
      i = end - 1;
    }
  }
  return found;
}

/**
 * "Since Yukos' founder, Mikhail Khodorkovsky, was arrested": one capitalised word no candidate
 * covers, before a possessive and a company noun or "founder", is a firm the tagger was silent on.
 * A sentence's first word and a word news mostly writes in lower case are left alone.
 */
function findPossessorMissedCompanies(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
): Candidate[] {
  const covered = coveredTokens(candidates);
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const taken = covered.get(sentence.index) ?? new Set<number>();
    for (let i = 1; i < tokens.length - 2; i++) {
      const name = tokens[i];
      if (!name || taken.has(i) || taken.has(i - 1) || !NAME_WORD_RE.test(name.text)) continue;
      if (SENTENCE_OPENERS.has(tokens[i - 1]?.text ?? "")) continue;
      if (!POSSESSIVE_TOKEN_RE.test(tokens[i + 1]?.text ?? "")) continue;
      if (!POSSESSED_COMPANY_NOUNS.has(tokens[i + 2]?.text ?? "")) continue;
      const word = name.text.toLowerCase();
      if (word in MONTH_NUMBERS || word in WEEKDAY_NUMBERS) continue;
      if (loadTagger().isMostlyLowercase(word)) continue;
      found.push(cuedOrganisation(text, sentence, i, i + 1));
    }
  }
  return found;
}

/** Possessive tokens a PTB tokenizer splits off ("Fiat" "'s"). */
const POSSESSIVE_TOKEN_RE = /^['’]s?$/;

/**
 * "Fiat shares fell", "Fiat's employees", "the Rover plant": a company noun right after the name;
 * "Smith shares his view" is a verb. A person's full name never takes the cue.
 */
function hasCompanyNounAfter(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  if (candidate.type === "PERSON" && candidate.tokenEnd - candidate.tokenStart > 1) return false;
  let at = candidate.tokenEnd;
  if (POSSESSIVE_TOKEN_RE.test(tokens[at]?.text ?? "")) at++;
  const noun = tokens[at]?.text ?? "";
  if (!COMPANY_TRAIL_NOUNS.has(noun)) return false;
  return noun !== "shares" || !SHARES_VERB_OBJECTS.has(tokens[at + 1]?.text.toLowerCase() ?? "");
}

/** Words that open an apposition describing the name before its comma: "Wipro, the …", "Varig, Brazil's …". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its"]);
/** The most words an apposition's noun phrase runs to before its head ("the Italian dairy and food group"). */
const MAX_APPOSITION_WORDS = 6;
/**
 * A word inside the apposition's noun phrase: lower case, a demonym, a figure ("third-biggest",
 * "Italian", "US"), or a place joined to a lower-case word ("US-based", "London-listed").
 */
const APPOSITION_WORD_RE = /^(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*|\p{Lu}[\p{L}.]*(?:-\p{Ll}+)?)$/u;

/**
 * "Parmalat, the Italian food group at the centre of…", "Wipro, India's third-biggest software
 * firm, said": an apposition right after the name whose head is a company noun describes a
 * company. The head is the noun phrase's last word, so "Hale, the firm's chief executive" (head
 * "executive") stays a person.
 */
function hasCompanyApposition(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  if (tokens[candidate.tokenEnd]?.text !== ",") return false;
  let at = candidate.tokenEnd + 1;
  const opener = tokens[at]?.text ?? "";
  // "Brazil's flagship airline", "the country's second-largest brokerage firm": an owner first.
  const owner = POSSESSIVE_TOKEN_RE.test(tokens[at + 1]?.text ?? "");
  if (!APPOSITION_OPENERS.has(opener) && !(CAPITALISED_RE.test(opener) && owner)) return false;
  at += owner ? 2 : 1;
  if (opener === "the" && POSSESSIVE_TOKEN_RE.test(tokens[at + 1]?.text ?? "")) at += 2;
  let head = "";
  for (let n = 0; n < MAX_APPOSITION_WORDS; n++, at++) {
    const word = tokens[at]?.text ?? "";
    if (!APPOSITION_WORD_RE.test(word) || APPOSITION_PHRASE_ENDS.has(word)) break;
    // "the group's chairman": a possessive makes what came before an owner, not the head;
    // "the man behind the Argonaut group": a second article opens another phrase.
    if (POSSESSIVE_TOKEN_RE.test(tokens[at + 1]?.text ?? "") || APPOSITION_OPENERS.has(word))
      return false;
    head = word;
  }
  return COMPANY_LEAD_NOUNS.has(head) && APPOSITION_PHRASE_ENDS.has(tokens[at]?.text ?? ".");
}

/** Owners that open a noun phrase set off before a name: "his other band, Quillmoor". */
const OWNER_WORDS: ReadonlySet<string> = new Set(["his", "her", "their"]);
/** What closes a name set off after its description: "…firm, Velmora Foods, has", "…band, Quillmoor.". */
const APPOSED_NAME_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ")"]);
/** "Hale, 34,", "Hale, who": after the comma, words only a person's name takes. */
const PERSON_AFTER_COMMA_RE = /^(?:\d{1,3}|who|whose)$/;

/**
 * Where the noun phrase ending at `at` opens with an article or an owner ("the world's biggest
 * …", "Ireland's state-owned …"), or -1.
 */
function findPhraseOpener(tokens: Sentence["tokens"], at: number): number {
  for (let n = 0; n < MAX_APPOSITION_WORDS && at >= 0; n++, at--) {
    const word = tokens[at]?.text ?? "";
    const lower = word.toLowerCase();
    if (APPOSITION_OPENERS.has(lower) || OWNER_WORDS.has(lower)) return at;
    // "Ireland's state-owned airline", "Yukos' main production arm": a named owner opens it;
    // "the world's biggest firm" goes on to the owner's article.
    if (POSSESSIVE_TOKEN_RE.test(word)) {
      if (CAPITALISED_RE.test(tokens[at - 1]?.text ?? "")) return at - 1;
    } else if (!APPOSITION_WORD_RE.test(word)) return -1;
  }
  return -1;
}

/** "the head of the Velmora company", "a spokesman for the firm": a person's role at the body. */
function isRoleAtBody(tokens: Sentence["tokens"], opener: number): boolean {
  const link = tokens[opener - 1]?.text ?? "";
  const role = tokens[opener - 2]?.text.toLowerCase() ?? "";
  return (
    (link === "of" || JOB_LINKS.has(link)) && (STAFF_ROLE_NOUNS.has(role) || JOB_NOUNS.has(role))
  );
}

/**
 * "the world's biggest confectionery firm, Velmora Foods, has", "his other band, Quillmoor.": a
 * name set off right after a noun phrase headed by a firm's or a band's noun is that body. "After
 * he left the band, Hale, 34, moved" sets off a person: an age or "who" after the name; so does
 * a role at the body before its noun phrase ("The head of the Velmora company, Jo Hale, said").
 */
function hasLeadingCompanyApposition(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  const { tokenStart: start, tokenEnd: end } = candidate;
  if (tokens[start - 1]?.text !== "," || !APPOSED_COMPANY_HEADS.has(tokens[start - 2]?.text ?? ""))
    return false;
  const close = tokens[end]?.text ?? ".";
  if (!APPOSED_NAME_ENDS.has(close)) return false;
  if (close === "," && PERSON_AFTER_COMMA_RE.test(tokens[end + 1]?.text ?? "")) return false;
  const opener = findPhraseOpener(tokens, start - 3);
  return opener >= 0 && !isRoleAtBody(tokens, opener);
}

/** Most lowercase words between "a" and the company noun before "called": "a small UK firm called". */
const MAX_CALLED_MODIFIERS = 2;

/**
 * "a company called Velmora", "a small firm called Velmora Systems": a firm named as such. "The
 * firm called Hale" may be a firm phoning a person, so the noun phrase opens with "a" or "an".
 */
function isCalledCompany(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  const start = candidate.tokenStart;
  if (
    tokens[start - 1]?.text !== "called" ||
    !COMPANY_LEAD_NOUNS.has(tokens[start - 2]?.text ?? "")
  )
    return false;
  for (let at = start - 3; at >= start - 3 - MAX_CALLED_MODIFIERS; at--) {
    const word = tokens[at]?.text ?? "";
    if (word === "a" || word === "an") return true;
    if (!APPOSITION_WORD_RE.test(word)) return false;
  }
  return false;
}

/** "looking", "making": a present participle. */
const PARTICIPLE_RE = /^\p{Ll}+ing$/u;

/**
 * "Korvald is a non-profit organisation looking at…", "Korvald was the biggest firm in…": a
 * sentence that opens with the name and says what it is, with a company noun as the head.
 */
function hasCompanyCopula(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  if (candidate.tokenStart !== 0 || !COPULA_VERBS.has(tokens[candidate.tokenEnd]?.text ?? ""))
    return false;
  let at = candidate.tokenEnd + 1;
  if (!APPOSITION_OPENERS.has(tokens[at]?.text ?? "")) return false;
  at++;
  let head = "";
  for (let n = 0; n < MAX_APPOSITION_WORDS; n++, at++) {
    const word = tokens[at]?.text ?? "";
    // "an organisation looking at": a participle after the head closes the noun phrase.
    if (head && PARTICIPLE_RE.test(word)) break;
    if (!APPOSITION_WORD_RE.test(word) || APPOSITION_PHRASE_ENDS.has(word)) break;
    // "Hale is the group's chairman": an owner, not the head.
    if (POSSESSIVE_TOKEN_RE.test(tokens[at + 1]?.text ?? "") || APPOSITION_OPENERS.has(word))
      return false;
    head = word;
  }
  const next = tokens[at]?.text ?? ".";
  const closed = APPOSITION_PHRASE_ENDS.has(next) || PARTICIPLE_RE.test(next);
  return closed && (COMPANY_LEAD_NOUNS.has(head) || COPULA_ORGANIZATION_NOUNS.has(head));
}

/** Words joining the names of a list: "Norvex, Kalvo and Dorrit", "Hale & Lind or Dorrit". */
const LIST_JOINS: ReadonlySet<string> = new Set([",", "and", "or", "&"]);

/**
 * "technology firms Brindlemoor and Ashcombe", "companies such as Norvex, Kalvo and Dorrit",
 * "brokers Jeffreys": a name in a list of capitalised names right after a plural company noun is
 * a company. A name after a comma must have the list go on after it, so that "firms such as Nokia
 * and Intel, Tom Hale, an analyst, said" leaves the person out.
 */
function isListedAfterCompanyNoun(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  let at = candidate.tokenStart - 1;
  if (tokens[at]?.text === ",") {
    // "Nokia, Intel and Kalvo": after the comma the list goes on with a name or "and".
    const next = tokens[candidate.tokenEnd]?.text ?? "";
    const then = tokens[candidate.tokenEnd + 1]?.text ?? "";
    const goesOn = next === "," ? LIST_JOINS.has(then) || CAPITALISED_RE.test(then) : false;
    if (next !== "and" && next !== "or" && !goesOn) return false;
  }
  while (at >= 0) {
    const word = tokens[at]?.text ?? "";
    if (!LIST_JOINS.has(word) && !CAPITALISED_RE.test(word)) break;
    at--;
  }
  const link = tokens[at]?.text ?? "";
  if (link === "as" && tokens[at - 1]?.text === "such") at -= 2;
  else if (COMPANY_LIST_LINKS.has(link)) at--;
  return COMPANY_LIST_NOUNS.has(tokens[at]?.text ?? "");
}

/**
 * Whether a company noun leads the name: "utility Vattenfall", and "Bookmaker Ada Venn has said"
 * where the noun opens the sentence, unless it is a calling a person shares and the tagger read a
 * full name after it as a person's ("Producer Judy Crane is").
 */
function hasCompanyLeadNoun(candidate: Candidate, tokens: Sentence["tokens"]): boolean {
  const at = candidate.tokenStart - 1;
  const written = tokens[at]?.text ?? "";
  if (COMPANY_LEAD_NOUNS.has(written)) return true;
  // "bought by market leader Diageo", "Market leader Nintendo": a firm's standing.
  if (written === "leader" && MARKET_LEADER_WORDS.has(tokens[at - 1]?.text.toLowerCase() ?? ""))
    return true;
  const noun = written.toLowerCase();
  const isFullPersonName =
    candidate.type === "PERSON" && candidate.tokenEnd - candidate.tokenStart > 1;
  return (
    at >= 0 &&
    isSentenceStart(tokens, at) &&
    COMPANY_LEAD_NOUNS.has(noun) &&
    !(isFullPersonName && PERSON_HELD_LEAD_NOUNS.has(noun))
  );
}

/** Last words of the full names the tagger read as people: "Pirsig" of "Anna Pirsig". */
function personSurnames(candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const candidate of candidates)
    if (candidate.type === "PERSON" && candidate.tokenEnd - candidate.tokenStart > 1)
      surnames.add(surfaceOf(candidate).split(" ").at(-1) ?? "");
  return surnames;
}

/** Types companies among an article's candidates (in place) and returns listed ones no candidate covered. */
export function recognizeCompanies(
  text: string,
  sentences: readonly Sentence[],
  candidates: Candidate[],
): Candidate[] {
  const cued = new Set<string>();
  const surnames = personSurnames(candidates);
  for (const candidate of candidates) {
    // "President Carl Zeiss" would be a person; so is anyone the article gives a title.
    if (candidate.title || candidate.type === "COUNTRY") continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const before = tokens[candidate.tokenStart - 1]?.text ?? "";
    const company = lookupCompany(candidate.surface);
    // "the Amazon" is the river; "in Toyota" the city.
    const isPlaceReading =
      (company?.notAfterThe && before.toLowerCase() === "the") ||
      (candidate.key !== undefined && CITY_LEAD_WORDS.has(before));
    if (company && !isPlaceReading && (!candidate.key || candidate.type === "PLACE")) {
      candidate.type = "ORGANIZATION";
      candidate.key = company.key;
      candidate.canonical = company.canonical;
      candidate.via = "name";
      candidate.isMetonymy = false;
      continue;
    }
    if (
      candidate.source === "tagger" &&
      !candidate.key &&
      ((hasCompanyLeadNoun(candidate, tokens) && !SHARED_LEAD_NOUNS.has(before)) ||
        // "analyst Gartner", but "analyst Jo Hale" is a person: one word only.
        // "analyst Pirsig" after "Anna Pirsig" is the person.
        (SHARED_LEAD_NOUNS.has(before) &&
          candidate.tokenEnd - candidate.tokenStart === 1 &&
          !surnames.has(surfaceOf(candidate))) ||
        hasCompanyNounAfter(candidate, tokens) ||
        isListedAfterCompanyNoun(candidate, tokens) ||
        hasCompanyApposition(candidate, tokens) ||
        hasLeadingCompanyApposition(candidate, tokens) ||
        isCalledCompany(candidate, tokens) ||
        hasCompanyCopula(candidate, tokens))
    ) {
      cued.add(surfaceOf(candidate));
      candidate.isCued = true;
    }
  }
  // One name in one article is one entity: every mention of a cued name is the organisation.
  for (const candidate of candidates)
    if (
      candidate.source === "tagger" &&
      !candidate.key &&
      !candidate.title &&
      cued.has(surfaceOf(candidate))
    )
      candidate.type = "ORGANIZATION";
  const missed = findMissedCompanies(text, sentences, candidates);
  const cuedMissed = findCuedMissedCompanies(text, sentences, [...candidates, ...missed]);
  const possessors = findPossessorMissedCompanies(text, sentences, [
    ...candidates,
    ...missed,
    ...cuedMissed,
  ]);
  return [...missed, ...cuedMissed, ...possessors];
}
