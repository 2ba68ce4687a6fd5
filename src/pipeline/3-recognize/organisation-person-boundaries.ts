/**
 * Where an organisation's name meets a person's, the tagger and the title reader draw the border
 * in the wrong place, and a relation loses one of its ends:
 * - "told the Velmora Times Ann Corbel had..." is read as one organisation "Velmora Times Ann
 *   Corbel"; the person the article names on her own elsewhere ("Ann Corbel said") is lost.
 * - "the president of the Family Justice Division" is read as a title ("Justice") before a
 *   person's name ("Division"); the body is lost and a person called "Division" is made.
 */

import { GENERIC_HEADS, ORGANIZATION_HEADS } from "../model/lexicons/name-heads.js";
import { ROLE_RELATIONS } from "../model/news-roles.js";
import type { NerSpan, Sentence } from "../types.js";
import { lookupEntity } from "./gazetteer/gazetteer-lookups.js";
import { lookupTitle } from "./titles.js";

type Tokens = Sentence["tokens"];

/** A word written with its capital ("Velmora", "Corbel"); "BBC" too. */
const CAPITALISED_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Forms of address before a surname: "Mr Corbel" says the article's "Corbel" is a person. */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr"]);
/** A person's name after an organisation: two or three words ("Ann Corbel", "Ann de Corbel"). */
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 3;
/** Words that join one name's parts: a person's name after them is part of a title's name. */
const NAME_LINKS: ReadonlySet<string> = new Set(["of", "&", "and", "the", "for"]);

/**
 * Heads of bodies' names the shared heads lack: "the Family Justice Division", "the Velmora General
 * Trust". A closed list of words, no body's name.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  "Division",
  "Trust",
  "Guild",
  "Directorate",
  "Service",
  "Unit",
  "Inspectorate",
]);

/** The words of tokens [start, end) joined by spaces. */
function wordsOf(tokens: Tokens, start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((token) => token.text)
    .join(" ");
}

/** What the article says of people: the names the tagger reads as people, and addressed surnames. */
interface ArticlePeople {
  /** Person spans of two words or more, as written: "Ann Corbel". */
  readonly names: ReadonlySet<string>;
  /** Surnames after a form of address: "Corbel" from "Mr Corbel". */
  readonly addressed: ReadonlySet<string>;
}

/** The people the article names as people anywhere: person spans and "Mr <Surname>". */
function readArticlePeople(
  sentences: readonly Sentence[],
  spans: readonly NerSpan[][],
): ArticlePeople {
  const names = new Set<string>();
  const addressed = new Set<string>();
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    for (const span of spans[index] ?? [])
      if (span.label === "PER" && span.end - span.start >= MIN_PERSON_WORDS)
        names.add(wordsOf(tokens, span.start, span.end));
    for (let i = 0; i + 1 < tokens.length; i++)
      if (ADDRESS_FORMS.has(tokens[i]!.text) && CAPITALISED_RE.test(tokens[i + 1]!.text))
        addressed.add(tokens[i + 1]!.text);
  });
  return { names, addressed };
}

/** Whether tokens [start, end) are all capitalised words. */
function isCapitalRun(tokens: Tokens, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!CAPITALISED_RE.test(tokens[i]?.text ?? "")) return false;
  return end > start;
}

/**
 * Whether the words [start, end) name a person the article names as one elsewhere: the same
 * words read as a person's name, or a name whose surname the article writes after "Mr".
 */
function isArticlePerson(tokens: Tokens, start: number, end: number, people: ArticlePeople) {
  if (!isCapitalRun(tokens, start, end)) return false;
  if (people.names.has(wordsOf(tokens, start, end))) return true;
  return people.addressed.has(tokens[end - 1]!.text);
}

/**
 * How the words before a person's name at `split` stand: "name" when they are a body's name the
 * gazetteer lists as an organisation or the article writes alone ("the BBC"), "calling" when
 * they end in a calling ("Rock DJ"), else undefined (a title's words: "Being", "Life of").
 */
function headBefore(
  tokens: Tokens,
  start: number,
  split: number,
  organisations: ReadonlySet<string>,
): "name" | "calling" | undefined {
  const last = tokens[split - 1]?.text ?? "";
  if (NAME_LINKS.has(last.toLowerCase())) return undefined;
  if (Object.hasOwn(ROLE_RELATIONS, last.toLowerCase())) return "calling";
  const head = wordsOf(tokens, start, split);
  if (lookupEntity(head)?.type === "ORGANIZATION" || organisations.has(head)) return "name";
  return undefined;
}

