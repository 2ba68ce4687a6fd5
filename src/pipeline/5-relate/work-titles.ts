/**
 * Entities that are titles of works rather than people, places or organisations: the recogniser
 * reads "Gladiator" or "Lost In Translation" as a name, and a relation on it ("Lost In
 * Translation LOCATED_IN United States") is always a misreading.
 */
import type { Candidate } from "../3-recognize/candidate.js";
import { isKnownKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import { isWorkNounUse } from "../3-recognize/work-title-spans.js";
import type { Resolution } from "../4-resolve/resolve.js";
import {
  ADAPTATION_NOUNS,
  APPOSED_WORK_NOUNS,
  TITLE_CASE_FUNCTION_WORDS,
  TITLE_INNER_WORDS,
  WORK_NOUNS,
  WORK_PHRASE_FOLLOWERS,
} from "../model/lexicons/work-cues.js";
import type { ExtractedMention, Sentence, Token } from "../types.js";
import { followsWorkNoun } from "./classifier/work-titles.js";
import { isPossessiveMark, LOWER_WORD_RE } from "./sentence-view.js";

/** "PVRs", "MPs": an acronym in the plural names a kind of thing, not one entity. */
const PLURAL_ACRONYM_RE = /^[A-Z]{2,}s$/;

/** Whether a name is written as a title: a function word capitalised after its first word. */
function isTitleCased(name: string): boolean {
  return name
    .split(/\s+/)
    .slice(1)
    .some((word) => TITLE_CASE_FUNCTION_WORDS.has(word));
}

const DETERMINER_RE = /^(?:a|an|the|his|her|their|its|this)$/i;
/** Tokens that join the names of a list: "Finding Neverland, The Motorcycle Diaries and Vera Drake". */
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or"]);

/**
 * Whether the words beside a name describe it as a work: after it "X, a fantasy set in…", "X is an
 * enchanting book"; before it "their new release, X". The noun must end its phrase ("X, a film
 * studio" is a firm).
 */
function isDescribedAsWork(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end]?.text;
  if (after === "," || after === "is" || after === "was") {
    if (DETERMINER_RE.test(tokens[end + 1]?.text ?? "")) {
      for (let k = end + 2; k < Math.min(tokens.length, end + 5); k++) {
        const word = tokens[k]!.text;
        if (!LOWER_WORD_RE.test(word)) break;
        if (APPOSED_WORK_NOUNS.has(word)) {
          const next = tokens[k + 1]?.text ?? ".";
          // "Brackla, the game's developer": the work owns the noun that describes the name.
          if (isPossessiveMark(next.replace("’", "'"))) continue;
          if (!LOWER_WORD_RE.test(next) || WORK_PHRASE_FOLLOWERS.has(next)) return true;
        }
      }
    }
  }
  // "their new release, Some Cities.": the name ends the phrase ("a video game, Sony told…" is a clause).
  const next = tokens[end]?.text ?? ".";
  return (
    (next === "." || next === "," || next === ";") &&
    tokens[start - 1]?.text === "," &&
    APPOSED_WORK_NOUNS.has(tokens[start - 2]?.text ?? "") &&
    (DETERMINER_RE.test(tokens[start - 3]?.text ?? "") ||
      (LOWER_WORD_RE.test(tokens[start - 3]?.text ?? "") &&
        DETERMINER_RE.test(tokens[start - 4]?.text ?? "")))
  );
}

const CAPITALISED_RE = /^\p{Lu}/u;
/** Tokens before a name read for the work noun of its title or list ("games such as X, Y, Z"). */
const MAX_TITLE_CONTEXT = 30;

/**
 * Whether a name stands in the title a work was made from: the capitalised run it is part of
 * (with the small words a title keeps) follows "adaptation of", "remake of", "version of" ("a big
 * screen adaptation of Fear and Loathing in Las Vegas" holds "Loathing"). A name in the
 * possessive there is the work's maker ("the 2005 version of Merriam-Webster's dictionary").
 */
function isInAdaptedTitle(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end]?.text;
  if (after === "'s" || after === "'" || after === "’s") return false;
  let k = start;
  while (k > 0) {
    const word = tokens[k - 1]!.text;
    if (CAPITALISED_RE.test(word)) k--;
    else if (TITLE_INNER_WORDS.has(word) && CAPITALISED_RE.test(tokens[k - 2]?.text ?? "")) k--;
    else break;
  }
  return (
    tokens[k - 1]?.text === "of" && ADAPTATION_NOUNS.has(tokens[k - 2]?.text.toLowerCase() ?? "")
  );
}

