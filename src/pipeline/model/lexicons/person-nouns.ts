/** Lowercase nouns of a person's calling that, right before a name, make it a person's ("the philosopher Montesquieu"). */

/** Callings that only people have: not titles of office (see titles-of-office.ts), which carry a role. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "philosopher", "poet", "writer", "author", "novelist", "playwright", "composer", "painter",
  "sculptor", "artist", "singer", "songwriter", "rapper", "actor", "actress", "filmmaker",
  "photographer", "architect", "scientist", "physicist", "chemist", "economist", "historian",
  "sociologist", "theologian", "musician", "pianist", "violinist", "conductor", "comedian",
  "dancer", "designer", "journalist", "blogger", "activist", "dissident", "lawyer", "businessman",
  "businesswoman", "tycoon", "billionaire", "entrepreneur", "priest", "imam", "rabbi", "pastor",
]);

/** Lowercase nouns of kinship that, right before a name, make it a person's ("his niece Isabel Marr"). */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother",
  "sister", "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter",
  "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother",
  "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend",
]);

/** Lower-case particles that open a surname: "M dal Brenta", "R van Persie", "L de Souza". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "da", "dal", "das", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von",
]);
