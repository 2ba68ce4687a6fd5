/**
 * Titles of office and the polity they qualify: "Chinese President Xi Jinping" becomes a role
 * (President, LEADER, of China) instead of part of a name. Honorifics (Mr., Dr.) are not titles:
 * they are only stripped from names.
 */

import type { EntityType } from "../../domain/vocabulary.js";
import { MARKET_LEADER_WORDS } from "../model/lexicons/companies.js";
import {
  APPOSITION_CLOSERS,
  HONORIFICS,
  PARTY_ADJECTIVES,
  TITLE_DETERMINERS,
  TITLE_MODIFIERS,
  TITLE_ROWS,
  type TitleRole,
} from "../model/lexicons/titles-of-office.js";
import type { Token } from "../types.js";
import { matchGazetteerAt } from "./gazetteer/entity-mentions.js";
import { findEntryByKey } from "./gazetteer/gazetteer-lookups.js";
import type { GazetteerMention, GazetteerRef, MatchVia } from "./gazetteer/gazetteer-types.js";
import { POSSESSIVE_MARKERS } from "./gazetteer/surface-text.js";

/** A run of whitespace, collapsed to one space. */
const WHITESPACE_RUN_RE = /\s+/g;
/** Curly apostrophes, straightened. */
const CURLY_APOSTROPHE_RE = /[’]/g;
/** A capitalised word. */
const UPPERCASE_START_RE = /^\p{Lu}/u;

/** One title of office in the lexicon. */
export interface TitleEntry {
  /** Display form ("Secretary of State"). */
  title: string;
  role: TitleRole;
  /** Lowercase spellings, tokens separated by spaces ("secretary-general", "secretary general"). */
  variants: string[];
  /** Key of the polity the title itself names ("Pope" → the Holy See), when it names one. */
  implies?: string;
}

/** The entity a title is qualified by ("Chinese" in "Chinese President", "UN" in "UN Secretary-General"). */
export interface TitleQualifier {
  surface: string;
  key: string;
  canonical: string;
  type: EntityType;
  via: MatchVia | "party-adjective";
}

/** A title found next to a person's name (token indices, end exclusive). */
export interface TitleMatch {
  /** Display form, with "Deputy"/"Vice" folded in when present ("Deputy Foreign Minister"). */
  title: string;
  /** The words as written, qualifier included ("US president"). */
  surface: string;
  role: TitleRole;
  /** The polity the text names; undefined when the text does not say ("Secretary of State Antony Blinken"). */
  of: TitleQualifier | undefined;
  /** The polity the title itself names ("Pope" → Holy See), for the resolver to use when `of` is absent. */
  implied?: GazetteerRef;
  /** Time and status words ("former", "acting", "then"). */
  modifiers: string[];
  start: number;
  end: number;
}

/** Every title of office, built from the lexicon rows in model/lexicons/titles-of-office.ts. */
export const TITLES: readonly TitleEntry[] = TITLE_ROWS.map(([title, role, variants, implies]) => ({
  title,
  role,
  variants: variants.split("|"),
  ...(implies ? { implies } : {}),
}));

const TITLE_BY_VARIANT = new Map<string, TitleEntry>();
for (const entry of TITLES)
  for (const variant of entry.variants) TITLE_BY_VARIANT.set(variant, entry);
const MAX_TITLE_TOKENS = Math.max(
  ...[...TITLE_BY_VARIANT.keys()].map((variant) => variant.split(" ").length),
);

/** Words that make a title a deputy's post ("Deputy Foreign Minister"). */
const DEPUTY_WORDS = new Set(["deputy", "vice", "assistant", "under", "associate"]);
/** "then-President", "ex-President": a modifier glued on by a hyphen. */
const GLUED_MODIFIER_RE = /^(then|ex|former)-(.+)$/i;

/** True for forms of address that are not offices (Mr., Mrs., Ms., Dr.): strip them from names. */
export function isHonorific(token: string): boolean {
  return HONORIFICS.has(token.toLowerCase());
}

