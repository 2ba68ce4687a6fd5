/**
 * Named nominals: AGREEMENT / EVENT / OTHER mentions ("the AUKUS pact", "World War II"), listed
 * or built from a proper modifier and a head noun. They may contain entity-layer mentions
 * ("Russian invasion of Ukraine" holds Russia and Ukraine); the relations stage reads the nested
 * entities as participants.
 */

import {
  AGREEMENT_HEADS,
  COMPOUND_WORDS,
  EVENT_HEADS,
  NAME_PREFIXES,
  NOMINAL_SEEDS,
  OF_COMPLEMENT_HEADS,
  PROJECT_HEADS,
  TO_COMPLEMENT_HEADS,
} from "../../model/gazetteers/nominals.js";
import { ORGANIZATION_HEADS } from "../../model/lexicons/name-heads.js";
import {
  GENERIC_OWNED_HEADS,
  MODIFIED_NOUNS,
  NON_PROPER_WORDS,
  VERBLIKE_HEADS,
} from "../../model/lexicons/nominal-cues.js";
import { HONORIFICS } from "../../model/lexicons/titles-of-office.js";
import type { Token } from "../../types.js";
import { ENTITY_TRIE, NOMINAL_TRIE, SURFACE_INDEX } from "./build-gazetteer.js";
import { firstTokenKeys, isSentenceStart, matchGazetteerAt } from "./entity-mentions.js";
import type { NominalMention, NominalType } from "./gazetteer-types.js";
import {
  ACRONYM_RE,
  ALL_CAPS_RE,
  LEADING_THE_RE,
  normaliseText,
  POSSESSIVE_MARKERS,
  THE,
  titleCaseCaps,
} from "./surface-text.js";
import { matchTrie, type TrieMatch } from "./surface-trie.js";

const UPPERCASE_START_RE = /^\p{Lu}/u;

const HEAD_TYPES = new Map<string, NominalType>([
  ...EVENT_HEADS.map((head): [string, NominalType] => [head, "EVENT"]),
  ...PROJECT_HEADS.map((head): [string, NominalType] => [head, "OTHER"]),
  ...AGREEMENT_HEADS.map((head): [string, NominalType] => [head, "AGREEMENT"]),
]);
const MULTIWORD_HEADS = [...HEAD_TYPES.keys()]
  .filter((head) => head.includes(" "))
  .map((head) => head.split(" "));
/**
 * The multi-word heads by their first word, in MULTIWORD_HEADS' order: matchHead is asked of every
 * token, and almost no token opens one.
 */
const MULTIWORD_HEADS_BY_FIRST = new Map<string, string[][]>();
for (const words of MULTIWORD_HEADS) {
  const first = words[0] ?? "";
  const list = MULTIWORD_HEADS_BY_FIRST.get(first);
  if (list) list.push(words);
  else MULTIWORD_HEADS_BY_FIRST.set(first, [words]);
}
const COMPOUNDS = new Set(COMPOUND_WORDS);
const OF_HEADS = new Set(OF_COMPLEMENT_HEADS);
const TO_HEADS = new Set(TO_COMPLEMENT_HEADS);
const PREFIX_RE = new RegExp(`^(?:${NAME_PREFIXES.join("|")})-(?=\\p{Lu})`, "u");
const ROMAN_OR_NUMBER_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})$/;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const VERBLIKE: ReadonlySet<string> = new Set(VERBLIKE_HEADS);
const PROJECTS: ReadonlySet<string> = new Set(PROJECT_HEADS);
const MODIFIED: ReadonlySet<string> = new Set(MODIFIED_NOUNS);
const GENERIC_OWNED: ReadonlySet<string> = new Set(GENERIC_OWNED_HEADS);

/** Index of the last possessive marker in tokens[from, to), or -1 ("Labour 's" → 1). */
function lastPossessiveIn(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1)
    if (POSSESSIVE_MARKERS.has(tokens[i]?.text ?? "")) return i;
  return -1;
}

/**
 * "the BBC World Service programme Go Digital": a lower-case project head with a name right after
 * it describes that name, whose maker the modifier is; no project is named "… programme". A form
 * of address after it starts a clause instead ("on the Today programme Mr Hale said").
 */
