/** What an article says about its entities beyond the pair: who holds an office, which sentences are line-ups. */
import { BODY_HEAD_TITLES, TITLE_ROWS } from "../../model/lexicons/titles-of-office.js";
import { ROLE_RELATIONS } from "../../model/news-roles.js";
import type { DocumentView } from "./candidates.js";

/** Words of office, from the title lexicon and the role words: "president", "minister", "chief". */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_ROWS.flatMap(([, , variants]) => variants.split("|").flatMap((v) => v.split(" "))),
  ...Object.entries(ROLE_RELATIONS)
    .filter(([, type]) => type === "LEADER_OF")
    .flatMap(([word]) => word.split(" ")),
]);
/** One-word titles that may head a state ("president", "king", "premier"), not a body ("chief"). */
const STATE_OFFICE_WORDS: ReadonlySet<string> = new Set(
  TITLE_ROWS.filter(([title, role]) => role === "LEADER" && !BODY_HEAD_TITLES.has(title)).flatMap(
    ([, , variants]) => variants.split("|").filter((variant) => !variant.includes(" ")),
  ),
);

/** Words between a name and the office after it: "Rato, the IMF's managing director". */
const APPOSITION_FILLERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "who",
  "is",
  "was",
  ",",
]);

/**
 * Whether the article gives the person an office: a title the recognizer read ("President
 * Kirchner") or an office word just before the name or in an apposition after it ("Rodrigo Rato,
 * the IMF's managing director"). Without one, "Elene Likhotseva of Russia" and "Spain's Felix
 * Mantilla" are players, not heads of state: the training sets' leaders nearly always carry one.
 * `ofState`: an office that may head a country ("President Kirchner"), not a body's ("Standard
 * Chartered chief executive Mervyn Davies" leads no country named near him).
 */
export function hasOfficeCue(view: DocumentView, entity: number, ofState = false): boolean {
  const officeWords = ofState ? STATE_OFFICE_WORDS : OFFICE_WORDS;
  for (const mention of view.byEntity[entity]!) {
    if (mention.title && !(ofState && BODY_HEAD_TITLES.has(mention.title.title))) return true;
    // "King Abdullah": the office the name itself begins with.
    const first = view.text.slice(mention.start, mention.end).split(" ")[0]!.toLowerCase();
    if (officeWords.has(first)) return true;
    const words = view.symbols[mention.sentence] ?? [];
    if (officeWords.has(words[mention.tokenStart - 1] ?? "")) return true;
    // "Iran's president, Mohammad Khatami": the office in apposition before the name.
    if (
      ofState &&
      words[mention.tokenStart - 1] === "," &&
      officeWords.has(words[mention.tokenStart - 2] ?? "")
    )
      return true;
    let next = mention.tokenEnd;
    while (words[next] === "") next++;
    if (words[next] !== ",") continue;
    for (let k = next + 1; k < words.length && k <= next + 6; k++) {
      const word = words[k]!;
      if (officeWords.has(word)) return true;
      // Names, "'s" and fillers may stand between; any other word ends the apposition.
      const passes =
        APPOSITION_FILLERS.has(word) ||
        OFFICE_MODIFIERS.has(word) ||
        word.startsWith("<") ||
        word === "" ||
        word === "'s";
      if (!passes) break;
    }
  }
  return false;
}

/** Words that may come before the office word in an apposition: "the IMF's managing director". */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  "managing",
  "deputy",
  "former",
  "acting",
  "interim",
  "general",
  "executive",
  "vice",
  "new",
]);

/** A line-up lists at least this many "name (club)" entries. */
const MIN_ROSTER_ENTRIES = 3;

/**
 * Sentences that are line-ups or result lists ("G Thomas (Toulouse, capt); K Morgan
 * (Newport-Gwent), ...", "Roberts (Tranmere), Weston (Cardiff)"): names side by side, no sentence
 * between them. A pair named only there shares a list, not a fact ("Tranmere BASED_IN Cardiff").
 */
export function findRosterSentences(view: DocumentView): Set<number> {
  const rosters = new Set<number>();
  view.symbols.forEach((words, sentence) => {
    let entries = 0;
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.startsWith("<")) continue;
      let end = i + 1;
      while (words[end] === "") end++;
      if (words[end] === "(" && words[end + 1]?.startsWith("<")) entries++;
    }
    if (entries >= MIN_ROSTER_ENTRIES) rosters.add(sentence);
  });
  return rosters;
}

/** A capitalised word: "Open", "Beauty", "Transport". */
const CAPITALISED_RE = /^\p{Lu}/u;
/** A word with a lower-case letter: "Open", not "TV". */
const LOWERCASE_RE = /\p{Ll}/u;

/**
 * Whether every mention of an entity is a demonym that begins a name nobody recognised ("the
 * Australian Open", "American Beauty"): capitalised words follow it to the end of the phrase,
 * with no office among them and no name after them ("Irish Transport Minister Martin Cullen" is a
 * title before a person). Such an entity is a tournament's or a film's word, not anybody's country.
 */
export function isNamedOnlyInOtherNames(view: DocumentView, entity: number): boolean {
  const mentions = view.byEntity[entity]!;
  return (
    mentions.length > 0 &&
    mentions.every((mention) => {
      if (!mention.isDemonym) return false;
      const tokens = view.sentences[mention.sentence]?.tokens ?? [];
      const words = view.symbols[mention.sentence] ?? [];
      let t = mention.tokenEnd;
      // "American IT giant EDS", "British TV presenter": an acronym is a common noun here.
      let isWord = false;
      while (t < tokens.length && words[t] !== "" && !words[t]!.startsWith("<")) {
        const text = tokens[t]!.text;
        if (!CAPITALISED_RE.test(text) || OFFICE_WORDS.has(text.toLowerCase())) break;
        if (LOWERCASE_RE.test(text)) isWord = true;
        t++;
      }
      const next = words[t];
      const endsPhrase = next === undefined || (next !== "" && !next.startsWith("<"));
      return isWord && endsPhrase && !CAPITALISED_RE.test(tokens[t]?.text ?? "");
    })
  );
}