/** Finds a title by any spelling ("secretary general", "Defense Secretary"). */
export function lookupTitle(surface: string): TitleEntry | undefined {
  return TITLE_BY_VARIANT.get(surface.trim().toLowerCase().replace(WHITESPACE_RUN_RE, " "));
}

function lowerText(tokens: readonly Token[], i: number): string {
  const text = (tokens[i]?.text ?? "").toLowerCase();
  return text.replace(CURLY_APOSTROPHE_RE, "'");
}

function joinSurface(tokens: readonly Token[], start: number, end: number): string {
  let surface = "";
  for (let i = start; i < end; i += 1) {
    const text = tokens[i]?.text ?? "";
    surface += i === start || POSSESSIVE_MARKERS.has(text) || text === "," ? text : ` ${text}`;
  }
  return surface;
}

interface FoundTitle {
  entry: TitleEntry;
  start: number;
  end: number;
  deputy: string | undefined;
  glued: string | undefined;
}

/** Title whose tokens span [start, end); the first token may carry "then-"/"ex-". */
function titleOver(
  tokens: readonly Token[],
  start: number,
  end: number,
): { entry: TitleEntry; glued?: string } | undefined {
  const words: string[] = [];
  let glued: string | undefined;
  for (let i = start; i < end; i += 1) {
    let word = lowerText(tokens, i);
    if (i === start) {
      const match = GLUED_MODIFIER_RE.exec(word);
      if (match?.[1] && match[2]) {
        glued = match[1];
        word = match[2];
      }
    }
    words.push(word);
  }
  const entry = TITLE_BY_VARIANT.get(words.join(" "));
  return entry ? { entry, ...(glued ? { glued } : {}) } : undefined;
}

/** Longest title ending at token `last` (inclusive), with a "deputy"/"vice" word before it. */
function findTitleEndingAt(tokens: readonly Token[], last: number): FoundTitle | undefined {
  for (let length = Math.min(MAX_TITLE_TOKENS, last + 1); length >= 1; length -= 1) {
    const start = last - length + 1;
    const found = titleOver(tokens, start, last + 1);
    if (!found) continue;
    const before = lowerText(tokens, start - 1);
    // "market leader Nintendo": the firm's standing in its market, no person's post.
    if (length === 1 && lowerText(tokens, start) === "leader" && MARKET_LEADER_WORDS.has(before))
      return undefined;
    const deputy = DEPUTY_WORDS.has(before) ? before : undefined;
    return {
      entry: found.entry,
      start: deputy ? start - 1 : start,
      end: last + 1,
      deputy,
      glued: found.glued,
    };
  }
  return undefined;
}

/** Longest title starting at token `first`, with a "deputy"/"vice" word first. */
function findTitleStartingAt(tokens: readonly Token[], first: number): FoundTitle | undefined {
  const deputyWord = lowerText(tokens, first);
  const deputy = DEPUTY_WORDS.has(deputyWord) ? deputyWord : undefined;
  const titleStart = deputy ? first + 1 : first;
  for (
    let length = Math.min(MAX_TITLE_TOKENS, tokens.length - titleStart);
    length >= 1;
    length -= 1
  ) {
    const found = titleOver(tokens, titleStart, titleStart + length);
    if (found)
      return {
        entry: found.entry,
        start: first,
        end: titleStart + length,
        deputy,
        glued: found.glued,
      };
  }
  return undefined;
}

/** A qualifier from a gazetteer mention; the Pentagon qualifies as the department, not the country. */
function qualifierFrom(
  tokens: readonly Token[],
  mention: GazetteerMention,
): TitleQualifier | undefined {
  if (mention.type !== "COUNTRY" && mention.type !== "ORGANIZATION" && mention.type !== "PLACE")
    return undefined;
  const ref = mention.literal?.type === "ORGANIZATION" ? mention.literal : mention;
  return {
    surface: joinSurface(tokens, mention.start, mention.end),
    key: ref.key,
    canonical: ref.canonical,
    type: ref.type,
    via: mention.via,
  };
}