function describesNameAfter(tokens: readonly Token[], head: string, end: number): boolean {
  const next = tokens[end]?.text ?? "";
  return PROJECTS.has(head) && UPPERCASE_START_RE.test(next) && !HONORIFICS.has(next.toLowerCase());
}
const NON_PROPER: ReadonlySet<string> = new Set(NON_PROPER_WORDS);
/** Heads of events held again and again (competitions listed without a head have ""). */
const RECURRING_EVENT_HEADS: ReadonlySet<string> = new Set([
  "games",
  "world cup",
  "cup",
  "championship",
  "championships",
  "league",
  "conference",
  "dialogue",
  "summit",
  "festival",
  "election",
  "elections",
]);

/** True when token i can modify a head as a proper noun ("AUKUS", "Chinese", "Xi-Putin", "Mao"). */
function isProperModifier(tokens: readonly Token[], i: number, allowYear: boolean): boolean {
  const text = normaliseText(tokens[i]?.text ?? "");
  if (text === "") return false;
  if (allowYear && YEAR_RE.test(text)) return true;
  if (!UPPERCASE_START_RE.test(text) || NON_PROPER.has(text)) return false;
  if (!isSentenceStart(tokens, i)) return true;
  // Sentence-initial capitals prove nothing unless the word is known or clearly a name.
  if (ACRONYM_RE.test(text) || text.includes("-")) return true;
  if (ENTITY_TRIE.get(text)?.hit || NOMINAL_TRIE.get(text)?.hit) return true;
  const next = tokens[i + 1]?.text ?? "";
  return POSSESSIVE_MARKERS.has(next) || UPPERCASE_START_RE.test(next);
}

/** Matches a head noun ending at or starting at h; returns its length and lowercase form. */
function matchHead(
  tokens: readonly Token[],
  h: number,
): { length: number; head: string; type: NominalType } | undefined {
  const lower = tokens[h]?.text.toLowerCase() ?? "";
  for (const words of MULTIWORD_HEADS_BY_FIRST.get(lower) ?? []) {
    const matches = words.every((word, k) => tokens[h + k]?.text.toLowerCase() === word);
    const head = words.join(" ");
    const type = HEAD_TYPES.get(head);
    if (matches && type) return { length: words.length, head, type };
  }
  const type = HEAD_TYPES.get(lower);
  return type ? { length: 1, head: lower, type } : undefined;
}

/** Extends a nominal over "of [the] Proper…" / "to Proper…" complements; returns the new end. */
function extendComplement(
  tokens: readonly Token[],
  end: number,
  words: ReadonlySet<string>,
): number {
  const preposition = tokens[end]?.text.toLowerCase();
  if (!preposition || !words.has(preposition)) return end;
  let j = end + 1;
  if (THE.has(tokens[j]?.text ?? "")) j += 1;
  const first = j;
  while (
    j < tokens.length &&
    UPPERCASE_START_RE.test(tokens[j]?.text ?? "") &&
    !NON_PROPER.has(tokens[j]?.text ?? "")
  )
    j += 1;
  if (j === first) return end;
  // "the withdrawal of Russian troops": a demonym complement modifies a common noun.
  const last = matchGazetteerAt(tokens, j - 1);
  if (last?.via === "demonym" && last.end === j) return end;
  return j;
}

/**
 * Classifies a nominal by its head noun ("Chinese peace plan" → AGREEMENT, "Xi-Putin summit" →
 * EVENT, "gas pipeline" → OTHER); listed names win ("Power of Siberia-2" → OTHER).
 */
export function classifyNominal(tokens: readonly string[]): NominalType | undefined {
  const listed = SURFACE_INDEX.get(normaliseText(tokens.join(" ")).replace(LEADING_THE_RE, ""));
  const listedType = listed?.entry.type;
  if (listedType === "AGREEMENT" || listedType === "EVENT" || listedType === "OTHER")
    return listedType;
  const lower = tokens.map((token) => token.toLowerCase());
  // The head is the last word, or the word before an "of"/"in"/"to" complement ("Treaty of Versailles").
  for (let i = lower.length - 1; i >= 0; i -= 1) {
    for (const words of MULTIWORD_HEADS) {
      const head = words.join(" ");
      if (i + 1 >= words.length && lower.slice(i + 1 - words.length, i + 1).join(" ") === head)
        return HEAD_TYPES.get(head);
    }
    const type = HEAD_TYPES.get(lower[i] ?? "");
    const next = lower[i + 1];
    if (type && (next === undefined || next === "of" || next === "in" || next === "to"))
      return type;
  }
  return undefined;
}

const NOMINAL_HEADS_BY_KEY = new Map(NOMINAL_SEEDS.map((seed) => [seed.key, seed.head]));

