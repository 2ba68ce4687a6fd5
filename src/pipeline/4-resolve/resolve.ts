/** In-article resolution: candidate mentions become distinct entities and their mentions. */

import { normalizeKey } from "../../domain/normalize.js";
import type { EntityType } from "../../domain/vocabulary.js";
import type { Candidate } from "../3-recognize/candidate.js";
import { findPlaceFacts } from "../3-recognize/gazetteer/city-lookups.js";
import { lookupEntity } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isNamingLanguage } from "../3-recognize/languages.js";
import { isLineUp } from "../3-recognize/line-ups.js";
import { lookupClub, lookupClubOfCity } from "../3-recognize/sports-teams.js";
import { isHonorific, lookupTitle } from "../3-recognize/titles.js";
import { COUNTRY_COORDINATES } from "../model/gazetteers/countries.js";
import { NAME_PREFIXES } from "../model/gazetteers/nominals.js";
import {
  COMMON_NOUN_ACRONYMS,
  FIRM_NAME_HEADS,
  GENERIC_HEADS,
} from "../model/lexicons/name-heads.js";
import { NICKNAMES } from "../model/lexicons/nicknames.js";
import { GIVEN_NAME_TITLES, PEERAGE_RANKS } from "../model/lexicons/titles-of-office.js";
import { TRADE_NAME_HEADS } from "../model/lexicons/trade-name-heads.js";
import type { ExtractedEntity, ExtractedMention, Sentence } from "../types.js";
import { keyInstitutionsByCountry } from "./institutions.js";
import { legalFormCoreName } from "./legal-forms.js";
import { joinOfNames } from "./of-titles.js";
import { lookupPersonByName, lookupPersonBySurname } from "./people.js";

/** Entities of one article and the mentions that name them. */
export interface Resolution {
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  /** For each mention, the candidate it came from (same index). */
  candidates: Candidate[];
}

// "Mr. Biden", "Ms Essex": forms of address are not part of a name, and mark a person.
const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam|Mme|Prof)\.?\s+/;
// "Putin's": a possessive left on the span is not part of the name.
const POSSESSIVE_RE = /['’]s?$/;
// "The Bank" and "Bank": a leading article does not change what is named.
const LEADING_THE_RE = /^the\s+/i;
const WHITESPACE_RE = /\s+/;
const WORD_OR_HYPHEN_RE = /[\s\-‐‑–]+/;
// "ICC", "U.N.", "WLGA": an acronym an expansion in the same article may spell out.
const ACRONYM_RE = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]+$/;
const CAPITALISED_WORD_RE = /^\p{Lu}/u;
/** "PCs", "DVDs": the plural "s" of a word in capitals. */
const PLURAL_S_RE = /(?<=\p{Lu})s$/u;
const ACRONYM_WORD_RE = /^\p{Lu}{2,}$/u;
// "Japan-US", "Tokyo–Pyongyang": parts of a hyphenated compound.
const HYPHEN_RE = /[-‐‑–]/;
// "anti-Islam", "ex-Chancellor": a prefix glued to a capitalised name by a hyphen.
const PREFIXED_NAME_RE = new RegExp(
  `^(?:${NAME_PREFIXES.map((prefix) => `[${prefix[0]}${prefix[0]?.toUpperCase()}]${prefix.slice(1)}`).join("|")})-(?=\\p{Lu})`,
  "u",
);
// "French-language", "French-speaking": a demonym compound that names the language.
const LANGUAGE_COMPOUND_RE = /^(\p{Lu}\p{L}+)-(?:language|speaking)$/u;
// "Icann", "Elspa": an acronym written as a word, as British news writes those it can say.
const WORD_ACRONYM_RE = /^\p{Lu}\p{Ll}{2,}$/u;
// ", Icann." / ", Icann, said": what may follow an acronym set off by a comma.
const ACRONYM_CLOSE_RE = /^[,.;:]$/;
/** Letters an acronym defined beside its name needs: "(EU)" may be a line-up's country code. */
const MIN_DEFINED_ACRONYM = 3;
// "PCs", "GPs": capitals and a lowercase plural "s", never the all-capital "PCS" or "GPS".
const ACRONYM_PLURAL_RE = /^(\p{Lu}{2,})s$/u;
// "U.N." spells the same initials as "UN".
const DOTS_RE = /\./g;
// "J Lewsey", "S. Young": a first initial and a surname, as line-ups and results write a player.
const INITIAL_RE = /^\p{Lu}\.?$/u;
// What "PayPal" and "Paypal", "JP Morgan" and "JPMorgan", "Rip Guard" and "RipGuard" differ by.
const SPELLING_GAP_RE = /[\s\-‐‑–.]+/g;
// "WHO": a name in capitals only, which keeps its case ("Who" is another name).
const CAPITALS_ONLY_RE = /^[\p{Lu}\p{N}&]+$/u;

/** How much a recognizer's type counts when one name gets different types in one article. */
const VOTE_WEIGHT: Record<Candidate["source"], number> = { gazetteer: 3, nominal: 2, tagger: 1 };
/**
 * How much a mention typed by the words beside it counts: "Futurelab" read as a person four times
 * and as "a researcher at Futurelab" once is the organisation, as strong local evidence outweighs
 * any number of readings of the capitals alone.
 */
const CUED_VOTE_WEIGHT = 100;

/** "Mr. Biden's" → "Biden": the common English forms of address and a possessive removed. */
function stripAddress(surface: string): string {
  return surface.replace(HONORIFIC_RE, "").replace(POSSESSIVE_RE, "").trim();
}

function personName(surface: string): string {
  const words = stripAddress(surface).split(WHITESPACE_RE);
  // "Frau Merkel", "Minister Christiane Taubira", "Adidas CEO Herbert Hainer": a form of address,
  // or a title with a full name after it, and what precedes it are not part of the name.
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i] as string;
    if (isHonorific(word) || (words.length - i > 2 && lookupTitle(word))) start = i + 1;
  }
  return words.slice(start).join(" ");
}

/**
 * "International Criminal Court" → "ICC": initials of the capitalised words (function words
 * skipped, a word in capitals whole), split at hyphens too or not ("Anti-Doping" gives "AD" in WADA, "A" in some acronyms).
 */
function initialsOf(name: string): string[] {
  const initials = (words: string[]): string =>
    words
      .filter((word) => CAPITALISED_WORD_RE.test(word))
      // "UN Security Council" → "UNSC": a word in capitals is an acronym already, kept whole.
      .map((word) => (ACRONYM_WORD_RE.test(word) ? word : word[0]))
      .join("");
  const spaced = initials(name.split(WHITESPACE_RE));
  const hyphenated = initials(name.split(WORD_OR_HYPHEN_RE));
  return spaced === hyphenated ? [spaced] : [spaced, hyphenated];
}

/**
 * Ranks and offices written before a surname alone ("Gen Pinochet", "Senator Leahy"), lowercase,
 * without a final dot. Not the peerage ("Lord Sainsbury" is a name of its own, maybe no relative's
 * of the article's other Sainsbury) nor a royal's or cleric's title, which a given name follows
 * ("Pope Francis", "King Abdullah").
 */
const SURNAME_RANKS: ReadonlySet<string> = new Set([
  "gen",
  "general",
  "lt",
  "lieutenant",
  "col",
  "colonel",
  "maj",
  "major",
  "capt",
  "captain",
  "cdr",
  "commander",
  "adm",
  "admiral",
  "brig",
  "brigadier",
  "sgt",
  "sergeant",
  "senator",
  "sen",
  "congressman",
  "congresswoman",
  "judge",
  "justice",
  "governor",
  "gov",
  "mayor",
  "president",
  "chancellor",
  "det",
  "detective",
  "insp",
  "inspector",
  "supt",
  "superintendent",
  "ambassador",
  "commissioner",
]);
const FINAL_DOT_RE = /\.$/;

