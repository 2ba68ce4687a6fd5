/**
 * A work named after its maker's possessive and a noun of a made work: "McFadden… his first solo
 * single Real To Me", "Andrea Levy… her book Small Island", "Snow Patrol… their third album Final
 * Straw", "Keane's award-winning album Hopes and Fears" (CREATED). The possessive pronoun means the
 * one person (or, for "their", the one band) the sentence names before it; a sentence naming two
 * ("Rod Stewart introduced Percy Sledge, citing his hit Y") says nothing here. A band's possessive
 * counts before a noun of a record only, a person's before any of the nouns. "His film Y" is said
 * of its stars as often as of its maker ("De Niro… with his film Hide and Seek"), so no film.
 *
 * A maker's bare name before a noun of a record names the record's maker too: "the Robbie Williams
 * track Misunderstood", "the Chaka Khan hit Ain't Nobody", "the Band Aid song Y". A name before a
 * film noun names its star as often as its director ("Jude Law film Closer"): the cast rules' case.
 */

import { PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import { isWork } from "./media-relations.js";
import {
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  YEAR_RE,
} from "./sentence-view.js";
import { isWholeTitle } from "./work-possessives.js";

/** Nouns of a record a band or a singer makes: "their third album Y", "U2's latest single Y". */
const RECORD_NOUNS: ReadonlySet<string> = new Set(["album", "single", "song", "track", "ep", "lp"]);
/** Nouns of a work its owner made, besides a record: "his hit Y", "her book Y". */
const OWNED_NOUNS: ReadonlySet<string> = new Set([
  ...RECORD_NOUNS,
  "hit",
  "book",
  "novel",
  "memoir",
  "autobiography",
]);
/** Nouns of a record after its maker's bare name: "the Robbie Williams track Y", "Chaka Khan hit Y". */
const NAMED_RECORD_NOUNS: ReadonlySet<string> = new Set([...RECORD_NOUNS, "hit"]);
/** Possessive pronouns of one person, and of a band. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["his", "her"]);
const BAND_PRONOUN = "their";
/** Most describing words between the possessive and the noun: "first solo single", "1993 album". */
const MAX_LEAD = 3;

/** Small words inside a title: "Pass the Mic", "Return of the Mack". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "a",
  "in",
  "on",
  "to",
  "and",
  "for",
  "my",
  "your",
  "with",
]);

const CONFIDENCE = 0.7;

const OWNED_CUES = cueClass(OWNED_NOUNS);

/** The noun of a made work ending a few describing words from token `at`, as its index; -1 if none. */
function ownedNounAt(ctx: SentenceContext, at: number, nouns: ReadonlySet<string>): number {
  for (let i = at; i < ctx.words.length && i - at <= MAX_LEAD; i++) {
    const word = ctx.words[i]!;
    if (ctx.unitCovering[i]! >= 0) return -1;
    if (nouns.has(word)) return ctx.unitStartingAt[i + 1]! >= 0 ? i : -1;
    if (!LOWER_WORD_RE.test(word) && !YEAR_RE.test(word)) return -1;
  }
  return -1;
}

/** The unit titled right after the noun at `noun`, when it reads as a whole work's title. */
function titleAfter(ctx: SentenceContext, noun: number): Unit | undefined {
  const work = ctx.units[ctx.unitStartingAt[noun + 1]!];
  if (!work || work.type === "PERSON" || work.type === "COUNTRY") return undefined;
  if (!isWork(ctx, work, true) || !isWholeTitle(ctx, work)) return undefined;
  // "Pass the Mic": a small word and a capital after the name go on with the title.
  const next = ctx.sentence.tokens[work.tokenEnd + 1]?.text ?? "";
  if (TITLE_SMALL_WORDS.has(ctx.words[work.tokenEnd] ?? "") && /^\p{Lu}/u.test(next))
    return undefined;
  return work;
}

/**
 * The one maker the sentence names before a possessive pronoun at `at`: a person for "his"/"her",
 * a band for "their"; undefined when it names none or several.
 */
function ownerBefore(ctx: SentenceContext, at: number): Unit | undefined {
  const word = ctx.words[at]!;
  const band = word === BAND_PRONOUN;
  if (!band && !PERSON_PRONOUNS.has(word)) return undefined;
  // "their": a band only ("the pair… Ms Jackson, while their album Y" names a song, not a maker).
  const makers = ctx.units.filter(
    (unit) =>
      unit.tokenEnd <= at && !unit.isDemonym && unit.type === (band ? "ORGANIZATION" : "PERSON"),
  );
  if (makers.length !== 1) return undefined;
  // "a deal with Island and their debut album Boy": a band after a preposition is its label.
  const maker = makers[0]!;
  return band && PREPOSITIONS.has(ctx.words[maker.tokenStart - 1] ?? "") ? undefined : maker;
}

/**
 * The maker whose bare name ends right before a noun of a record at token `noun`: "the Robbie
 * Williams track Y". Not a name after a possessive or a year, which makes it the record's label.
 */
function namedMakerBefore(ctx: SentenceContext, noun: number): Unit | undefined {
  const maker = ctx.units[ctx.unitCovering[noun - 1] ?? -1];
  if (!maker || maker.tokenEnd !== noun || maker.isDemonym) return undefined;
  if (maker.type !== "PERSON" && maker.type !== "ORGANIZATION") return undefined;
  // Lower case: "Greatest Hit", "Mr Single" are names.
  if (ctx.sentence.tokens[noun]!.text !== ctx.words[noun]) return undefined;
  // "his 1962 ABC album Y": after a possessive or a year the name is the record's label.
  const before = ctx.words[maker.tokenStart - 1] ?? "";
  if (isPossessiveMark(before) || PERSON_PRONOUNS.has(before) || before === BAND_PRONOUN)
    return undefined;
  return YEAR_RE.test(before) ? undefined : maker;
}

/** "his album Innocent Man", "Keane's album Hopes and Fears": the owner CREATED the work. */
export function relateOwnedWorks(ctx: SentenceContext): ExtractedRelation[] {
  if (!hasCue(ctx.words, OWNED_CUES)) return [];
  const relations: ExtractedRelation[] = [];
  for (let at = 0; at < ctx.words.length; at++) {
    const word = ctx.words[at]!;
    let owner: Unit | undefined;
    let noun = -1;
    if (PERSON_PRONOUNS.has(word) || word === BAND_PRONOUN) {
      noun = ownedNounAt(ctx, at + 1, OWNED_NOUNS);
      if (noun >= 0) owner = ownerBefore(ctx, at);
    } else if (isPossessiveMark(word)) {
      // "Keane's award-winning album Y": a band's possessive before a record; "Eric Clapton's
      // 1991 hit Y": a person's before any made work.
      const maker = ctx.units[ctx.unitCovering[at - 1] ?? -1];
      if (!maker || maker.tokenEnd !== at || maker.isDemonym) continue;
      if (maker.type !== "ORGANIZATION" && maker.type !== "PERSON") continue;
      noun = ownedNounAt(ctx, at + 1, maker.type === "PERSON" ? OWNED_NOUNS : RECORD_NOUNS);
      if (noun >= 0) owner = maker;
    } else if (NAMED_RECORD_NOUNS.has(word) && ctx.unitStartingAt[at + 1]! >= 0) {
      // "the Robbie Williams track Misunderstood": the maker's bare name before the noun.
      owner = namedMakerBefore(ctx, at);
      noun = at;
    }
    if (!owner || noun < 0) continue;
    const work = titleAfter(ctx, noun);
    if (!work || work.entity === owner.entity) continue;
    const predicate = noun === at ? ctx.words[noun]! : `${ctx.words[at]} ${ctx.words[noun]}`;
    relations.push(
      makeRelation(
        ctx,
        owner,
        work,
        "CREATED",
        predicate,
        CONFIDENCE,
        spanOf(ctx, noun === at ? owner : at, work),
      ),
    );
  }
  return relations;
}