/** A listed nominal written in headline capitals ("WORLD WAR II"): acronyms excluded. */
function matchCapsNominal(tokens: readonly Token[], i: number): TrieMatch | undefined {
  const text = normaliseText(tokens[i]?.text ?? "");
  return text.length >= 3 && ALL_CAPS_RE.test(text)
    ? matchTrie(NOMINAL_TRIE, tokens, i, [titleCaseCaps(text)], true)
    : undefined;
}

/** Listed nominals ("Cold War", "the Minsk agreements"), allowing "post-World War II". */
function findListedNominals(tokens: readonly Token[]): NominalMention[] {
  const found: NominalMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const keys = firstTokenKeys(tokens, i);
    const text = normaliseText(tokens[i]?.text ?? "");
    const unprefixed = text.replace(PREFIX_RE, "");
    if (unprefixed !== text) keys.push(unprefixed);
    const match = matchTrie(NOMINAL_TRIE, tokens, i, keys) ?? matchCapsNominal(tokens, i);
    if (match) {
      const entry = match.hit.entry;
      const seed = NOMINAL_HEADS_BY_KEY.get(entry.key) ?? "";
      found.push({
        start: i,
        end: match.end,
        type: entry.type as NominalType,
        head: seed,
        key: entry.key,
        canonical: entry.canonical,
      });
      i = match.end;
    } else {
      i += 1;
    }
  }
  return found;
}

/** Nominals built from a proper modifier and a head noun ("Chinese peace plan", "Xi-Putin summit"). */
function findPatternNominals(tokens: readonly Token[]): NominalMention[] {
  const found: NominalMention[] = [];
  for (let h = 0; h < tokens.length; h += 1) {
    const head = matchHead(tokens, h);
    if (!head) continue;
    const headText = tokens[h]?.text ?? "";
    // "WALES BEAT SAN MARINO IN WORLD CUP": headline capitals say nothing about names.
    if (ALL_CAPS_RE.test(headText)) continue;
    const headCapitalised = UPPERCASE_START_RE.test(headText) && !isSentenceStart(tokens, h);
    // Walk left over lowercase compound words ("peace" in "Chinese peace plan").
    let k = h - 1;
    let compounds = 0;
    while (k >= 0 && compounds < 3 && COMPOUNDS.has(tokens[k]?.text ?? "")) {
      k -= 1;
      compounds += 1;
    }
    // Then over the proper modifiers, possessives included ("China's", "Mao’s"); a capitalised
    // head makes a name, which ends at the possessive: "England's Champions League" is England
    // then the league, as "Labour's election" is Labour's, of Labour.
    let m = k;
    const allowYear = head.type === "EVENT";
    while (m >= 0) {
      const text = tokens[m]?.text ?? "";
      if (POSSESSIVE_MARKERS.has(text) && m > 0 && isProperModifier(tokens, m - 1, false)) {
        if (headCapitalised && m < k) break;
        m -= 2;
        continue;
      }
      if (!isProperModifier(tokens, m, allowYear)) break;
      m -= 1;
    }
    let start = m + 1;
    let end = h + head.length;
    // "Labour's election campaign": a noun after a lower-case head is the compound's own head,
    // which the possessive owns; only proper modifiers after the owner stay with the nominal
    // ("Labour's 1997 election win" names the 1997 election). A capital head is a name's
    // however it is placed ("Ulster Schools' Cup success").
    const headLowercase = !UPPERCASE_START_RE.test(headText);
    if (headLowercase && MODIFIED.has(tokens[end]?.text ?? "")) {
      const owner = lastPossessiveIn(tokens, start, k + 1);
      if (owner >= 0) start = owner + 1;
    }
    // "the BBC's Newsnight programme": a named programme or project is its maker's, and its name
    // ends at the maker's possessive, as a capitalised head's does ("Halberg's Tide Organ Project");
    // not when a capital before the run says the possessive is inside a name ("New Year's Eve").
    const openedByCapital = UPPERCASE_START_RE.test(tokens[start - 1]?.text ?? "");
    if (PROJECTS.has(head.head) && !openedByCapital) {
      const maker = lastPossessiveIn(tokens, start, k + 1);
      if (maker >= 0 && maker < k) start = maker + 1;
    }
    const hasModifier = start <= k;
    if (!hasModifier) start = h;
    if (headCapitalised && ROMAN_OR_NUMBER_RE.test(tokens[end]?.text ?? "")) end += 1;
    const determined = THE.has(tokens[start - 1]?.text ?? "");
    let extended = end;
    if (OF_HEADS.has(head.head) || headCapitalised)
      extended = extendComplement(tokens, end, new Set(["of"]));
    else if (head.head === "war" && determined)
      extended = extendComplement(tokens, end, new Set(["in"]));
    else if (TO_HEADS.has(head.head) && hasModifier)
      extended = extendComplement(tokens, end, new Set(["to"]));
    // "the invasion of Ukraine": no modifier before, but a determiner and a proper complement.
    if (!hasModifier && !(extended > end && (determined || headCapitalised))) continue;
    if (!headCapitalised && extended === end && describesNameAfter(tokens, head.head, end))
      continue;
    // "Microsoft's program", "China's crackdown": an everyday head with only its owner before it
    // is the owner's thing, not a name; "China's peace plan" and "Nixon's visit" stay.
    if (
      headLowercase &&
      hasModifier &&
      compounds === 0 &&
      extended === end &&
      POSSESSIVE_MARKERS.has(tokens[k]?.text ?? "") &&
      GENERIC_OWNED.has(head.head)
    )
      continue;
    end = extended;
    // "the Socialist Equality Party visit:" is a verb; a noun reading needs a determiner,
    // a possessive, a compound word or a demonym ("Xi's visit", "the Chinese peace plan").
    if (VERBLIKE.has(head.head) && tokens[end]?.text === ":") continue;
    if (VERBLIKE.has(head.head) && hasModifier && !determined && compounds === 0) {
      const possessive = tokens
        .slice(start, k + 1)
        .some((token) => POSSESSIVE_MARKERS.has(token.text));
      const demonym = matchGazetteerAt(tokens, start)?.via === "demonym";
      const listed =
        k === start &&
        NOMINAL_TRIE.get(normaliseText(tokens[start]?.text ?? ""))?.hit !== undefined;
      if (!possessive && !demonym && !listed) continue;
    }
    // "the NATO alliance" is NATO itself, not an agreement.
    if (head.head === "alliance" && hasModifier && k - start < 3) {
      const modifier = matchGazetteerAt(tokens, start);
      if (modifier?.type === "ORGANIZATION" && modifier.end === k + 1) continue;
    }
    found.push({ start, end, type: head.type, head: head.head });
    h = end - 1;
  }
  return found;
}