/** "Gen Pinochet" → "Pinochet": the surname of a rank and a surname alone, else undefined. */
function rankedSurname(name: string): string | undefined {
  const words = name.split(WHITESPACE_RE);
  const [rank, surname] = words;
  return words.length === 2 &&
    SURNAME_RANKS.has((rank as string).toLowerCase().replace(FINAL_DOT_RE, ""))
    ? surname
    : undefined;
}

/** Adds `value` to the set stored under `key`. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** The only member of a set, or undefined when it is empty or holds several. */
function only<V>(set: Set<V> | undefined): V | undefined {
  if (set?.size !== 1) return undefined;
  for (const value of set) return value;
  return undefined;
}

/**
 * Full person names an article introduces, indexed by their words folded as keys are ("Erdoğan"
 * and "Erdogan" are one word); two spellings of one name are one name, its first spelling.
 */
interface PersonIndex {
  fullNames: Set<string>;
  /** "putin" → {"Vladimir Putin"}. */
  byLast: Map<string, Set<string>>;
  /** Any word of a full name: "xi" → {"Xi Jinping"} (family name first). */
  byWord: Map<string, Set<string>>;
  /** A full name written once against another spelled more often: "Olaf Schulz" → "Olaf Scholz". */
  misspelt: Map<string, string>;
}

/**
 * A person's name, typed so or led by a form of address. A nominal ("Mr Straw's China trip",
 * typed by its head noun) is not, though it opens with one: it holds the name, it is not it.
 */
function isPersonLike(candidate: Candidate): boolean {
  return (
    !candidate.key &&
    (candidate.type === "PERSON" ||
      (candidate.source !== "nominal" && HONORIFIC_RE.test(candidate.surface)))
  );
}

function indexPeople(
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
): PersonIndex {
  const index: PersonIndex = {
    fullNames: new Set(),
    byLast: new Map(),
    byWord: new Map(),
    misspelt: new Map(),
  };
  const firstSpelling = new Map<string, string>();
  const counts = new Map<string, number>();
  const surnameCounts = new Map<string, number>();
  const surnameSpellings = new Map<string, Set<string>>();
  // a line-up names many surnames: each sentence is read once (a missing one counts as such)
  const lineUps = new Map<number, boolean>();
  const isInLineUp = (at: number): boolean => {
    let known = lineUps.get(at);
    if (known === undefined) {
      const sentence = sentences[at];
      known = sentence === undefined || isLineUp(sentence);
      lineUps.set(at, known);
    }
    return known;
  };
  // "Gen Pinochet" is a full name only where the article writes no "Augusto Pinochet" (below).
  const ranked: string[] = [];
  for (const candidate of candidates) {
    if (!isPersonLike(candidate)) continue;
    const written = personName(candidate.surface);
    if (rankedSurname(written) !== undefined) {
      ranked.push(written);
      continue;
    }
    const words = written.split(WHITESPACE_RE);
    if (words.length < 2) {
      // "Scholz said": a surname alone votes for the full name it ends.
      const surname = normalizeKey(written);
      surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      // a line-up's surnames are players of their own ("Horan" beside "Shane Horgan"), no slips
      if (!isInLineUp(candidate.sentenceIndex)) addTo(surnameSpellings, surname, written);
      continue;
    }
    counts.set(written, (counts.get(written) ?? 0) + 1);
    index.fullNames.add(written);
    const key = normalizeKey(written);
    const name = firstSpelling.get(key) ?? written;
    firstSpelling.set(key, name);
    addTo(index.byLast, normalizeKey(words.at(-1) as string), name);
    for (const word of words) addTo(index.byWord, normalizeKey(word), name);
  }
  const ownSurnames = new Set(index.byLast.keys());
  for (const written of ranked) {
    const surname = normalizeKey(rankedSurname(written) as string);
    // "Gen Pinochet" beside "Augusto Pinochet" names him, as "Pinochet" alone would.
    if (ownSurnames.has(surname)) {
      surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      continue;
    }
    counts.set(written, (counts.get(written) ?? 0) + 1);
    index.fullNames.add(written);
    const name = firstSpelling.get(normalizeKey(written)) ?? written;
    firstSpelling.set(normalizeKey(written), name);
    addTo(index.byLast, surname, name);
    for (const word of written.split(WHITESPACE_RE)) addTo(index.byWord, normalizeKey(word), name);
  }
  findMisspeltNames(counts, surnameCounts, index.misspelt);
  dropInitialForms(index);
  joinFirstNameVariants(index);
  findMisspeltSurnames(index, counts, surnameCounts, surnameSpellings);
  return index;
}

/**
 * "Dustin Hoffman … Hoffman said … Hoffmann has returned to film": a surname written alone once,
 * one letter from the surname of exactly one full name the article writes more often (a surname
 * alone counting for it), and no word of any full name, is a slip for that person, as
 * `findMisspeltNames` finds for full names. Written twice or more it is a spelling of its own (a
 * relative, a namesake); in a team line-up it is another player ("Horan" in the list, "Shane
 * Horgan" in the report); a surname the article never writes in full stays apart.
 */
function findMisspeltSurnames(
  index: PersonIndex,
  fullCounts: ReadonlyMap<string, number>,
  surnameCounts: ReadonlyMap<string, number>,
  spellings: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  for (const [surname, count] of surnameCounts) {
    if (count > 1 || surname.length < MIN_MISSPELT_SURNAME) continue;
    if (index.byLast.has(surname) || index.byWord.has(surname)) continue;
    const near = [...index.byLast].filter(([last]) => isOneEditApart(surname, last));
    const [only] = near;
    if (near.length !== 1 || only === undefined || only[1].size !== 1) continue;
    const [last, names] = only;
    const name = [...names][0] as string;
    const uses = (fullCounts.get(name) ?? 0) + (surnameCounts.get(last) ?? 0);
    if (uses <= count) continue;
    for (const written of spellings.get(surname) ?? []) index.misspelt.set(written, name);
  }
}

/**
 * "J Lewsey" → ["j", "lewsey"], "D dal Maso" → ["d", "dal maso"]: the initial and the surname of
 * a name written so, else undefined ("J P Lewsey" has initials, not a surname, after the first).
 */
export function splitInitialForm(name: string): [string, string] | undefined {
  const words = name.split(WHITESPACE_RE);
  if (words.length < 2 || !INITIAL_RE.test(words[0] as string)) return undefined;
  if (INITIAL_RE.test(words[1] as string)) return undefined;
  const surname = normalizeKey(words.slice(1).join(" "));
  return surname.length > 1 ? [normalizeKey(words[0] as string), surname] : undefined;
}

/** "Lord", "Judge", "Dr": a word before a surname that is a rank or form of address, no first name. */
function isRankOrAddress(word: string): boolean {
  return PEERAGE_RANKS.has(word) || isHonorific(word) || lookupTitle(word) !== undefined;
}

/** Whether a full name ("Josh Lewsey") is one an initial form ("J Lewsey") may abbreviate. */
export function fitsInitialForm(fullName: string, initial: string, surname: string): boolean {
  const words = normalizeKey(fullName).split(" ");
  const first = words[0] as string;
  const rest = words.slice(1).join(" ");
  // "Josh Lewsey" and "Jo Ann Lewsey" fit "J Lewsey"; "Jim Gilewsey" does not, nor "Lord Lewsey".
  return (
    words.length >= 2 &&
    first.length > 1 &&
    first.startsWith(initial) &&
    !isRankOrAddress(first) &&
    (rest === surname || rest.endsWith(` ${surname}`))
  );
}

/**
 * "J Lewsey" in a line-up beside "Josh Lewsey" in the report: an initial form that the article's
 * one fitting full name spells out is no name of its own, so a bare "Lewsey" still has one full
 * name to mean; with no fitting full name ("J Lewsey" alone) it stays the name.
 */