/** An entity mention (or party adjective) that ends exactly at `end` (exclusive); returns its start too. */
function findQualifierEndingAt(
  tokens: readonly Token[],
  end: number,
): { qualifier: TitleQualifier; start: number } | undefined {
  const party = PARTY_ADJECTIVES.get(tokens[end - 1]?.text ?? "");
  for (let start = Math.max(0, end - 5); start < end; start += 1) {
    const mention = matchGazetteerAt(tokens, start);
    if (!mention || mention.end !== end) continue;
    const qualifier = qualifierFrom(tokens, mention);
    if (qualifier) return { qualifier, start };
  }
  if (party) {
    const entry = findEntryByKey(party);
    if (entry) {
      const surface = tokens[end - 1]?.text ?? "";
      return {
        qualifier: {
          surface,
          key: entry.key,
          canonical: entry.canonical,
          type: entry.type,
          via: "party-adjective",
        },
        start: end - 1,
      };
    }
  }
  return undefined;
}

/** "of [the] United Nations" starting at token `at`; returns the qualifier and the end. */
function findOfQualifier(
  tokens: readonly Token[],
  at: number,
): { qualifier: TitleQualifier; end: number } | undefined {
  if (lowerText(tokens, at) !== "of") return undefined;
  let start = at + 1;
  if (lowerText(tokens, start) === "the") start += 1;
  const mention = matchGazetteerAt(tokens, start);
  if (!mention) return undefined;
  const qualifier = qualifierFrom(tokens, mention);
  return qualifier ? { qualifier, end: mention.end } : undefined;
}

function buildMatch(
  tokens: readonly Token[],
  found: FoundTitle,
  of: TitleQualifier | undefined,
  modifiers: string[],
  start: number,
  end: number,
): TitleMatch {
  const deputised = found.deputy && found.entry.role !== "POSITION";
  const title = found.deputy
    ? `${found.deputy[0]?.toUpperCase()}${found.deputy.slice(1)} ${found.entry.title}`
    : found.entry.title;
  const implied = found.entry.implies ? findEntryByKey(found.entry.implies) : undefined;
  return {
    title,
    surface: joinSurface(tokens, start, end),
    role: deputised ? "POSITION" : found.entry.role,
    of,
    ...(implied
      ? { implied: { key: implied.key, canonical: implied.canonical, type: implied.type } }
      : {}),
    modifiers: found.glued ? [found.glued, ...modifiers] : modifiers,
    start,
    end,
  };
}

/**
 * Finds the title before a person's name starting at token `nameStart`, with its qualifier:
 * "Chinese President Xi Jinping" → President, LEADER, of China; "Secretary of State Antony
 * Blinken" → Secretary of State, POSITION, of undefined; "Secretary-General of the United
 * Nations António Guterres" → Secretary-General, LEADER, of the United Nations.
 */
export function matchTitleBefore(
  tokens: readonly Token[],
  nameStart: number,
): TitleMatch | undefined {
  let last = nameStart - 1;
  // "President Mr. Ramaphosa" is rare, but "Dr." between title and name is not.
  while (last >= 0 && isHonorific(tokens[last]?.text ?? "")) last -= 1;
  if (last < 0) return undefined;
  // "Prime Minister of Japan Fumio Kishida": the title ends before an "of"-qualifier.
  let found = findTitleEndingAt(tokens, last);
  let of: TitleQualifier | undefined;
  const end = last + 1;
  if (!found) {
    for (let ofAt = last - 1; ofAt >= Math.max(1, last - 5) && !found; ofAt -= 1) {
      const ofQualifier = findOfQualifier(tokens, ofAt);
      if (!ofQualifier || ofQualifier.end !== last + 1) continue;
      found = findTitleEndingAt(tokens, ofAt - 1);
      of = found ? ofQualifier.qualifier : undefined;
    }
    if (!found) return undefined;
  }
  // Walk left: modifiers, then a qualifier (possibly possessive), then modifiers again.
  const modifiers: string[] = [];
  let start = found.start;
  const takeModifiers = () => {
    while (start > 0) {
      const word = lowerText(tokens, start - 1);
      if (!TITLE_MODIFIERS.has(word)) break;
      modifiers.unshift(word);
      start -= 1;
    }
  };
  takeModifiers();
  if (!of && start > 0) {
    const possessive = POSSESSIVE_MARKERS.has(tokens[start - 1]?.text ?? "");
    const qualifierEnd = possessive ? start - 1 : start;
    const found2 = findQualifierEndingAt(tokens, qualifierEnd);
    if (found2) {
      of = found2.qualifier;
      start = found2.start;
      takeModifiers();
    }
  }
  return buildMatch(tokens, found, of, modifiers, start, end);
}