/**
 * Finds named agreements, events and projects in one sentence: listed ones ("World War II",
 * "the Minsk agreements", "Power of Siberia-2") and proper-modifier + head-noun patterns
 * ("the AUKUS pact", "Chinese peace plan", "Xi-Putin summit"). Spans exclude the article.
 * Generic phrases without a proper noun ("a deal", "the war") are not mentions.
 */
export function findNominalMentions(tokens: readonly Token[]): NominalMention[] {
  const listed = findListedNominals(tokens);
  const patterned = findPatternNominals(tokens);
  const result: NominalMention[] = [];
  const absorbed = new Set<NominalMention>();
  for (const pattern of patterned) {
    const overlapping = listed.filter((l) => l.start < pattern.end && pattern.start < l.end);
    // A listed nominal as wide as the pattern wins; one inside it lends its key ("AUKUS" in "AUKUS pact").
    if (overlapping.some((l) => l.start <= pattern.start && l.end >= pattern.end)) continue;
    if (overlapping.some((l) => l.start < pattern.start || l.end > pattern.end)) continue;
    const inner = overlapping.find((l) => l.type === pattern.type);
    for (const l of overlapping) absorbed.add(l);
    // "Rugby World Cup", "2003 World Cup", "Athens Olympics": words around a recurring event
    // name another competition or one edition, not the series; "2022 Ukraine war" is the war,
    // and an owner before it ("Paula's Olympics") is not part of the event's name.
    const isEdition =
      inner?.type === "EVENT" &&
      (inner.head === "" || RECURRING_EVENT_HEADS.has(inner.head)) &&
      (inner.start > pattern.start || inner.end < pattern.end) &&
      !tokens.slice(pattern.start, inner.start).some((token) => POSSESSIVE_MARKERS.has(token.text));
    result.push(
      inner?.key && inner.canonical && !isEdition
        ? { ...pattern, key: inner.key, canonical: inner.canonical }
        : pattern,
    );
  }
  for (const l of listed) if (!absorbed.has(l)) result.push(l);
  // "the North Atlantic Treaty Organization", "the Brexit Party": a head of an organisation's
  // name right after it makes the words part of the organisation's name, not a treaty or event.
  return result
    .filter((nominal) => !ORGANIZATION_HEADS.has(tokens[nominal.end]?.text ?? ""))
    .sort((a, b) => a.start - b.start);
}
