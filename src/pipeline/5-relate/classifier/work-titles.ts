/**
 * Names inside a work's title: "the new film, Beyond the Sea", "cult TV show Twin Peaks". A film,
 * a song or a soap has no home and no nationality, though the model, taught on gold organisations
 * and people, gives its words the story's country ("Sea BASED_IN United Kingdom").
 */
import {
  EXAMPLE_LIST_CUES,
  GAME_NOUNS,
  NOUN_READING_LEADS,
  PROGRAMME_NOUNS,
  VERB_LIKE_WORK_NOUNS,
  WORK_NOUNS,
} from "../../model/lexicons/work-cues.js";
import type { DocumentView, MentionView } from "./candidates.js";

/** Lower-case words a title may hold between its capitalised ones: "Beyond the Sea", "Lost in Translation". */
const TITLE_JOINS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "in",
  "a",
  "an",
  "and",
  "on",
  "to",
  "for",
  "with",
  "from",
  "at",
]);

const TOKEN_RE = /[\p{L}\p{N}'’.&-]+|,/gu;
const CAPITALISED_RE = /^[\p{Lu}\p{N}]/u;

/**
 * Whether token `t` is a noun before a work's title, singular or plural: "film", "shows", "games"
 * (game nouns only `withGames`). A plural that is also a verb only after a capitalised word inside
 * the sentence or a word that makes it a noun: "Channel 9 shows", "his shows", not "it really shows".
 */
function isWorkNounAt(tokens: readonly string[], t: number, withGames: boolean): boolean {
  const lower = tokens[t]?.toLowerCase() ?? "";
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  const isNoun = [lower, singular].some(
    (noun) =>
      WORK_NOUNS.has(noun) || PROGRAMME_NOUNS.has(noun) || (withGames && GAME_NOUNS.has(noun)),
  );
  if (!isNoun || singular === lower || !VERB_LIKE_WORK_NOUNS.has(singular)) return isNoun;
  const lead = tokens[t - 1] ?? "";
  return (t > 1 && CAPITALISED_RE.test(lead)) || NOUN_READING_LEADS.has(lead.toLowerCase());
}

/** Index of the first token of the run of title words ending at token `t` (t + 1 when none). */
function titleRunStart(tokens: readonly string[], t: number): number {
  let start = t + 1;
  while (
    start > 0 &&
    (CAPITALISED_RE.test(tokens[start - 1]!) || TITLE_JOINS.has(tokens[start - 1]!))
  )
    start--;
  return start;
}

/**
 * Where a list of titles after a cue of examples starts, walking back over earlier titles and
 * their commas ("games such as Zorvia, Moon Farm, "): the index of the cue's last token, or
 * undefined when the commas lead to no such cue ("the film Gladiator, " is no list).
 */
function exampleListCue(tokens: readonly string[], t: number): number | undefined {
  let at = t;
  while (tokens[at] === ",") {
    const start = titleRunStart(tokens, at - 1);
    if (start > at - 1 || !CAPITALISED_RE.test(tokens[start]!)) return undefined;
    at = start - 1;
  }
  const two = `${tokens[at - 1] ?? ""} ${tokens[at] ?? ""}`.toLowerCase();
  if (EXAMPLE_LIST_CUES.has(two)) return at - 1;
  return EXAMPLE_LIST_CUES.has(tokens[at]?.toLowerCase() ?? "") ? at : undefined;
}

/** Most words of an "of" phrase between a noun and its list: "games of the last 15 years such as". */
const MAX_OF_PHRASE = 5;

/**
 * The index of the noun a list cue follows, over an "of" phrase that qualifies it: "games such as" → games,
 * "games of the last 15 years such as" → games (only over "of" and words with no comma).
 */
function listedNoun(tokens: readonly string[], cue: number): number {
  for (let k = cue - 2; k >= 0 && k >= cue - 1 - MAX_OF_PHRASE; k--) {
    if (tokens[k] === ",") break;
    if (tokens[k] === "of") return k - 1;
  }
  return cue - 1;
}

/**
 * Whether text ending where a name starts puts the name in a work's title: a work noun, maybe a
 * comma, then nothing or a run of capitalised words (and the small words titles hold) starting
 * with a capital ("the film The Grudge", "new film, Beyond the ", "TV show ", "ITV shows Doc
 * Farm and ", "the Xbox game "), or a plural one before a list of examples ("games such as
 * Zorvia, "). Not "the film in " (a place the film is shown in) nor "film director " (a person).
 */
export function followsWorkNoun(before: string, withGames = true): boolean {
  const tokens = before.match(TOKEN_RE) ?? [];
  let t = tokens.length - 1;
  const start = titleRunStart(tokens, t);
  if (start <= t && !CAPITALISED_RE.test(tokens[start]!)) return false;
  t = start - 1;
  const cue = exampleListCue(tokens, t);
  if (cue !== undefined)
    return (
      isWorkNounAt(tokens, cue - 1, withGames) ||
      isWorkNounAt(tokens, listedNoun(tokens, cue), withGames)
    );
  if (tokens[t] === ",") t--;
  return isWorkNounAt(tokens, t, withGames);
}

/** Whether a mention stands in a work's title after a work noun. */
function isTitleMention(view: DocumentView, mention: MentionView): boolean {
  const sentence = view.sentences[mention.sentence];
  return sentence !== undefined && followsWorkNoun(view.text.slice(sentence.start, mention.start));
}

/**
 * Per entity, cached: whether a mention stands in a work's title after a work noun. A person's
 * first mention only: one named first on his own ("Gordon Brown ... the book, Brown's Britain")
 * keeps his home. Any mention of anything else: a game named first bare ("with Zorvia 2 out next
 * week ... the console game Zorvia 2") is a work wherever it is named.
 */
export function workTitleEntities(view: DocumentView): (entity: number) => boolean {
  const cache = new Map<number, boolean>();
  return (entity) => {
    let inTitle = cache.get(entity);
    if (inTitle === undefined) {
      const mentions = view.byEntity[entity]!;
      const read = view.types[entity] === "PERSON" ? mentions.slice(0, 1) : mentions;
      inTitle = read.some((mention) => isTitleMention(view, mention));
      cache.set(entity, inTitle);
    }
    return inTitle;
  };
}

/**
 * Whether a mention is the tail of a title the recogniser cut: a small word capitalised inside
 * the sentence stands right before it ("Men In Black" → "Black", "A Very Long Engagement", "A
 * Fool Such As I"). Only titles capitalise "In" or "A" mid-sentence; "The" also opens bodies'
 * names ("The Bay Area Laboratory Cooperative") and does not count.
 */
function isCutTail(view: DocumentView, mention: MentionView): boolean {
  const sentence = view.sentences[mention.sentence];
  if (sentence === undefined) return false;
  const tokens = view.text.slice(sentence.start, mention.start).match(TOKEN_RE) ?? [];
  const lead = tokens[tokens.length - 1];
  return (
    tokens.length > 1 &&
    lead !== undefined &&
    lead !== "The" &&
    CAPITALISED_RE.test(lead) &&
    TITLE_JOINS.has(lead.toLowerCase())
  );
}

/**
 * Whether a mention is the tail of a firm's name after an ampersand: "Marsh & McLennan",
 * "Procter & Gamble". The name after "&" is no person of the story, whatever the recogniser read.
 */
function isAmpersandTail(view: DocumentView, mention: MentionView): boolean {
  const sentence = view.sentences[mention.sentence];
  return sentence !== undefined && /&\s*$/u.test(view.text.slice(sentence.start, mention.start));
}

/**
 * Per entity, cached: whether every mention is the cut tail of a title ("Men In Black" → "Black
 * LOCATED_IN France") or of a firm's name ("Marsh & McLennan" → "McLennan CITIZEN_OF United
 * States"). The model, reading such a fragment's words, gives it the story's country.
 */
export function cutTailEntities(view: DocumentView): (entity: number) => boolean {
  const cache = new Map<number, boolean>();
  return (entity) => {
    let cut = cache.get(entity);
    if (cut === undefined) {
      cut = view.byEntity[entity]!.every(
        (mention) => isAmpersandTail(view, mention) || isCutTail(view, mention),
      );
      cache.set(entity, cut);
    }
    return cut;
  };
}
