/**
 * Names inside a work's title: "the new film, Beyond the Sea", "cult TV show Twin Peaks". A film,
 * a song or a soap has no home and no nationality, though the model, taught on gold organisations
 * and people, gives its words the story's country ("Sea BASED_IN United Kingdom").
 */
import { PROGRAMME_NOUNS, WORK_NOUNS } from "../../model/lexicons/work-cues.js";
import type { DocumentView } from "./candidates.js";

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
 * Whether text ending where a name starts puts the name in a work's title: a work noun, maybe a
 * comma, then nothing or a run of capitalised words (and the small words titles hold) starting
 * with a capital ("the film The Grudge", "new film, Beyond the ", "TV show "). Not "the film in "
 * (a place the film is shown in) nor "film director " (a person).
 */
export function followsWorkNoun(before: string): boolean {
  const tokens = before.match(TOKEN_RE) ?? [];
  let t = tokens.length - 1;
  let firstOfRun: string | undefined;
  while (t >= 0) {
    const token = tokens[t]!;
    if (CAPITALISED_RE.test(token) || TITLE_JOINS.has(token)) {
      firstOfRun = token;
      t--;
    } else break;
  }
  if (firstOfRun !== undefined && !CAPITALISED_RE.test(firstOfRun)) return false;
  if (tokens[t] === ",") t--;
  const noun = tokens[t]?.toLowerCase() ?? "";
  return WORK_NOUNS.has(noun) || PROGRAMME_NOUNS.has(noun);
}

/**
 * Per entity, cached: whether its first mention stands in a work's title after a work noun. A
 * person named first on his own ("Gordon Brown ... the book, Brown's Britain") keeps his home.
 */
export function workTitleEntities(view: DocumentView): (entity: number) => boolean {
  const cache = new Map<number, boolean>();
  return (entity) => {
    let inTitle = cache.get(entity);
    if (inTitle === undefined) {
      const first = view.byEntity[entity]![0];
      const sentence = first ? view.sentences[first.sentence] : undefined;
      inTitle =
        first !== undefined &&
        sentence !== undefined &&
        followsWorkNoun(view.text.slice(sentence.start, first.start));
      cache.set(entity, inTitle);
    }
    return inTitle;
  };
}
