/**
 * A person named only as a possessor in a sentence that names a party apart from him: "The Lib
 * Dem leader said Tom Hale's resignation was welcome", "A Labour spokesman criticised Tom Hale's
 * record", "the Tories accepted Prime Minister Tom Hale's promise". The party's post is someone
 * else's; a membership or leadership read from such a sentence is dropped. "Tory leader Tom
 * Hale's past" and "Tory MP Tom Hale's bill" keep theirs: the party titles the possessor.
 * The other way round, a party the person possesses is theirs: "Chancellor Angela Merkel's
 * Christian Democratic Union", "Saddam's Baath Party" (MEMBER_OF), and so is one "his" or "her"
 * possesses: "Kennedy told voters his Liberal Democrats would…", "Kagame won… His ruling Rwandan
 * Patriotic Front party has…" (the person the sentence names before it, else the person recent
 * sentences are about; INFERRED then). "his Tory opponent" is someone else.
 */

import { PARTY_POST_HEADS } from "../model/lexicons/party-briefs.js";
import type { ExtractedRelation } from "../types.js";
import {
  isModifier,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

/** Post words that may stand between a party and its member's name besides a spokesman's: "Tory leader", "Labour MP". */
const MEMBER_WORDS: ReadonlySet<string> = new Set([
  "leader",
  "mp",
  "msp",
  "mep",
  "peer",
  "member",
  "candidate",
  "frontbencher",
  "backbencher",
]);
/** Most words of a post with its brief between the party and the name: "work and pensions spokesman". */
const MAX_POST_WORDS = 5;

/** Whether the party unit titles the person: "Tory leader Tom Hale", "Labour's Tom Hale", "Tory MP Tom Hale". */
function isTitledBy(ctx: SentenceContext, party: Unit, person: Unit): boolean {
  if (party.tokenStart >= person.tokenStart && party.tokenEnd <= person.tokenEnd) return true;
  if (party.tokenEnd > person.tokenStart) return false;
  // "Tory Prime Minister Tom Hale": a title the person's mention took in follows the party at once.
  if (person.tokenStart < person.nameStart)
    return (
      party.tokenEnd === person.tokenStart ||
      (party.tokenEnd + 1 === person.tokenStart && isPossessiveMark(ctx.words[party.tokenEnd]))
    );
  if (person.nameStart - party.tokenEnd > MAX_POST_WORDS) return false;
  for (let k = party.tokenEnd; k < person.nameStart; k++) {
    if (ctx.unitCovering[k]! >= 0) return false;
    if (!LOWER_WORD_RE.test(ctx.words[k] ?? "") && !isPossessiveMark(ctx.words[k])) return false;
  }
  const last = ctx.words[person.nameStart - 1] ?? "";
  return (
    party.tokenEnd === person.nameStart ||
    isPossessiveMark(last) ||
    MEMBER_WORDS.has(last) ||
    PARTY_POST_HEADS.has(last)
  );
}

/** Most lowercase words a possessed party may carry before its name: "his own ruling party". */
const MAX_PARTY_MODIFIERS = 2;
/** Confidence of a party named as a person's own. */
const POSSESSED_CONFIDENCE = 0.75;
/** Possessive pronouns that give a person's party: "his Liberal Democrats", "her party's". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her"]);
/** Opening quote marks a party's name may stand in: 'his "Movement toward Socialism"'. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“"]);
/** The word after a party's name that keeps it the possessed thing: "His ruling Labour party". */
const PARTY_WORD = "party";
/** Lowercase words a possessed party may carry before its name: "Blair's ruling Labour Party". */
const PARTY_MODIFIERS: ReadonlySet<string> = new Set([
  "ruling",
  "governing",
  "own",
  "opposition",
  "conservative",
  "liberal",
  "socialist",
  "nationalist",
  "centre-right",
  "centre-left",
  "right-wing",
  "left-wing",
]);
/** Confidence of a party a pronoun possesses. */
const PRONOUN_CONFIDENCE = 0.6;

/**
 * The party opening a possessive's phrase at token `at`, after at most a couple of its own
 * modifiers: "ruling Labour Party", '"Movement toward Socialism"', "Christian Democratic Union";
 * undefined for "attack on Labour" (the phrase is about something else).
 */
function partyPhraseAt(
  ctx: SentenceContext,
  at: number,
  isParty: (entity: number) => boolean,
): Unit | undefined {
  let i = at;
  // "his Liberal Democrats": a modifier's word that opens the party's name is the name.
  while (
    i - at < MAX_PARTY_MODIFIERS &&
    ctx.unitStartingAt[i]! < 0 &&
    PARTY_MODIFIERS.has(ctx.words[i] ?? "")
  )
    i++;
  if (OPENING_QUOTES.has(ctx.words[i] ?? "")) i++;
  const party = ctx.units.find((unit) => unit.tokenStart === i);
  return party && isParty(party.entity) ? party : undefined;
}

/** People a party's name may qualify after a possessive: "Hale's Labour rival" is not his party. */
const RIVAL_NOUNS: ReadonlySet<string> = new Set([
  "rival",
  "rivals",
  "opponent",
  "opponents",
  "challenger",
  "counterpart",
  "counterparts",
  "critic",
  "critics",
  "predecessor",
  "successor",
]);

/**
 * The party unit a person possesses: "Merkel's Christian Democratic Union", "Blair's ruling
 * Labour Party", "Merkel's CDU government"; not "Hale's attack on Labour", "Hale's Tory rival".
 */
function possessedParty(
  ctx: SentenceContext,
  person: Unit,
  isParty: (entity: number) => boolean,
): Unit | undefined {
  if (!isPossessiveMark(ctx.words[person.tokenEnd])) return undefined;
  const party = partyPhraseAt(ctx, person.tokenEnd + 1, isParty);
  if (!party || party.entity === person.entity) return undefined;
  return RIVAL_NOUNS.has(ctx.words[party.tokenEnd] ?? "") ? undefined : party;
}

/**
 * The party a possessive pronoun at token `at` owns ("his ruling Labour Party", 'his "Movement
 * toward Socialism"'), when the party heads its phrase; undefined for "his Tory opponent".
 */
function pronounParty(
  ctx: SentenceContext,
  at: number,
  isParty: (entity: number) => boolean,
): Unit | undefined {
  const party = partyPhraseAt(ctx, at + 1, isParty);
  if (!party) return undefined;
  const next = ctx.words[party.tokenEnd];
  return next === PARTY_WORD || !isModifier(ctx, party) ? party : undefined;
}

/**
 * MEMBER_OF the party "his" or "her" possesses: of the one person the sentence names before the
 * pronoun, or, when it names none, of the person recent sentences are about.
 */
function relatePronounParties(
  ctx: SentenceContext,
  isParty: (entity: number) => boolean,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  ctx.words.forEach((word, at) => {
    if (!POSSESSIVE_PRONOUNS.has(word) || ctx.unitCovering[at]! >= 0) return;
    const party = pronounParty(ctx, at, isParty);
    if (!party) return;
    const before = new Set(
      ctx.units
        .filter((unit) => unit.tokenEnd <= at && unit.type === "PERSON" && !unit.isDemonym)
        .map((unit) => unit.entity),
    );
    if (before.size > 1) return;
    const [named] = before;
    const owner = named ?? ctx.topicPerson?.entity;
    if (owner === undefined || owner === party.entity) return;
    const relation = makeRelation(
      ctx,
      owner,
      party,
      "MEMBER_OF",
      word,
      PRONOUN_CONFIDENCE,
      spanOf(ctx, at, party),
    );
    if (named === undefined) {
      relation.provenance = "INFERRED";
      relation.attributes = { inferred: "pronoun for the person recent sentences are about" };
    }
    relations.push(relation);
  });
  return relations;
}

/**
 * MEMBER_OF the party a person's name possesses: "Saddam's Baath Party", "Merkel's CDU"; or a
 * pronoun for the person: "his Liberal Democrats".
 */
export function relatePossessedParties(
  contexts: readonly SentenceContext[],
  isParty: (entity: number) => boolean,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const ctx of contexts) {
    relations.push(...relatePronounParties(ctx, isParty));
    for (const person of ctx.units) {
      if (person.type !== "PERSON" || person.isDemonym) continue;
      const party = possessedParty(ctx, person, isParty);
      if (!party) continue;
      relations.push(
        makeRelation(
          ctx,
          person,
          party,
          "MEMBER_OF",
          "'s",
          POSSESSED_CONFIDENCE,
          spanOf(ctx, person, party),
        ),
      );
    }
  }
  return relations;
}

