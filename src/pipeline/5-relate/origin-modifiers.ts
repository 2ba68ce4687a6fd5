/**
 * Where an organisation is from, read off its modifiers: "the French carmaker Renault",
 * "Toyota, the Japanese carmaker", "the Berlin-based company Zalando", "a Paris-based think tank,
 * the Institut Montaigne", "France's Dassault" (BASED_IN, STATED); and a person's country from a
 * possessive right before the name, "Spain's Rafael Nadal" (CITIZEN_OF, STATED).
 */
import { BASED_TAILS, ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { ARTICLES, DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import {
  isPossessiveMark,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** A lowercase word between a modifier and its organisation ("think", "tank", "state-owned"). */
const LOWERCASE_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;
/** "Berlin-based": the tail of the token a place unit sits in. */
const COMPOUND_TAIL_RE = /[-–](\p{Ll}+)$/u;
/** The most lowercase words between the modifier and the organisation ("mobile handset and infrastructure maker"). */
const MAX_HEAD_WORDS = 5;
/** The most words of rank between an apposition's article and its demonym ("the only major"). */
const MAX_RANK_WORDS = 3;
/**
 * Nouns that name a firm by its place among others: "its Japanese rival Nissan" is Japanese.
 * Read besides the organisation nouns, as heads after a demonym only.
 */
const RIVAL_NOUNS: ReadonlySet<string> = new Set(["rival", "rivals", "competitor", "competitors"]);
/** Whether a word may head the description of an organisation ("carmaker", "rival"). */
function isHead(word: string): boolean {
  return ORGANIZATION_NOUNS.has(word) || RIVAL_NOUNS.has(word) || isPluralHead(word);
}
/** "firms", "companies", "giants": an organisation noun in the plural, which may head a list. */
function isPluralHead(word: string): boolean {
  if (word.endsWith("ies")) return ORGANIZATION_NOUNS.has(`${word.slice(0, -3)}y`);
  return word.endsWith("s") && (ORGANIZATION_NOUNS.has(word.slice(0, -1)) || word === "rivals");
}
/** Words joining the names of a list: "Korean giants LG and Samsung", "firms A, B and C". */
const LIST_LINKS: ReadonlySet<string> = new Set([",", "and"]);

/**
 * The organisations listed after the first one a plural description names: "US car firms
 * General Motors (GM) and Ford" gives Ford; a singular ("Japan's top carmaker Toyota and
 * Nissan") describes its first name only.
 */
function listedAfter(ctx: SentenceContext, first: Unit): Unit[] {
  const listed: Unit[] = [];
  let at = first.tokenEnd;
  for (;;) {
    // "General Motors (GM)": the short name in brackets.
    if (ctx.words[at] === "(" && ctx.words[at + 2] === ")") at += 3;
    if (!LIST_LINKS.has(ctx.words[at] ?? "")) break;
    at++;
    if (ctx.words[at] === "and") at++;
    const next = ctx.units[ctx.unitStartingAt[at] ?? -1];
    if (
      next?.type !== "ORGANIZATION" ||
      next.isDemonym ||
      isPossessiveMark(ctx.words[next.tokenEnd])
    )
      break;
    listed.push(next);
    at = next.tokenEnd;
  }
  return listed;
}
/** Words that introduce a name after its description: "a Canadian company called Zorbex". */
const NAMING_WORDS: ReadonlySet<string> = new Set(["called", "named"]);
/** Articles of a description that introduces a name: "a German firm called Vexacorp". */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);
/** Words that open a relative clause after a description ("the Russian company that won"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "whose"]);
/** Words that end a clause or link another phrase, never a firm's rank ("which", "and"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["and", "or", "but", "which", "who", "that"]);

/**
 * The tail of the hyphenated token a unit ends inside ("based" for "Berlin-based", "Santa
 * Monica-based"), if any: the unit must stop at the hyphen.
 */
function compoundTail(ctx: SentenceContext, unit: Unit): string | undefined {
  const last = ctx.sentence.tokens[unit.tokenEnd - 1];
  // No dash, no compound: asked of every unit, most of which have none.
  if (!last || (!last.text.includes("-") && !last.text.includes("–"))) return undefined;
  // A longer name must stop at the hyphen of its last token.
  if (
    unit.tokenEnd - unit.tokenStart > 1 &&
    (last.end <= unit.end || NAME_COMPOUND_RE.test(ctx.text.slice(unit.start, unit.end)))
  )
    return undefined;
  return COMPOUND_TAIL_RE.exec(last.text)?.[1];
}

/** A hyphenated compound of names: "US-German", "Anglo-Dutch". */
const NAME_COMPOUND_RE = /[-–]/;

/** Whether a unit is a plain word of its own ("US" in "US firm", not "US-German carmaker"). */
function isWholeToken(ctx: SentenceContext, unit: Unit): boolean {
  const text = ctx.text.slice(unit.start, unit.end);
  return !NAME_COMPOUND_RE.test(text) && ctx.sentence.tokens[unit.tokenStart]?.start === unit.start;
}

/**
 * The organisation a modifier at [start, end) describes: after up to three lowercase words
 * ("the French carmaker Renault", optionally ", the" before the name), or before it as an
 * apposition ("Renault, the French carmaker"). `needsHead` asks for an organisation noun
 * among those words.
 */
function describedOrganization(
  ctx: SentenceContext,
  modifier: Unit,
  needsHead: boolean,
): Unit | undefined {
  const words = ctx.words;
  let at = modifier.tokenEnd;
  let head = false;
  const firstWord = at;
  while (
    at - firstWord < MAX_HEAD_WORDS &&
    (ctx.unitStartingAt[at] ?? -1) < 0 &&
    // "the only major Japanese car firm in the red": a preposition ends the description, and so
    // does a relative clause ("Gazprom, the Russian company that was expected to win").
    !PREPOSITIONS.has(words[at] ?? "") &&
    !RELATIVE_WORDS.has(words[at] ?? "") &&
    !ARTICLES.has(words[at] ?? "") &&
    !NAMING_WORDS.has(words[at] ?? "") &&
    LOWERCASE_WORD_RE.test(ctx.sentence.tokens[at]?.text ?? "")
  ) {
    if (isHead(words[at] ?? "")) head = true;
    at++;
  }
  if (at === firstWord && needsHead) return undefined;
  // "The German-based firm kitted out Team GB": the words must end in the organisation's noun.
  if (at > firstWord && (!head || !isHead(words[at - 1] ?? ""))) return undefined;
  // "a Paris-based think tank, the Institut Montaigne": an apposition names it.
  let next = at;
  if (words[next] === "," && at > firstWord) {
    next++;
    while (DETERMINERS.has(words[next] ?? "")) next++;
  }
  // "a Canadian company, named Zorbex", "a German firm called Vexacorp": the name after a naming
  // word, in an indefinite description ("the German firm named Vexacorp as its partner" is a verb).
  if (at > firstWord && NAMING_WORDS.has(words[next] ?? "")) {
    if (!INDEFINITE_ARTICLES.has(words[modifier.tokenStart - 1] ?? "")) return undefined;
    next++;
  }
  // "US stock market regulator the Securities and Exchange Commission": a name of several words
  // that opens with its own article ("a British bank the FSA fined" is a clause).
  if (next === at && at > firstWord && words[next] === "the") {
    const named = ctx.units[ctx.unitStartingAt[next + 1] ?? -1];
    if (named?.type === "ORGANIZATION" && !named.isDemonym && named.tokenEnd - named.tokenStart > 1)
      return named;
  }
  const after = ctx.units[ctx.unitStartingAt[next] ?? -1];
  if (after?.type === "ORGANIZATION" && !after.isDemonym) return after;
  // "Renault, the French carmaker": the apposition follows the name.
  if (at === firstWord) return undefined;
  let before = modifier.tokenStart - 1;
  // "Mitsubishi, the only major Japanese car firm", "Walmart, the largest US retailer": words of
  // rank between the article and the demonym; a preposition or a clause's word ("a unit of the
  // US firm", "which the US firm") starts another phrase.
  const rankEnd = before;
  while (
    rankEnd - before < MAX_RANK_WORDS &&
    before >= 0 &&
    ctx.unitCovering[before]! < 0 &&
    LOWERCASE_WORD_RE.test(ctx.sentence.tokens[before]?.text ?? "") &&
    !DETERMINERS.has(words[before]!) &&
    !PREPOSITIONS.has(words[before]!) &&
    !CLAUSE_WORDS.has(words[before]!)
  )
    before--;
  // Words of rank need their article: "Renault, largest US firm" is no apposition we read.
  if (before < rankEnd && !DETERMINERS.has(words[before] ?? "")) return undefined;
  while (before >= 0 && DETERMINERS.has(words[before] ?? "")) before--;
  if (words[before] !== ",") return undefined;
  const named = ctx.units[ctx.unitCovering[before - 1] ?? -1];
  return named?.type === "ORGANIZATION" && named.tokenEnd === before ? named : undefined;
}

/** The organisation noun after a demonym ("carmaker" in "the Japanese carmaker"). */
function headNoun(ctx: SentenceContext, modifier: Unit): string {
  let at = modifier.tokenEnd;
  while (at - modifier.tokenEnd < MAX_HEAD_WORDS && !isHead(ctx.words[at] ?? "")) at++;
  return ctx.words[at] ?? "";
}

/**
 * The organisation or person a country's possessive names: "France's Dassault Aviation",
 * "Japan's electronics giant Sony", "Spain's Rafael Nadal". A person must follow the possessive
 * at once ("Spain's minister of sport X" is the title rules' business).
 */
function possessedBy(ctx: SentenceContext, country: Unit): Unit | undefined {
  if (country.type !== "COUNTRY" || country.isDemonym) return undefined;
  if (!isPossessiveMark(ctx.words[country.tokenEnd])) return undefined;
  // Read as if the "'s" were part of the modifier: "France's" like "French".
  const modifier = { ...country, tokenEnd: country.tokenEnd + 1 };
  const organization = describedOrganization(ctx, modifier, false);
  if (organization) return organization;
  const person = ctx.units[ctx.unitStartingAt[modifier.tokenEnd] ?? -1];
  return person?.type === "PERSON" && person.title === undefined ? person : undefined;
}

/** BASED_IN from demonyms and "-based" compounds that modify an organisation in one sentence. */
export function relateOriginModifiers(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const unit of ctx.units) {
    const possessed = possessedBy(ctx, unit);
    if (possessed && possessed.entity !== unit.entity) {
      const isPerson = possessed.type === "PERSON";
      relations.push(
        makeRelation(
          ctx,
          possessed,
          unit,
          isPerson ? "CITIZEN_OF" : "BASED_IN",
          "'s",
          0.7,
          spanOf(ctx, unit, possessed),
        ),
      );
      continue;
    }
    const tail = compoundTail(ctx, unit);
    const isBased = tail !== undefined && BASED_TAILS.has(tail) && unit.type !== "ORGANIZATION";
    // "US firm Boeing", "UK pharmaceutical firm Phytopharm": a country's name used as a demonym,
    // when it is a word of its own ("US-German carmaker" names two homes: the demonyms' job).
    const isDemonym =
      unit.type === "COUNTRY" && tail === undefined && (unit.isDemonym || isWholeToken(ctx, unit));
    if (!isBased && !isDemonym) continue;
    // "Berlin-based" says where by itself; a demonym needs an organisation noun ("carmaker").
    const organization = describedOrganization(ctx, unit, !isBased);
    if (!organization || organization.entity === unit.entity) continue;
    const noun = headNoun(ctx, unit);
    // "US car firms General Motors and Ford": a plural noun right before the names describes each.
    const isList = !isBased && isPluralHead(noun) && organization.tokenStart > unit.tokenEnd;
    for (const described of [organization, ...(isList ? listedAfter(ctx, organization) : [])]) {
      if (described.entity === unit.entity) continue;
      relations.push(
        makeRelation(
          ctx,
          described,
          unit,
          "BASED_IN",
          isBased ? `${tail}` : noun,
          isBased ? 0.8 : 0.7,
          spanOf(ctx, unit, described),
        ),
      );
    }
  }
  return relations;
}
