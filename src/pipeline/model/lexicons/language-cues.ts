/** Words around a demonym that make it the name of a language ("a German translation", "speaks German"). */

/** Lowercase nouns right after a demonym that make it the language: "a German translation". */
export const LANGUAGE_NOUNS: ReadonlySet<string> = new Set([
  "language", "languages", "translation", "translations", "translator", "translators", "version",
  "versions", "subtitles", "dubbing",
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

/**
 * Lowercase words right before a demonym (or its list) that make it the language when no noun
 * follows: "speaks German", "translated into German", "in German,", "her Dutch is rusty".
 */
export const LANGUAGE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned",
  "learnt", "learning", "teach", "teaches", "taught", "teaching", "understand", "understands",
  "understood", "fluent", "study", "studies", "studied", "studying", "translate", "translates",
  "translated", "translating", "my", "your", "his", "her", "our", "their",
]);

/**
 * Lowercase words right before a name (or its list) that make it a people's adjective, said of
 * someone, whatever follows: "her aunt is Welsh", "described herself as English or Welsh".
 */
export const NATIONALITY_LEAD_WORDS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "as", "feel",
  "feels", "felt",
]);

/**
 * Lowercase words that open a new phrase, so never the noun a demonym describes: after a
 * language's name (or its list) they leave it the language ("speaks German well", "in French at
 * the school", "into English and Arabic by a team", "learning German is hard", "dubbed into Polish last year").
 */
export const PHRASE_OPENING_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "so", "yet", "because", "since", "while", "when", "whenever", "where",
  "although", "though", "if", "unless", "until", "than", "that", "which", "who", "whom", "whose",
  "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "himself",
  "herself", "themselves", "his", "its", "their", "our", "my", "your", "the", "a", "an", "this",
  "these", "those", "every", "each", "some", "any", "no", "another", "well", "too", "also",
  "then", "now", "again", "instead", "only", "even", "still", "already", "there", "here", "today",
  "yesterday", "tomorrow", "last", "next", "almost", "ever", "never", "not", "rather", "abroad",
  "together",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
  "may", "might", "must", "should", "does", "did", "do",
]);

/** Words ending in "-ly" that are no adverb, so may be the noun a demonym describes: "German daily". */
export const NON_ADVERBS_IN_LY: ReadonlySet<string> = new Set([
  "daily", "weekly", "monthly", "quarterly", "yearly", "early", "elderly", "family", "assembly",
  "rally", "ally", "supply", "monopoly", "friendly", "holy", "deadly", "costly", "lovely", "ugly",
]);

/**
 * Demonyms that are also a language's name ("speaks Italian"); others ("American", "Swiss") name
 * no language whatever their context.
 */
export const LANGUAGE_DEMONYMS: ReadonlySet<string> = new Set([
  "German", "French", "Spanish", "Italian", "Portuguese", "Russian", "Chinese", "Japanese",
  "Korean", "Dutch", "Polish", "Greek", "Turkish", "Swedish", "Norwegian", "Danish", "Finnish",
  "Icelandic", "Irish", "Hungarian", "Czech", "Slovak", "Slovenian", "Slovene", "Croatian",
  "Serbian", "Bosnian", "Romanian", "Bulgarian", "Ukrainian", "Belarusian", "Lithuanian",
  "Latvian", "Estonian", "Albanian", "Macedonian", "Georgian", "Armenian", "Azerbaijani", "Azeri",
  "Kazakh", "Uzbek", "Turkmen", "Kyrgyz", "Tajik", "Mongolian", "Thai", "Vietnamese", "Indonesian",
  "Filipino", "Burmese", "Lao", "Laotian", "Nepali", "Nepalese", "Maltese", "Somali",
]);

/** Languages whose name is no country's demonym, so the gazetteer does not read them: "learning Arabic". */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  "Arabic", "Hindi", "Urdu", "Swahili", "Latin", "Hebrew", "Persian", "Farsi", "Mandarin",
  "Cantonese", "Yiddish", "Sanskrit", "Quechua", "Aymara", "Tamil", "Bengali", "Esperanto",
  "Tagalog", "Pashto", "Dari", "Catalan", "Basque", "Galician", "Flemish", "Gaelic", "Kurdish",
  "Berber", "Hausa", "Yoruba", "Igbo", "Amharic", "Tigrinya", "Punjabi", "Gujarati", "Marathi",
  "Telugu", "Malay", "Javanese", "Romani", "Sorbian", "Frisian", "Low German", "English", "Welsh",
]);