function dropInitialForms(index: PersonIndex): void {
  for (const names of index.byLast.values()) {
    for (const name of names) {
      const parts = splitInitialForm(name);
      if (!parts) continue;
      const fits = [...names].filter((other) => fitsInitialForm(other, ...parts));
      if (fits.length !== 1) continue;
      names.delete(name);
      for (const [word, holders] of index.byWord) {
        holders.delete(name);
        if (holders.size === 0) index.byWord.delete(word);
      }
    }
  }
}

/**
 * "Dave Corrin" and "David Corrin" in one article: a full name whose first name is a short form or
 * a one-letter spelling of exactly one other full name's, the rest of the name the same, is that
 * person ("Steve" Steven, "Viktor" Victor), the longer first name winning, on a tie the one the
 * article writes first. Two fitting people ("Dan" beside "Daniel" and "Danny") join neither. The
 * other spelling is stored as the slip a misspelt name is (no alias), and leaves the surname index,
 * so a bare "Corrin" still has one full name to mean; its first name alone ("Dave") names the
 * person kept.
 */
function joinFirstNameVariants(index: PersonIndex): void {
  for (const names of index.byLast.values()) {
    if (names.size < 2) continue;
    const written = [...names];
    const fitting = (name: string): string[] => {
      const [first, ...rest] = normalizeKey(name).split(" ");
      if (first === undefined || isRankOrAddress(first) || splitInitialForm(name)) return [];
      return written.filter((other) => {
        const [otherFirst, ...otherRest] = normalizeKey(other).split(" ");
        return (
          otherFirst !== undefined &&
          otherRest.join(" ") === rest.join(" ") &&
          !isRankOrAddress(otherFirst) &&
          isFirstNameVariant(first, otherFirst)
        );
      });
    };
    for (const [position, name] of written.entries()) {
      const fits = fitting(name);
      const other = fits[0];
      if (fits.length !== 1 || other === undefined || index.misspelt.has(name)) continue;
      const first = normalizeKey(name).split(" ")[0] as string;
      const otherFirst = normalizeKey(other).split(" ")[0] as string;
      // "Jimmy" / "James": the name a nickname stands for wins, though no longer.
      const isOtherPreferred =
        isNicknameOf(first, otherFirst) ||
        (!isNicknameOf(otherFirst, first) &&
          (otherFirst.length > first.length ||
            (otherFirst.length === first.length && written.indexOf(other) < position)));
      if (!isOtherPreferred || fitting(other).length !== 1) continue;
      index.misspelt.set(name, other);
      names.delete(name);
      // "Freddie" alone after "Freddie Forsyth" and "Frederick Forsyth": the one person still.
      for (const holders of index.byWord.values()) {
        if (holders.delete(name)) holders.add(other);
      }
    }
  }
}

/** Surnames this long or longer may differ by one letter and still be one name misspelt. */
const MIN_MISSPELT_SURNAME = 5;

/** Whether two words differ by one substituted, inserted or deleted letter. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Letters the shorter of two first names needs to be the other's short form ("Rafa", "Steve"). */
const MIN_SHORT_FIRST_NAME = 3;
/** Letters both first names need to be one name spelled two ways ("Mathew", "Costas"). */
const MIN_VARIANT_FIRST_NAME = 5;

/**
 * Whether two first names may be one person's: the one the short form of the other ("Rafa"
 * Rafael, "Vince" Vincent, "Steve" Steven), a listed nickname of it ("Dave" David, "Bill"
 * William; model/lexicons/nicknames.ts), or one name spelled two ways ("Mathew" Matthew,
 * "Kostas" Costas, "Viktor" Victor, "Aleksey" Alexei). Never two short names a letter apart ("Mick" and "Nick",
 * "Tim" and "Kim"), nor two that merely begin alike ("Robbie" and "Robin", "Michelle" and
 * "Michael"), nor a nickname of two names ("Sandy") and either of them.
 */