/**
 * Finds a title in apposition after a name ending at token `nameEnd` (exclusive):
 * "Xi Jinping, China's president," → President of China; "Antony Blinken, the US secretary
 * of state," → Secretary of State of the United States. The span excludes comma and article.
 */
export function matchTitleAfter(tokens: readonly Token[], nameEnd: number): TitleMatch | undefined {
  const opener = tokens[nameEnd]?.text;
  if (opener !== "," && opener !== "(") return undefined;
  let i = nameEnd + 1;
  if (TITLE_DETERMINERS.has(lowerText(tokens, i))) i += 1;
  const start = i;
  const modifiers: string[] = [];
  const takeModifiers = () => {
    while (TITLE_MODIFIERS.has(lowerText(tokens, i)) && !titleOver(tokens, i, i + 1)) {
      modifiers.push(lowerText(tokens, i));
      i += 1;
    }
  };
  takeModifiers();
  let of: TitleQualifier | undefined;
  // A qualifier first ("China's", "the US"), unless the words are already a title ("President").
  if (!findTitleStartingAt(tokens, i)) {
    const mention = matchGazetteerAt(tokens, i);
    const party = PARTY_ADJECTIVES.get(tokens[i]?.text ?? "");
    if (mention) {
      of = qualifierFrom(tokens, mention);
      i = mention.end;
      if (POSSESSIVE_MARKERS.has(tokens[i]?.text ?? "")) i += 1;
    } else if (party) {
      const entry = findEntryByKey(party);
      if (entry)
        of = {
          surface: tokens[i]?.text ?? "",
          key: entry.key,
          canonical: entry.canonical,
          type: entry.type,
          via: "party-adjective",
        };
      i += 1;
    }
    takeModifiers();
  }
  const found = findTitleStartingAt(tokens, i);
  if (!found) return undefined;
  let end = found.end;
  if (!of) {
    const ofQualifier = findOfQualifier(tokens, end);
    if (ofQualifier) {
      of = ofQualifier.qualifier;
      end = ofQualifier.end;
    }
  }
  // "Putin, President Xi and ...": a capitalised word after the title starts another name.
  const next = tokens[end]?.text;
  if (next !== undefined && !APPOSITION_CLOSERS.has(next) && UPPERCASE_START_RE.test(next))
    return undefined;
  if (continuesList(tokens, end)) return undefined;
  return buildMatch(tokens, found, of, modifiers, start, end);
}

/** The words "as well as", which join one more item to a list. */
const AS_WELL_AS = ["as", "well", "as"] as const;
/** Conjunctions that join the last item of a list. */
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or"]);
/** Words that open a noun phrase: the next item of a list ("and the French foreign ministry"). */
const ITEM_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * Whether the words after a title join another item to a list rather than close an apposition:
 * "dignitaries including Ann Kerr, the Queen of Spain as well as the French embassy" names three
 * people, not Kerr's title; "Ann Kerr, the Queen of Spain, as well as…" closes it first.
 */
function continuesList(tokens: readonly Token[], end: number): boolean {
  if (AS_WELL_AS.every((word, k) => lowerText(tokens, end + k) === word)) return true;
  if (!LIST_CONJUNCTIONS.has(lowerText(tokens, end))) return false;
  const after = tokens[end + 1]?.text ?? "";
  return ITEM_OPENERS.has(after.toLowerCase()) || UPPERCASE_START_RE.test(after);
}
