/**
 * Names read from the firm callings around them: "chief executive of Velmora", "a spokesman for
 * Velmora", "Velmora's head of research", "analyst at Velmora". Recognition uses them to type a
 * name as the calling's firm and to find a firm the tagger left untagged.
 */

import { CALLING_PHRASE_ENDS } from "../model/lexicons/firm-cues.js";
import { PAST_JOB_WORDS } from "../model/lexicons/job-nouns.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { NerSpan, Sentence } from "../types.js";
import { loadTagger } from "./tagger/tagger.js";

/** A capitalised word, apostrophes, dots and hyphens allowed: "O'Neill", "St.", "Hewlett-Packard". */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Callings a workplace follows with "at" that the role lexicon lacks: "security expert at". */
const WORKPLACE_CALLINGS: ReadonlySet<string> = new Set([
  "expert",
  "architect",
  "scientist",
  "specialist",
  "engineer",
  "consultant",
]);

/**
 * Whether the name at `start` follows "<calling> at" ("analyst at", "architect at the"): a role
 * held at a workplace. A place's own preposition is "in", so "at" after a calling names an employer.
 */
export function isWorkplaceAfterCalling(
  tokens: readonly { text: string }[],
  start: number,
): boolean {
  let at = start - 1;
  if (tokens[at]?.text === "the") at--;
  if (tokens[at]?.text !== "at") return false;
  const calling = tokens[at - 1]?.text ?? "";
  const role = ROLE_RELATIONS[calling];
  return (
    WORKPLACE_CALLINGS.has(calling) ||
    role === "WORKS_FOR" ||
    role === "LEADER_OF" ||
    calling === "manager"
  );
}

/** Callings held only at a firm: "Velmora's chief executive", "chairman of Velmora". */
const FIRM_CALLINGS: ReadonlySet<string> = new Set([
  "chief executive",
  "managing director",
  "chairman",
  "chairwoman",
  "analyst",
]);
/** Departments only a body has a head of: "head of research". */
const FIRM_DEPARTMENTS: ReadonlySet<string> = new Set(["research", "sales", "marketing"]);
/** Callings that speak for a body: "a spokesman for Velmora"; a person has them too ("Blair's spokesman"). */
const SPEAKER_CALLINGS: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** "Aberdeen-based": a name that is part of a hyphenated word. */
const COMPOUND_TOKEN_RE = /-\p{Ll}+$/u;
/** Words inside a longer name: "Commission for Racial Equality", "Bank of Velmora". */
const NAME_LINKS: ReadonlySet<string> = new Set(["of", "for", "and", "&"]);

/** The firm calling of one or two words ending at token `end` (exclusive), if any. */
function firmCallingEndingAt(tokens: readonly { text: string }[], end: number): string | undefined {
  const last = tokens[end - 1]?.text ?? "";
  const pair = `${tokens[end - 2]?.text ?? ""} ${last}`;
  if (FIRM_CALLINGS.has(pair)) return pair;
  return FIRM_CALLINGS.has(last) || SPEAKER_CALLINGS.has(last) ? last : undefined;
}

/**
 * The firm calling of one or two words starting at token `start`, after any word that dates it
 * ("former chief executive"), or "head of" a firm's department: its end, or -1.
 */
function firmCallingFrom(tokens: readonly { text: string }[], from: number): number {
  const start = PAST_JOB_WORDS.has(tokens[from]?.text ?? "") ? from + 1 : from;
  const first = tokens[start]?.text ?? "";
  // "Vexaphone's head of research": a department's head is a body's, never a person's.
  if (
    first === "head" &&
    tokens[start + 1]?.text === "of" &&
    FIRM_DEPARTMENTS.has(tokens[start + 2]?.text ?? "")
  )
    return start + 3;
  if (FIRM_CALLINGS.has(`${first} ${tokens[start + 1]?.text ?? ""}`)) return start + 2;
  return FIRM_CALLINGS.has(first) ? start + 1 : -1;
}

/**
 * Whether a firm calling beside the name at [start, end) makes it the calling's firm:
 * "chief executive of Velmora", "a spokesman for Velmora", "Velmora's chief executive",
 * "Velmora chief executive Tom Hale".
 */
export function isFirmOfCalling(
  tokens: readonly { text: string }[],
  start: number,
  end: number,
): boolean {
  // "Aberdeen-based consultancy": the name inside a compound describes another firm.
  if (COMPOUND_TOKEN_RE.test(tokens[end - 1]?.text ?? "")) return false;
  let at = start - 1;
  if (tokens[at]?.text === "the") at--;
  const link = tokens[at]?.text;
  const before = firmCallingEndingAt(tokens, at);
  // "chairman of the Commons accounts committee", "of Nordic operator Teliasonera", "of T-Mobile
  // in the UK": the firm must end the phrase, or the name may be a part or a description.
  const ends = CALLING_PHRASE_ENDS.has(tokens[end]?.text ?? ".");
  if (link === "of" && before && !SPEAKER_CALLINGS.has(before)) return ends;
  if (link === "for" && before && SPEAKER_CALLINGS.has(before)) return ends;
  // "Commission for Racial Equality chairman": a name after "of" or "for" may be a longer name's tail.
  if (NAME_LINKS.has(tokens[start - 1]?.text ?? "")) return false;
  const possessive = tokens[end]?.text === "'s" || tokens[end]?.text === "'";
  if (possessive) return firmCallingFrom(tokens, end + 1) > 0;
  const after = firmCallingFrom(tokens, end);
  return after > 0 && CAPITALISED.test(tokens[after]?.text ?? "");
}

/** One capitalised word of letters: "Globex". */
const NAME_WORD_RE = /^\p{Lu}\p{L}+$/u;

/**
 * "Globex's chief executive Jo Bell" with "Globex" left untagged: a capitalised word no span
 * covers, before a possessive and a firm calling, is the calling's firm (not a word news writes
 * in lower case that only opens the sentence: "Its chief executive").
 */
export function findFirmsOfCallings(sentence: Sentence, spans: readonly NerSpan[]): NerSpan[] {
  const tokens = sentence.tokens;
  const found: NerSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]?.text ?? "";
    if (!NAME_WORD_RE.test(word) || tokens[i + 1]?.text !== "'s") continue;
    if (spans.some((span) => span.start <= i && i < span.end)) continue;
    if (loadTagger().isMostlyLowercase(word)) continue;
    if (firmCallingFrom(tokens, i + 2) > 0) found.push({ start: i, end: i + 1, label: "ORG" });
  }
  return found;
}