export function isFirstNameVariant(a: string, b: string): boolean {
  if (a === b) return false;
  if (isNicknameOf(a, b) || isNicknameOf(b, a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_SHORT_FIRST_NAME && long.startsWith(short)) return true;
  if (short.length < MIN_VARIANT_FIRST_NAME) return false;
  const [foldedA, foldedB] = [foldTransliteration(a), foldTransliteration(b)];
  return isOneEditApart(a, b) || foldedA === foldedB || isOneEditApart(foldedA, foldedB);
}

const KS_RE = /ks/g;

/**
 * A first name with "ks" written "x", as another romanisation of the same name writes it:
 * "Aleksey" and "Alexei", "Aleksandr" and "Alexandr" are one name, two edits apart until folded.
 */
function foldTransliteration(name: string): string {
  return name.replace(KS_RE, "x");
}

/** Whether a first name is the listed nickname of one name only, and that name is `name` ("dave", "david"). */
export function isNicknameOf(nickname: string, name: string): boolean {
  const names = NICKNAMES.get(nickname);
  return names?.length === 1 && names[0] === name;
}

/**
 * "Olaf Schulz" once in an article that writes "Olaf Scholz" more often: same words but a
 * surname one letter apart is a slip of the writer's, not another person. The spelling the
 * article uses most wins, a surname alone counting for the full name it ends ("Olaf Scholz …
 * Olaf Schulz … Scholz"); ties: none, as either may be the slip.
 */
function findMisspeltNames(
  fullCounts: ReadonlyMap<string, number>,
  surnameCounts: ReadonlyMap<string, number>,
  misspelt: Map<string, string>,
) {
  const counts = new Map(
    [...fullCounts].map(([name, count]) => [
      name,
      count + (surnameCounts.get(normalizeKey(name.split(WHITESPACE_RE).at(-1) ?? "")) ?? 0),
    ]),
  );
  const names = [...counts.keys()];
  for (const name of names) {
    const words = normalizeKey(name).split(" ");
    const last = words.at(-1) as string;
    if (last.length < MIN_MISSPELT_SURNAME) continue;
    const rivals = names.filter((other) => {
      const otherWords = normalizeKey(other).split(" ");
      return (
        otherWords.length === words.length &&
        otherWords.slice(0, -1).join(" ") === words.slice(0, -1).join(" ") &&
        isOneEditApart(last, otherWords.at(-1) as string) &&
        (counts.get(other) ?? 0) > (counts.get(name) ?? 0)
      );
    });
    if (rivals.length === 1) misspelt.set(name, rivals[0] as string);
  }
}

/** "ex-King", "Crown Prince": the title word of a token, after any hyphenated prefix. */
const TITLE_PREFIX_RE = /^.*-/u;

/** "Jnr", "III": what ends a name ("Martin Luther King Jnr"), never a given name. */
const NAME_SUFFIX_RE = /^(?:Jnr|Jr|Snr|Sr|[IVX]+)\.?$/u;

/**
 * "Prince Charles", "ex-King Michael", "Crown Prince Abdullah": the royal's or cleric's title
 * written right before a one-word name (which recognition leaves out of the span, as CoNLL does),
 * capitalised as in the text, else undefined. Such a name is the royal's given name: it joins no
 * other person of the article by a word of theirs ("Charles" Kennedy, "Michael" Ancram).
 */
function givenNameTitleBefore(
  candidate: Candidate,
  sentences: readonly Sentence[],
): string | undefined {
  if (NAME_SUFFIX_RE.test(candidate.surface)) return undefined;
  const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
  const word = (tokens[candidate.tokenStart - 1]?.text ?? "").replace(TITLE_PREFIX_RE, "");
  if (!CAPITALISED_WORD_RE.test(word) || !GIVEN_NAME_TITLES.has(word.toLowerCase()))
    return undefined;
  const before = tokens[candidate.tokenStart - 2]?.text ?? "";
  return before === "Crown" && word.startsWith("Prince") ? `${before} ${word}` : word;
}

/**
 * The full name a person's name stands for: "Xi" → "Xi Jinping" when the article introduced
 * him; "Biden" alone → "Joe Biden" from the curated list (never in a team line-up, `inLineUp`,
 * whose "Powell" is a player); "George Bush" → "George W. Bush" when the article names him so;
 * otherwise the name itself.
 */
function resolvePersonName(name: string, people: PersonIndex, inLineUp: boolean): string {
  // "Gen Pinochet" → "Augusto Pinochet", the article's one full name of that surname.
  const ranked = rankedSurname(name);
  const rankedFull =
    ranked === undefined ? undefined : only(people.byLast.get(normalizeKey(ranked)));
  if (rankedFull !== undefined && !people.fullNames.has(name))
    return lookupPersonByName(rankedFull) ?? rankedFull;
  const words = name.split(WHITESPACE_RE);
  let target: string | undefined;
  if (words.length === 1) {
    const word = words[0] as string;
    const folded = normalizeKey(word);
    // "Putin" → "Vladimir Putin"; "Xi" → "Xi Jinping" (family name first); two Nevilles stay apart.
    target = only(people.byLast.get(folded));
    if (!target && !people.byLast.has(folded)) target = only(people.byWord.get(folded));
    // A team line-up's "Powell" is a player, never the listed statesman of that surname.
    if (!target && !people.byWord.has(folded) && !inLineUp)
      target = lookupPersonByName(word) ?? lookupPersonBySurname(word);
  } else {
    // "Van Doren Stern" after "Philip van Doren Stern"; "George Bush" after "George W Bush".
    const last = words.at(-1) as string;
    const first = normalizeKey(words[0] as string);
    const lower = normalizeKey(name);
    const longer = new Set<string>();
    const initialForm = splitInitialForm(name);
    for (const full of people.byLast.get(normalizeKey(last)) ?? []) {
      if (full.length <= name.length) continue;
      const fullLower = normalizeKey(full);
      // "J Lewsey" after "Josh Lewsey": the initial is the first name's.
      if (initialForm) {
        if (fitsInitialForm(full, ...initialForm)) longer.add(full);
      } else if (fullLower.endsWith(` ${lower}`) || fullLower.startsWith(`${first} `))
        longer.add(full);
    }
    target = only(longer);
  }
  const written = target ?? name;
  const full = people.misspelt.get(written) ?? written;
  return lookupPersonByName(full) ?? full;
}

/**
 * Whether a surface names the entity itself, so may be stored as its alias. "Rome said" stands
 * for Italy but names the city: metonymy belongs to the mention, never to the country's aliases.
 * "Japan-US", "Tokyo-based", "Italian-Greek", "Anti-NATO" are compounds around a name, not names
 * of it; "Bosnia-Herzegovina" for "Bosnia and Herzegovina" is, as each part is a word of it.
 */
function isAliasOf(candidate: Candidate, isMetonymy: boolean, name: string): boolean {
  if (isMetonymy || candidate.isElided) return false;
  if (!candidate.key || !HYPHEN_RE.test(candidate.surface)) return true;
  const words = new Set(normalizeKey(name).split(" "));
  return candidate.surface.split(HYPHEN_RE).every((part) =>
    normalizeKey(part)
      .split(" ")
      .every((word) => words.has(word)),
  );
}

/** A name of several words an article writes out, which an acronym may stand for. */
interface SpelledOutName {
  type: EntityType;
  key: string;
  name: string;
}

/** An organisation an article names in full, as an assignment target. */
interface NamedOrganization {
  type: EntityType;
  key: string;
  name: string;
}

/**
 * The article's multi-word organisations by head word: "Commission" → European Commission,
 * "Party" → Communist Party of China (the word before "of", else the last word). Entries are
 * shared objects per key, so a set holds each organisation once; `organizations` lists them all.
 */
function indexOrganizationHeads(candidates: readonly Candidate[]): {
  heads: Map<string, Set<NamedOrganization>>;
  organizations: NamedOrganization[];
} {
  const byKey = new Map<string, NamedOrganization>();
  const heads = new Map<string, Set<NamedOrganization>>();
  for (const candidate of candidates) {
    if (candidate.type !== "ORGANIZATION" || candidate.isMetonymy) continue;
    const name = (candidate.canonical ?? candidate.surface).replace(LEADING_THE_RE, "");
    const words = name.split(WHITESPACE_RE);
    if (words.length < 2) continue;
    const key = candidate.key ?? normalizeKey(name);
    const organization = byKey.get(key) ?? { type: "ORGANIZATION", key, name };
    byKey.set(key, organization);
    const of = words.indexOf("of");
    const head = of > 0 ? words[of - 1] : words.at(-1);
    // "PC" of "Western PC vendors", "DVD" of "the Star Wars DVD": a common noun in capitals
    // names a kind of thing, not the body whose name it ends ("DS" of "Nintendo DS" does).
    if (head && CAPITALISED_WORD_RE.test(head) && !COMMON_NOUN_ACRONYMS.has(head))
      addTo(heads, head, organization);
  }
  return { heads, organizations: [...byKey.values()] };
}

/** Two words are forms of one word: equal, or sharing a stem of at least this many letters. */
const SHARED_STEM_LENGTH = 6;

function isWordForm(short: string, full: string): boolean {
  if (short === full) return true;
  if (short.length < SHARED_STEM_LENGTH || full.length < SHARED_STEM_LENGTH) return false;
  return short.slice(0, SHARED_STEM_LENGTH) === full.slice(0, SHARED_STEM_LENGTH);
}

/**
 * "Social Democrats" after "SPD" (the Social Democratic Party of Germany): a name of two or more
 * words whose words are, in order, forms of words of one organisation the article names in
 * full, at least one of them another form of the word ("Democrats" of "Democratic"), so that a
 * plain shorter name ("New York" beside "New York Times") is never folded into a longer one; the
 * first words agree ("Football Association" is another body than the "Professional Footballers'
 * Association").
 */
function findPartialName(
  surface: string,
  organizations: readonly NamedOrganization[],
): NamedOrganization | undefined {
  const words = surface.split(WHITESPACE_RE);
  if (words.length < 2 || !words.every((word) => CAPITALISED_WORD_RE.test(word))) return undefined;
  const matches = organizations.filter((organization) => {
    const full = organization.name.split(WHITESPACE_RE);
    if (full.length <= words.length) return false;
    // "Football Association" is not "the Professional Footballers' Association": a short form
    // opens as the full name does, and drops only words after its first.
    if (!isWordForm(words[0] as string, full[0] as string)) return false;
    let at = 0;
    let variant = false;
    for (const word of words) {
      while (at < full.length && !isWordForm(word, full[at] as string)) at++;
      if (at === full.length) return false;
      if (word !== full[at]) variant = true;
      at++;
    }
    return variant;
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** Words ending a company's name that the article may drop: "Standard Trust Bank" is "Standard Trust". */
const DROPPABLE_COMPANY_HEADS: ReadonlySet<string> = new Set(["Bank", "Airlines", "Motors"]);
// "United Bank of Africa" → "United Bank": a place after "of" that a short form drops.
const OF_SUFFIX_RE = /^(.+?\s.+?) of \p{Lu}[\p{L} ]*$/u;

/** "Marsh & McLennan": one capitalised word, an ampersand, one more name. */
const FIRST_PARTNER_RE = /^(\p{Lu}\p{L}+) & \p{Lu}\p{L}+$/u;

/**
 * "Marsh" beside "Marsh & McLennan": the one partnership of the article whose first partner's
 * name is the word (a firm goes by its first partner's name, whatever the tagger made of it).
 */
function findPartnership(
  word: string,
  organizations: readonly NamedOrganization[],
): NamedOrganization | undefined {
  const matches = organizations.filter(
    (organization) => FIRST_PARTNER_RE.exec(organization.name)?.[1] === word,
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** The shorter names a company's full name may go by in the same article, or none. */
function shortCompanyNames(name: string): string[] {
  const shorter: string[] = [];
  const core = legalFormCoreName(name, normalizeKey);
  if (core) shorter.push(core);
  const words = name.split(WHITESPACE_RE);
  if (words.length >= 2 && DROPPABLE_COMPANY_HEADS.has(words.at(-1) as string))
    shorter.push(words.slice(0, -1).join(" "));
  const withoutPlace = OF_SUFFIX_RE.exec(name)?.[1];
  if (withoutPlace) shorter.push(withoutPlace);
  // "Marsh" after "Marsh & McLennan": a partnership goes by its first partner's name.
  const firstPartner = FIRST_PARTNER_RE.exec(name)?.[1];
  if (firstPartner) shorter.push(firstPartner);
  return shorter;
}

/**
 * "Kelmar" after "Kelmar Corporation", "Standard Trust" after "Standard Trust Bank", "United Bank"
 * after "United Bank of Africa", "Marsh" after "Marsh & McLennan": the one organisation of the article whose full name, less its
 * legal form, its company head or its "of" place, is the name as written.
 */
function findShortCompanyName(
  surface: string,
  organizations: readonly NamedOrganization[],
): NamedOrganization | undefined {
  if (!CAPITALISED_WORD_RE.test(surface) || GENERIC_HEADS.has(surface)) return undefined;
  const matches = organizations.filter((organization) =>
    shortCompanyNames(organization.name).includes(surface),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** "Orbital Music", "Marsh & Lennan Holdings": words an organisation's name a first word opens may hold. */
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}\p{N}.'’-]*|&)$/u;
/** What a name after a company's first word must not be: "Yukos USA" is a subsidiary of Yukos. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["PLACE", "COUNTRY"]);

/**
 * "Orbital's band" beside "Orbital Music": one word typed an organisation that opens the name of
 * exactly one organisation of the article, every word of it capitalised, is that organisation's
 * short name. Two such names ("Orbital Music" and "Orbital Pictures") leave it alone; a word of a
 * person's name in the article, a listed person, place or country is no short name; nor does the
 * word join a name whose other words are a place ("Yukos USA", a subsidiary of Yukos).
 */
function findOpenedOrganization(
  surface: string,
  organizations: readonly NamedOrganization[],
  people: PersonIndex,
): NamedOrganization | undefined {
  const word = surface.replace(POSSESSIVE_RE, "");
  if (WHITESPACE_RE.test(word) || !CAPITALISED_WORD_RE.test(word) || GENERIC_HEADS.has(word))
    return undefined;
  const folded = normalizeKey(word);
  if (people.byWord.has(folded) || lookupPersonByName(word) || lookupPersonBySurname(word))
    return undefined;
  // "Blackpool" beside "Blackpool Hotels Group": a listed name or a known city is no firm's.
  if (lookupEntity(word) || findPlaceFacts(folded)) return undefined;
  // "Diageo North America" beside "Diageo Wines": two names the word opens, a branch among them.
  const opened = organizations.filter((organization) => {
    const [first, ...rest] = organization.name.split(WHITESPACE_RE);
    return first === word && rest.length > 0;
  });
  const organization = opened.length === 1 ? opened[0] : undefined;
  const rest = organization?.name.split(WHITESPACE_RE).slice(1) ?? [];
  if (!organization || !rest.every((other) => NAME_WORD_RE.test(other))) return undefined;
  // "Treasury Select Committee", "BT Retail", "PlayStation Portable": a body, a branch or a
  // product the word opens is not the firm the word names; a trade's last word ("Energy") is.
  const head = rest.at(-1) as string;
  if (!FIRM_NAME_HEADS.has(head) && !TRADE_NAME_HEADS.has(head)) return undefined;
  const place = lookupEntity(rest.join(" "));
  return place && PLACE_TYPES.has(place.type) ? undefined : organization;
}

/**
 * "Kiroshi" read as a person beside "Kiroshi Breweries", "Delta" beside "Delta Air Lines": a lone
 * word the tagger alone read as a person, with no form of address, title or full person's name
 * around it, that opens the name of one organisation of the article names an organisation (the
 * firm's short name, or its brand). A word of a person's name in the article, a listed person's
 * name, or the first name of a "body" whose other words the article writes as a person's alone
 * ("Phil" beside "Phil Spector" read as a body and "Mr Spector") stays a person. `loneNames`: the
 * article's one-word person names, folded.
 */
function opensOrganizationName(
  candidate: Candidate,
  organizations: readonly NamedOrganization[],
  people: PersonIndex,
  loneNames: ReadonlySet<string>,
): boolean {
  const word = candidate.surface.replace(POSSESSIVE_RE, "");
  const isLoneGuess =
    candidate.source === "tagger" &&
    candidate.type === "PERSON" &&
    !candidate.key &&
    !candidate.title &&
    CAPITALISED_WORD_RE.test(word) &&
    !WHITESPACE_RE.test(word) &&
    !HONORIFIC_RE.test(candidate.surface);
  const folded = normalizeKey(word);
  if (!isLoneGuess || people.byWord.has(folded) || people.byLast.has(folded)) return false;
  if (lookupPersonByName(word) || lookupPersonBySurname(word)) return false;
  const opened = organizations.filter((organization) => {
    const [first, ...rest] = organization.name.split(WHITESPACE_RE);
    // "Phil Spector" read as a body beside "Mr Spector": a person's name after all.
    return (
      first === word &&
      !people.fullNames.has(organization.name) &&
      !rest.some((other) => loneNames.has(normalizeKey(other)))
    );
  });
  return opened.length === 1;
}

/**
 * The language a demonym names in context, or undefined when it names its country's people or
 * things: "in German," "broadcasting in English, French and Chinese.", "the German language",
 * "French-language", "French-speaking", "a German translation", "speaks German", "translated into
 * German"; not "in German hands", "German troops", "Germans".
 */
function languageOf(candidate: Candidate, sentences: readonly Sentence[]): string | undefined {
  if (candidate.via !== "demonym" || candidate.tokenEnd - candidate.tokenStart !== 1)
    return undefined;
  const compound = LANGUAGE_COMPOUND_RE.exec(candidate.surface);
  if (compound) return `${compound[1]} language`;
  if (!CAPITALISED_WORD_RE.test(candidate.surface) || candidate.surface.endsWith("s"))
    return undefined;
  const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
  return isNamingLanguage(tokens, candidate.tokenStart, candidate.tokenEnd)
    ? `${candidate.surface} language`
    : undefined;
}

/**
 * "Ken" resolved to "Ken Livingstone" by the article's full name: one word that is not the full
 * name's last word (so no surname), and no name the curated list knows the person by ("Lula").
 * Across articles it may be any Ken: "Martin" in one line-up is not "Martin Johnson" of another.
 */
function isGivenNameOf(written: string, name: string): boolean {
  if (written === name || WHITESPACE_RE.test(written)) return false;
  const word = normalizeKey(written);
  return (
    normalizeKey(name.split(WHITESPACE_RE).at(-1) ?? "") !== word &&
    lookupPersonByName(written) === undefined &&
    lookupPersonBySurname(written) === undefined
  );
}

/**
 * "Internet Corporation for Assigned Names and Numbers (Icann)", "… Numbers, Icann.", "Drink Or
 * Die (DOD)": an acronym in brackets or set off by a comma right after the name whose initials it
 * spells stands for that name wherever the article writes it, whatever the tagger typed it, and
 * over another name it is known for ("DOD", the US Department of Defense) and the article's other
 * names with the same initials ("Internationalised Domain Names"). An acronym written as a word
 * ("Icann") counts only so defined: alone, "Dam" or "Mac" is more often a word or a name.
 * Returns the acronyms with the key of the name they spell.
 */
function findDefinedAcronyms(
  ordered: readonly Candidate[],
  sentences: readonly Sentence[],
): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const candidate of ordered) {
    if (candidate.type === "PERSON" || candidate.isMetonymy) continue;
    const name = (candidate.canonical ?? candidate.surface).replace(LEADING_THE_RE, "");
    if (!WHITESPACE_RE.test(name)) continue;
    const tokens = sentences[candidate.sentenceIndex]?.tokens ?? [];
    const open = tokens[candidate.tokenEnd]?.text;
    const word = tokens[candidate.tokenEnd + 1]?.text ?? "";
    const close = tokens[candidate.tokenEnd + 2]?.text;
    const set =
      (open === "(" && close === ")") ||
      (open === "," && (close === undefined || ACRONYM_CLOSE_RE.test(close)));
    if (!set || !(WORD_ACRONYM_RE.test(word) || ACRONYM_RE.test(word))) continue;
    const letters = word.replace(DOTS_RE, "").toUpperCase();
    if (letters.length < MIN_DEFINED_ACRONYM || !initialsOf(name).includes(letters)) continue;
    // Defined twice in the article as two names: neither is sure.
    const key = candidate.key ?? normalizeKey(name);
    acronyms.set(word, acronyms.has(word) && acronyms.get(word) !== key ? "" : key);
  }
  for (const [word, key] of acronyms) if (!key) acronyms.delete(word);
  return acronyms;
}

/**
 * Whether a name the gazetteer read as an acronym ("DOD" → US Department of Defense) is another
 * thing than the name the article defines it as: the two names share no capitalised word
 * ("Drink Or Die"); "Securities Exchange Commission (SEC)" is the listed commission misspelt.
 */
function isOtherThanListed(candidate: Candidate, defined: SpelledOutName): boolean {
  if (!candidate.key || candidate.via !== "acronym") return !candidate.key;
  const listed = new Set(
    (candidate.canonical ?? "")
      .split(WORD_OR_HYPHEN_RE)
      .filter((word) => CAPITALISED_WORD_RE.test(word))
      .map(normalizeKey),
  );
  return !defined.name
    .split(WORD_OR_HYPHEN_RE)
    .some((word) => CAPITALISED_WORD_RE.test(word) && listed.has(normalizeKey(word)));
}

interface Assignment {
  candidate: Candidate;
  type: EntityType;
  key: string;
  name: string;
  isMetonymy: boolean;
  /** Unlisted names whose type is settled by a vote over the article's mentions. */
  voted: boolean;
  /** "Adidas CEO Herbert Hainer": the surface holds words that are not the name, so is no alias. */
  hasDescriptor?: true;
  /**
   * "Ken" for "Ken Livingstone": a first name alone names the person only beside the full name,
   * so is no alias another article could join by.
   */
  isPartialName?: true;
}

/**
 * "PayPal" → "paypal", "JP Morgan" → "jpmorgan", "WHO" → "WHO": a name as its spellings in one
 * article compare, without the spaces, hyphens and dots between its parts and, unless it is
 * written in capitals only, without case.
 */
function spellingOf(name: string): string {
  const compact = name.replace(SPELLING_GAP_RE, "");
  return CAPITALS_ONLY_RE.test(compact) ? compact : compact.toLowerCase();
}

/**
 * "RipGuard" in one sentence, "Rip Guard" in the next; "Paypal" and "PayPal": guessed names (no
 * person's) whose spellings differ only by spaces, hyphens or case are one name in one article,
 * keyed and named as its spelling with the most mentions (the first on a tie). A name in capitals
 * only ("WHO") is no spelling of the word ("Who").
 */
function joinSpellingVariants(assignments: Assignment[]): void {
  const groups = new Map<string, Map<string, { item: Assignment; count: number }>>();
  for (const item of assignments) {
    if (!item.voted || item.isMetonymy || item.type === "PERSON" || !item.key) continue;
    const spelling = spellingOf(item.name);
    const keys = groups.get(spelling) ?? new Map<string, { item: Assignment; count: number }>();
    const seen = keys.get(item.key);
    keys.set(item.key, { item: seen?.item ?? item, count: (seen?.count ?? 0) + 1 });
    groups.set(spelling, keys);
  }
  const target = new Map<string, Assignment>();
  for (const keys of groups.values()) {
    if (keys.size < 2) continue;
    let best: { item: Assignment; count: number } | undefined;
    for (const entry of keys.values()) if (!best || entry.count > best.count) best = entry;
    for (const key of keys.keys()) if (best) target.set(key, best.item);
  }
  if (target.size === 0) return;
  for (const item of assignments) {
    const into = item.voted && item.type !== "PERSON" ? target.get(item.key) : undefined;
    if (!into || into === item || item.isMetonymy) continue;
    item.key = into.key;
    item.name = into.name;
  }
}

/**
 * "Liverpool" read as the listed club after "joined" and as a bare organisation in "the future of
 * Liverpool", or "Leeds" beside "Leeds United": a guessed organisation written exactly as the
 * article's one listed organisation, or naming a club the article lists, is that organisation, not
 * a second node of the same name; a guessed place written as a listed place is that place. Places and people keep their own reading ("Cardiff" the city
 * beside Cardiff the club), unless words beside the place's mention said what it is ("the resort
 * town of Davos"); two listed organisations written alike leave it.
 */
function joinListedNamesakes(assignments: Assignment[]): void {
  const bySurface = new Map<string, Assignment | null>();
  const spellingOfSurface = (item: Assignment): string => spellingOf(item.candidate.surface);
  const byKey = new Map<string, Assignment>();
  for (const item of assignments) {
    const isListed = item.candidate.key !== undefined && item.candidate.key === item.key;
    const isJoinable = item.type === "ORGANIZATION" || item.type === "PLACE";
    if (!isListed || item.isMetonymy || !isJoinable || item.hasDescriptor) continue;
    if (item.type === "ORGANIZATION") byKey.set(item.key, item);
    const surface = spellingOfSurface(item);
    const seen = bySurface.get(surface);
    if (seen === undefined) bySurface.set(surface, item);
    else if (seen !== null && seen.key !== item.key) bySurface.set(surface, null);
  }
  if (bySurface.size === 0) return;
  for (const item of assignments) {
    if (!item.voted || item.isMetonymy) continue;
    const surface = item.candidate.surface;
    const namesake = bySurface.get(spellingOfSurface(item));
    let target: Assignment | undefined;
    // "Heathrow" listed in one sentence and guessed a place in the next: one place.
    if (item.type === "PLACE") target = namesake?.type === "PLACE" ? namesake : undefined;
    // "the mountain resort Davos … Davos itself is in deep frost": the article said what the
    // name is, so its bare namesakes guessed a person or a firm are that place (not a club's name).
    else if (namesake?.type === "PLACE" && namesake.candidate.isCued && !lookupClub(surface, true))
      target = namesake;
    else if (item.type === "ORGANIZATION" || item.type === "OTHER") {
      const club = lookupClub(surface, true) ?? lookupClubOfCity(surface);
      target =
        namesake?.type === "ORGANIZATION" ? namesake : club ? byKey.get(club.key) : undefined;
    }
    if (!target) continue;
    item.type = target.type;
    item.key = target.key;
    item.name = target.name;
    item.voted = false;
  }
}

/**
 * Names the article shows to be an organisation by the words beside one of their mentions ("Harlow,
 * the US car company", "a spokesman for Keep Dunmore Green"), as written without a possessive.
 */
function findCuedOrganizations(candidates: readonly Candidate[]): Set<string> {
  const names = new Set<string>();
  for (const candidate of candidates)
    if (candidate.isCued && candidate.type === "ORGANIZATION" && !candidate.key)
      names.add(stripAddress(candidate.surface));
  return names;
}

/**
 * "the official Keep Dunmore Green campaign" read as a person where the article writes "a
 * spokesman for Keep Dunmore Green": one name is one organisation in the whole article, so the
 * tagger's person readings of a cued organisation's name become organisation readings (a form of
 * address still marks a person: "Mr Harlow" beside Harlow the carmaker). Returns the candidates, the
 * retyped ones as copies.
 */
function withCuedOrganizations(
  candidates: readonly Candidate[],
  cuedOrganizations: ReadonlySet<string>,
): Candidate[] {
  return candidates.map((candidate) => {
    const isRetyped =
      candidate.source === "tagger" &&
      candidate.type === "PERSON" &&
      !candidate.key &&
      !HONORIFIC_RE.test(candidate.surface) &&
      cuedOrganizations.has(stripAddress(candidate.surface));
    if (!isRetyped) return candidate;
    const { title: _title, ...rest } = candidate;
    return { ...rest, type: "ORGANIZATION" };
  });
}

/**
 * Names the article shows to be a work by the words beside one of their mentions ("the film Vera
 * Drake", "Wolf Brother, a fantasy set…"), without a form of address, and not the surname of a
 * person the article names in full ("the biopic Kinsey" beside "Alfred Kinsey": a bare "Kinsey" may
 * be either).
 */
function findCuedWorks(candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set(
    candidates
      .filter((candidate) => candidate.type === "PERSON")
      .map((candidate) => stripAddress(candidate.surface).split(WHITESPACE_RE))
      .filter((words) => words.length > 1)
      .map((words) => words.at(-1) as string),
  );
  const names = new Set<string>();
  for (const candidate of candidates) {
    const name = candidate.surface.replace(LEADING_THE_RE, "");
    if (!candidate.isCued || candidate.type !== "OTHER" || candidate.key) continue;
    if (HONORIFIC_RE.test(candidate.surface) || surnames.has(name)) continue;
    names.add(name);
  }
  return names;
}

/**
 * "the film Vera Drake" beside "Vera Drake has 11 nominations" read as a person: one name is one
 * work in the whole article, so the tagger's person readings of a cued work's name become work
 * readings, and the vote types them together (a form of address still marks a person). Returns
 * the candidates, the retyped ones as copies.
 */
function withCuedWorks(
  candidates: readonly Candidate[],
  cuedWorks: ReadonlySet<string>,
): Candidate[] {
  if (cuedWorks.size === 0) return [...candidates];
  return candidates.map((candidate) => {
    const isRetyped =
      candidate.source === "tagger" &&
      candidate.type === "PERSON" &&
      !candidate.key &&
      !candidate.title &&
      !HONORIFIC_RE.test(candidate.surface) &&
      cuedWorks.has(candidate.surface.replace(LEADING_THE_RE, ""));
    return isRetyped ? { ...candidate, type: "OTHER" } : candidate;
  });
}

/**
 * "T Varrow scored" read as a firm beside "Tobias Varrow": an initial and the surname of one of
 * the article's people is a person's name (which of them it is, the initial-form rules decide).
 * Unlisted and uncued names only: a listed firm keeps its key, a cued one its cue. Returns the
 * candidates, the retyped ones as copies.
 */
function withInitialFormPeople(candidates: readonly Candidate[]): Candidate[] {
  const fullNames = candidates
    .filter((candidate) => isPersonLike(candidate))
    .map((candidate) => normalizeKey(personName(candidate.surface)))
    .filter((name) => name.includes(" ") && !splitInitialForm(name));
  return candidates.map((candidate) => {
    if (
      candidate.source !== "tagger" ||
      candidate.type !== "ORGANIZATION" ||
      candidate.key ||
      candidate.isCued
    )
      return candidate;
    const surname = splitInitialForm(candidate.surface)?.[1];
    if (!surname || !fullNames.some((name) => name.endsWith(` ${surname}`))) return candidate;
    return { ...candidate, type: "PERSON" };
  });
}

/** Resolves candidates into entities: gazetteer identities, full names for short forms, acronyms, metonymy. */
export function resolveMentions(candidates: Candidate[], sentences: Sentence[]): Resolution {
  // "Pirates" + "Caribbean" → "Pirates of the Caribbean": one name, before anything reads it.
  const joined = joinOfNames(candidates, sentences);
  const cuedOrganizations = findCuedOrganizations(joined);
  const cued = withCuedWorks(
    withCuedOrganizations(joined, cuedOrganizations),
    findCuedWorks(joined),
  );
  const ordered = withInitialFormPeople(cued).sort((a, b) => a.start - b.start || b.end - a.end);
  const people = indexPeople(ordered, sentences);

  // "ICC" → "International Criminal Court", "LA" → "Los Angeles", "IE" → "Internet Explorer"
  // when the article spells it out: a name of any type but a person's, by its key.
  const expansions = new Map<string, Set<string>>();
  const spelledOut = new Map<string, SpelledOutName>();
  for (const candidate of ordered) {
    if (candidate.type === "PERSON" || candidate.isMetonymy) continue;
    const name = (candidate.canonical ?? candidate.surface).replace(LEADING_THE_RE, "");
    // "FA cup": initials from one capitalised word are that word, not an expansion of it.
    const capitalised = name.split(WORD_OR_HYPHEN_RE).filter((w) => CAPITALISED_WORD_RE.test(w));
    if (capitalised.length < 2) continue;
    const key = candidate.key ?? normalizeKey(name);
    if (!spelledOut.has(key)) spelledOut.set(key, { type: candidate.type, key, name });
    for (const initials of initialsOf(name))
      if (initials.length >= 2) addTo(expansions, initials, key);
  }

  const definedAcronyms = findDefinedAcronyms(ordered, sentences);
  const loneNames = new Set(
    ordered
      .filter(
        (candidate) =>
          isPersonLike(candidate) && !WHITESPACE_RE.test(personName(candidate.surface)),
      )
      .map((candidate) => normalizeKey(personName(candidate.surface))),
  );
  const { heads, organizations } = indexOrganizationHeads(ordered);

  const assignments: Assignment[] = [];
  for (const candidate of ordered) {
    const isMetonymy = candidate.isMetonymy === true;
    const language = languageOf(candidate, sentences);
    if (language) {
      // "English-language daily": the mention is the language's name, not the whole compound.
      const compound = LANGUAGE_COMPOUND_RE.exec(candidate.surface)?.[1];
      assignments.push({
        candidate: compound
          ? { ...candidate, end: candidate.start + compound.length, surface: compound }
          : candidate,
        type: "OTHER",
        key: normalizeKey(language),
        name: language,
        isMetonymy: false,
        voted: false,
        hasDescriptor: true,
      });
      continue;
    }
    // "Wada" tagged a person where the article wrote "World Anti-Doping Agency (Wada)".
    const definedKey = definedAcronyms.get(candidate.surface);
    const defined = definedKey === undefined ? undefined : spelledOut.get(definedKey);
    if (defined && defined.key !== candidate.key && isOtherThanListed(candidate, defined)) {
      const voted = defined.key === normalizeKey(defined.name);
      const type = voted && candidate.type !== "PERSON" ? candidate.type : defined.type;
      assignments.push({ candidate, ...defined, type, isMetonymy: false, voted });
      continue;
    }
    if (candidate.key) {
      const name = candidate.canonical ?? candidate.surface;
      assignments.push({
        candidate,
        type: candidate.type,
        key: candidate.key,
        name,
        isMetonymy,
        voted: false,
      });
      continue;
    }
    const bare = personName(candidate.surface);
    const words = bare.split(WHITESPACE_RE);
    // A team line-up's one-word names are players: the curated list's statesmen are not read there.
    const sentence = words.length === 1 ? sentences[candidate.sentenceIndex] : undefined;
    const inLineUp = sentence !== undefined && isLineUp(sentence);
    // "Blinken" typed ORG in one sentence, "Antony Blinken" a person in another: the person.
    // "Hollande" tagged a place, with no full name in the article: a listed surname that stands alone.
    // "Harlow, the US car company" beside "Bill Harlow": a name the article cues as a firm is the firm.
    const isKnownPerson =
      candidate.source === "tagger" &&
      !(candidate.type === "ORGANIZATION" && cuedOrganizations.has(bare)) &&
      (people.fullNames.has(bare) ||
        (words.length === 1 && only(people.byLast.get(normalizeKey(bare))) !== undefined) ||
        (words.length === 1 &&
          !candidate.key &&
          !people.byWord.has(normalizeKey(bare)) &&
          !inLineUp &&
          lookupPersonBySurname(bare) !== undefined));
    // "Kiroshi is predicting profits" beside "Kiroshi Breweries": an organisation, typed by the
    // vote of its mentions; it joins the one longer name it opens unless that name is a place's
    // branch ("Yukos USA") or holds a lowercase word (see findOpenedOrganization).
    if (!isKnownPerson && opensOrganizationName(candidate, organizations, people, loneNames)) {
      const partnership = findPartnership(
        candidate.surface.replace(POSSESSIVE_RE, ""),
        organizations,
      );
      if (partnership) {
        assignments.push({ candidate, ...partnership, isMetonymy, voted: false });
        continue;
      }
      // "Orbital's band" beside "Orbital Music": the firm's short name, when nothing says otherwise.
      const opened = findOpenedOrganization(candidate.surface, organizations, people);
      if (opened) {
        assignments.push({ candidate, ...opened, isMetonymy, voted: false });
        continue;
      }
      const name = stripAddress(candidate.surface);
      const key = normalizeKey(name);
      assignments.push({ candidate, type: "ORGANIZATION", key, name, isMetonymy, voted: true });
      continue;
    }
    if (isPersonLike(candidate) || isKnownPerson) {
      const royal = words.length === 1 ? givenNameTitleBefore(candidate, sentences) : undefined;
      const name =
        royal === undefined
          ? resolvePersonName(bare, people, inLineUp)
          : (lookupPersonByName(`${royal} ${bare}`) ?? `${royal} ${bare}`);
      const resolved =
        name !== bare ||
        isKnownPerson ||
        words.length > 1 ||
        lookupPersonByName(bare) !== undefined;
      assignments.push({
        candidate,
        type: "PERSON",
        key: normalizeKey(name),
        name,
        isMetonymy,
        voted: !resolved,
        // "Olaf Schulz" for "Olaf Scholz": a slip is no other name of the person.
        ...((bare !== stripAddress(candidate.surface) || people.misspelt.has(bare)) && {
          hasDescriptor: true as const,
        }),
        ...(isGivenNameOf(bare, name) && { isPartialName: true as const }),
      });
      continue;
    }
    if (ACRONYM_RE.test(candidate.surface)) {
      const key = only(expansions.get(candidate.surface.replace(DOTS_RE, "")));
      const expansion = key === undefined ? undefined : spelledOut.get(key);
      if (expansion) {
        // An unlisted full name's type is its mentions' vote, which the acronym joins with its own.
        const voted = expansion.key === normalizeKey(expansion.name);
        const type = voted ? candidate.type : expansion.type;
        assignments.push({ candidate, ...expansion, type, isMetonymy, voted });
        continue;
      }
    }
    // "the Commission" after "European Commission": a head noun alone names the one body it heads.
    const bareName = candidate.surface.replace(LEADING_THE_RE, "");
    if (candidate.type === "ORGANIZATION" || candidate.type === "OTHER") {
      const organization =
        findPartialName(bareName, organizations) ?? findShortCompanyName(bareName, organizations);
      if (organization) {
        assignments.push({ candidate, ...organization, isMetonymy, voted: false });
        continue;
      }
    }
    if (candidate.type === "ORGANIZATION" && !WHITESPACE_RE.test(bareName)) {
      const organization = findOpenedOrganization(bareName, organizations, people);
      if (organization) {
        assignments.push({ candidate, ...organization, isMetonymy, voted: false });
        continue;
      }
      const head = only(heads.get(bareName));
      if (head) {
        assignments.push({ candidate, ...head, isMetonymy, voted: false });
        continue;
      }
    }
    // "the Union" with no union named in full: a generic head alone is no entity of its own.
    if (candidate.type !== "PERSON" && GENERIC_HEADS.has(stripAddress(bareName))) continue;
    // "PC sales", "ID cards", "on TV": a common noun in capitals names no one thing.
    if (candidate.type !== "PERSON" && COMMON_NOUN_ACRONYMS.has(bareName.replace(PLURAL_S_RE, "")))
      continue;
    const written = candidate.surface.replace(LEADING_THE_RE, "") || candidate.surface;
    // "anti-Islam" names Islam, as "Anti-NATO" names NATO; "ex-Chancellor" names no one.
    // "PCs", "GPs": the plural of an acronym names what the acronym does, never the "PCS" union
    // or the "GPS" system its letters fold to, so it is named and keyed as the acronym.
    const name = written.replace(PREFIXED_NAME_RE, "").replace(ACRONYM_PLURAL_RE, "$1");
    if (name !== written && lookupTitle(name)) continue;
    assignments.push({
      candidate,
      type: candidate.type,
      key: normalizeKey(name),
      name,
      isMetonymy,
      voted: true,
      ...(name !== written && { hasDescriptor: true as const }),
    });
  }

  keyInstitutionsByCountry(assignments);
  joinListedNamesakes(assignments);
  joinSpellingVariants(assignments);

  // "Rosneft" tagged PER once and ORG twice: one name in one article is one entity, typed by vote.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const item of assignments) {
    if (!item.voted) continue;
    const tally = votes.get(item.key) ?? new Map<EntityType, number>();
    // "Demos" as MISC once and ORG once: OTHER is the tagger's least specific guess, so it yields.
    const weight = item.candidate.isCued
      ? CUED_VOTE_WEIGHT
      : VOTE_WEIGHT[item.candidate.source] * (item.type === "OTHER" ? 0.5 : 1);
    tally.set(item.type, (tally.get(item.type) ?? 0) + weight);
    votes.set(item.key, tally);
  }
  const winners = new Map<string, EntityType>();
  for (const [key, tally] of votes) {
    let best: EntityType | undefined;
    let bestCount = 0;
    // Map order is first-seen order, so ties go to the type the article used first.
    for (const [type, count] of tally) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    if (best) winners.set(key, best);
  }

  const entityIndex = new Map<string, number>();
  const entities: ExtractedEntity[] = [];
  const aliasSets: Set<string>[] = [];
  const mentions: ExtractedMention[] = [];
  const mentionCandidates: Candidate[] = [];
  for (const item of assignments) {
    if (!item.key) continue;
    const type = item.voted ? (winners.get(item.key) ?? item.type) : item.type;
    const groupKey = `${type}\u0000${item.key}`;
    let entity = entityIndex.get(groupKey);
    if (entity === undefined) {
      entity = entities.length;
      entityIndex.set(groupKey, entity);
      // "Leeds": a place the gazetteer or GeoNames knows, or a country, carries its map position.
      const coordinates =
        type === "PLACE"
          ? (findPlaceFacts(item.key)?.coordinates ?? null)
          : type === "COUNTRY"
            ? (COUNTRY_COORDINATES.get(item.key) ?? null)
            : null;
      entities.push({ type, key: item.key, name: item.name, aliases: [], coordinates });
      aliasSets.push(new Set());
    }
    const record = entities[entity] as ExtractedEntity;
    const aliases = aliasSets[entity] as Set<string>;
    const surface = item.candidate.surface;
    if (
      surface !== record.name &&
      !aliases.has(surface) &&
      !item.hasDescriptor &&
      !item.isPartialName &&
      isAliasOf(item.candidate, item.isMetonymy, record.name)
    ) {
      aliases.add(surface);
      record.aliases.push(surface);
    }
    mentions.push({
      entity,
      sentenceIndex: item.candidate.sentenceIndex,
      start: item.candidate.start,
      end: item.candidate.end,
      surface,
      title: item.candidate.title?.title ?? null,
      isMetonymy: item.isMetonymy,
    });
    mentionCandidates.push(item.candidate);
  }
  return { entities, mentions, candidates: mentionCandidates };
}
