/** Words around a demonym that make it the name of a language ("a German translation", "speaks German"). */

/** Lowercase nouns right after a demonym that make it the language: "a German translation". */
export const LANGUAGE_NOUNS: ReadonlySet<string> = new Set([
  "translation", "translations", "translator", "translators", "version", "subtitles", "dubbing",
  "dub", "lessons", "classes", "speakers", "speaker", "dictionary", "grammar", "word", "words",
  "phrase", "phrases", "expression", "expressions", "term", "vocabulary", "lyrics", "textbook",
  "textbooks", "learners", "course", "courses",
]);

/**
 * Nouns of a person who teaches, after which a demonym names neither a sure language nor a sure
 * country: "his German tutor" teaches German or is German, "a French teacher" alike.
 */
export const TEACHER_NOUNS: ReadonlySet<string> = new Set([
  "teacher", "teachers", "tutor", "tutors",
]);

/** Lowercase words right before a demonym (or its list) that make it the language: "speaks German", "translated into German". */
export const LANGUAGE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned",
  "learnt", "learning", "teach", "teaches", "taught", "teaching", "understand", "understands",
  "fluent", "study", "studies", "studied", "studying",
]);

/** Languages whose name is no country's demonym, so the gazetteer does not read them: "learning Arabic". */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  "Arabic", "Hindi", "Urdu", "Swahili", "Latin", "Hebrew", "Persian", "Farsi", "Mandarin",
  "Cantonese", "Yiddish", "Sanskrit", "Quechua", "Aymara", "Tamil", "Bengali", "Esperanto",
  "Tagalog", "Pashto", "Dari", "Catalan", "Basque", "Galician", "Flemish", "Gaelic", "Kurdish",
  "Berber", "Hausa", "Yoruba", "Igbo", "Amharic", "Tigrinya", "Punjabi", "Gujarati", "Marathi",
  "Telugu", "Malay", "Javanese", "Romani", "Sorbian", "Frisian", "Low German", "English", "Welsh",
]);