/** The organisation spans of one word or more the article reads, as written ("BBC"). */
function readArticleOrganisations(
  sentences: readonly Sentence[],
  spans: readonly NerSpan[][],
): Set<string> {
  const organisations = new Set<string>();
  sentences.forEach((sentence, index) => {
    for (const span of spans[index] ?? [])
      if (span.label === "ORG") organisations.add(wordsOf(sentence.tokens, span.start, span.end));
  });
  return organisations;
}

/** The spans one organisation-and-person span splits into, or the span itself. */
function splitSpan(
  tokens: Tokens,
  span: NerSpan,
  people: ArticlePeople,
  organisations: ReadonlySet<string>,
): NerSpan[] {
  if (span.label === "PER") return [span];
  for (let split = span.start + 1; split < span.end; split++) {
    const tailWords = span.end - split;
    if (tailWords < MIN_PERSON_WORDS || tailWords > MAX_PERSON_WORDS) continue;
    if (!isArticlePerson(tokens, split, span.end, people)) continue;
    const head = headBefore(tokens, span.start, split, organisations);
    if (!head) continue;
    const person: NerSpan = { start: split, end: span.end, label: "PER" };
    return head === "name" ? [{ start: span.start, end: split, label: "ORG" }, person] : [person];
  }
  return [span];
}

/**
 * "told the Velmora Times Ann Corbel had", "dance DJ Ann Corbel": a span the tagger closed over an
 * organisation's name (one the gazetteer lists or the article writes alone) or a calling, and then
 * the name of a person the article names as a person elsewhere, splits into the organisation and
 * the person. A name only ever written inside a longer one ("Being Ann Corbel", a film) stays.
 */
export function splitOrganisationPersonSpans(
  sentences: readonly Sentence[],
  spans: readonly NerSpan[][],
): NerSpan[][] {
  const people = readArticlePeople(sentences, spans);
  const organisations = readArticleOrganisations(sentences, spans);
  return spans.map((sentenceSpans, index) => {
    const tokens = sentences[index]?.tokens ?? [];
    return sentenceSpans.flatMap((span) => splitSpan(tokens, span, people, organisations));
  });
}

/** Whether a word ends a body's name: "Division", "Trust", "Council". */
function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word) || ORGANIZATION_HEADS.has(word) || GENERIC_HEADS.has(word);
}

/**
 * The first token of the run of capitalised words that ends at `end` (exclusive). "&" ends the
 * run: "Daily Mail & General Trust" may join names the gazetteer knows apart.
 */
function capitalRunStart(tokens: Tokens, end: number): number {
  let start = end;
  while (start > 0 && CAPITALISED_RE.test(tokens[start - 1]!.text)) start--;
  return start;
}

/**
 * "the Family Justice Division", "the Velmora General Trust": a one-word "name" after a title
 * ("Justice", "General") that is a body's head word, where the title itself follows a capitalised
 * word of the same run, is the end of a body's name: the whole run is one organisation.
 */
function titledBodyName(tokens: Tokens, span: NerSpan): NerSpan | undefined {
  if (span.label !== "PER" || span.end - span.start !== 1) return undefined;
  if (!isBodyHead(tokens[span.start]!.text)) return undefined;
  const title = tokens[span.start - 1]?.text ?? "";
  if (!CAPITALISED_RE.test(title) || lookupTitle(title) === undefined) return undefined;
  let start = capitalRunStart(tokens, span.start - 1);
  if (tokens[start]?.text === "The") start++;
  // The title must sit inside the run: "President Division" alone is no body's name.
  if (start >= span.start - 1) return undefined;
  return { start, end: span.end, label: "ORG" };
}

/**
 * Reads "the Family Justice Division" as one organisation where a title inside it made a person
 * of its head word; spans inside the body's name give way to it.
 */
function withTitledBodyNames(sentence: Sentence, spans: NerSpan[]): NerSpan[] {
  const bodies = spans.flatMap((span) => titledBodyName(sentence.tokens, span) ?? []);
  if (bodies.length === 0) return spans;
  const outside = spans.filter(
    (span) => !bodies.some((body) => span.start < body.end && body.start < span.end),
  );
  return [...outside, ...bodies].sort((a, b) => a.start - b.start);
}

/**
 * Redraws the borders between bodies' and people's names across an article: titled bodies'
 * names first ("the Family Justice Division"), then organisation-and-person spans split.
 */
export function repairOrganisationPersonBorders(
  sentences: readonly Sentence[],
  spans: readonly NerSpan[][],
): NerSpan[][] {
  const withBodies = spans.map((sentenceSpans, index) =>
    sentences[index] ? withTitledBodyNames(sentences[index], sentenceSpans) : sentenceSpans,
  );
  return splitOrganisationPersonSpans(sentences, withBodies);
}