/**
 * Whether a party role rests on a sentence that names the person only as a possessor the party
 * does not title ("The Lib Dem leader said Tom Hale's resignation…"), and not as the possessor of
 * the party itself ("Tom Hale's Labour Party").
 */
export function isPossessorPartyRole(
  relation: ExtractedRelation,
  contexts: readonly SentenceContext[],
  isParty: (entity: number) => boolean,
): boolean {
  if (relation.type !== "MEMBER_OF" && relation.type !== "LEADER_OF") return false;
  const ctx = contexts[relation.evidence.sentenceIndex];
  if (!ctx || ctx.sentence.index !== relation.evidence.sentenceIndex) return false;
  if (ctx.entityTypes[relation.subject] !== "PERSON" || !isParty(relation.object)) return false;
  const people = ctx.units.filter((unit) => unit.entity === relation.subject);
  if (people.length === 0 || !people.every((unit) => isPossessiveMark(ctx.words[unit.tokenEnd])))
    return false;
  const parties = ctx.units
    .flatMap((unit) => [unit, ...unit.inner])
    .filter((unit) => unit.entity === relation.object);
  if (parties.length === 0) return false;
  return !people.some((person) =>
    parties.some(
      (party) =>
        isTitledBy(ctx, party, person) ||
        possessedParty(ctx, person, isParty)?.entity === party.entity,
    ),
  );
}