/** Per entity: whether it is a work's title or a kind of thing (never a relation's end). */
export function findWorkTitles(sentences: readonly Sentence[], resolution: Resolution): boolean[] {
  const isWork = resolution.entities.map(
    (entity) =>
      entity.type !== "COUNTRY" &&
      (isTitleCased(entity.name) || PLURAL_ACRONYM_RE.test(entity.name)),
  );
  // What the sentence around a name may make a work: an organisation, a place or a thing no gazetteer or list knows.
  const canBeWork = resolution.entities.map(
    (entity) =>
      (entity.type === "ORGANIZATION" || entity.type === "PLACE" || entity.type === "OTHER") &&
      !isKnownKey(entity.key),
  );
  resolution.mentions.forEach((mention, index) => {
    const entity = resolution.entities[mention.entity];
    const candidate = resolution.candidates[index];
    if (!entity || entity.type === "COUNTRY" || !candidate) return;
    // "the film Gladiator", "drama The Return": the noun before the name (and its "The") says what it is.
    const tokens = sentences[mention.sentenceIndex]?.tokens ?? [];
    const article = tokens[candidate.tokenStart - 1]?.text === "The" ? 1 : 0;
    const before = tokens[candidate.tokenStart - 1 - article]?.text;
    if (
      (before !== undefined && WORK_NOUNS.has(before.toLowerCase())) ||
      isWorkNounUse(tokens, candidate.tokenStart - 1 - article)
    )
      isWork[mention.entity] = true;
    // "banned the play The Vagina Monologues": after the title's own "The", any work noun will do.
    const titled = article === 1 || tokens[candidate.tokenStart]?.text === "The";
    if (titled && canBeWork[mention.entity] && APPOSED_WORK_NOUNS.has(before ?? ""))
      isWork[mention.entity] = true;
    // "new film, Beyond the Sea", "Channel 9 shows Doc Farley and Life Goes On": a name inside a
    // title, or in a list after a work noun (not after "game": "the games Expo in Los Angeles").
    // Only a name that can be a work, and not one already known as one, needs the text before it.
    if (!canBeWork[mention.entity] || isWork[mention.entity]) return;
    const textBefore = tokens
      .slice(Math.max(0, candidate.tokenStart - MAX_TITLE_CONTEXT), candidate.tokenStart)
      .map((token) => token.text)
      .join(" ");
    if (
      followsWorkNoun(textBefore, false) ||
      isDescribedAsWork(tokens, candidate.tokenStart, candidate.tokenEnd) ||
      isInAdaptedTitle(tokens, candidate.tokenStart, candidate.tokenEnd)
    )
      isWork[mention.entity] = true;
  });
  // "Finding Neverland, The Motorcycle Diaries and British film Vera Drake": a name listed with a
  // work is one; "drama The Return (Vozvrashchenie)": so is a work's name in brackets after it.
  const order = resolution.mentions
    .map((mention, index) => ({ mention, candidate: resolution.candidates[index]! }))
    // "British film": a name that modifies the work noun after it is no item of the list.
    .filter(
      ({ mention, candidate }) =>
        !WORK_NOUNS.has(sentences[mention.sentenceIndex]?.tokens[candidate.tokenEnd]?.text ?? ""),
    )
    .sort(
      (x, y) =>
        x.mention.sentenceIndex - y.mention.sentenceIndex ||
        x.candidate.tokenStart - y.candidate.tokenStart,
    );
  // The joins between neighbours do not change from pass to pass: read once.
  const links = listLinks(sentences, order);
  for (let pass = 0; pass < 3; pass++) {
    for (const { left, right, listed } of links) {
      if (isWork[left] && canBeWork[right]) isWork[right] = true;
      if (listed && isWork[right] && canBeWork[left]) isWork[left] = true;
    }
  }
  return isWork;
}

/** Two neighbouring names of one sentence joined as items of a list, or the second in brackets after the first. */
interface ListLink {
  left: number;
  right: number;
  /** Joined by list words (",", "and"), not by a bracket alone. */
  listed: boolean;
}

/** The links between neighbouring mentions (`order`: in text order), left to right. */
function listLinks(
  sentences: readonly Sentence[],
  order: readonly { mention: ExtractedMention; candidate: Candidate }[],
): ListLink[] {
  const links: ListLink[] = [];
  for (let i = 1; i < order.length; i++) {
    const left = order[i - 1]!;
    const right = order[i]!;
    if (left.mention.sentenceIndex !== right.mention.sentenceIndex) continue;
    const tokens = sentences[left.mention.sentenceIndex]?.tokens ?? [];
    let gap = tokens.slice(left.candidate.tokenEnd, right.candidate.tokenStart).map((t) => t.text);
    // "… and British film Vera Drake": the words that announce the last item are part of it.
    if (WORK_NOUNS.has(gap.at(-1) ?? "")) {
      let k = gap.length - 1;
      while (k > 0 && !LIST_JOINERS.has(gap[k - 1]!)) k--;
      gap = gap.slice(0, k);
    }
    const listed = gap.length > 0 && gap.every((word) => LIST_JOINERS.has(word));
    const bracketed = gap.length === 1 && gap[0] === "(";
    if (listed || bracketed)
      links.push({ left: left.mention.entity, right: right.mention.entity, listed });
  }
  return links;
}
