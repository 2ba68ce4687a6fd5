/**
 * Nouns a story uses for an organisation it has named: "the carmaker's chief executive X", "the
 * Swedish firm said". Each kind of noun refers only to an organisation of its kind.
 */

/** Nouns for a firm: "the firm", "the carmaker", "the German group". */
export const FIRM_REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "group",
  "carmaker",
  "automaker",
  "maker",
  "manufacturer",
  "bank",
  "lender",
  "insurer",
  "airline",
  "carrier",
  "retailer",
  "chain",
  "giant",
  "conglomerate",
  "operator",
  "brewer",
  "publisher",
  "broadcaster",
  "telco",
  "studio",
  "label",
]);

/** Nouns for a sports club: "the club's manager X", "the Welsh side". */
export const CLUB_REFERENCE_NOUNS: ReadonlySet<string> = new Set(["club", "side"]);

/** Nouns for a political party: "the party's leader X". */
export const PARTY_REFERENCE_NOUNS: ReadonlySet<string> = new Set(["party"]);

/**
 * Words between "the" and a description that make it another organisation than the one named
 * ("the next South Korean bank", "the other US firm") or a claim about one rather than a
 * reference to it ("the largest US retailer", "the best Scottish band").
 */
export const NON_REFERENCE_WORDS: ReadonlySet<string> = new Set([
  "next",
  "other",
  "another",
  "rival",
  "second",
  "third",
  "first",
  "last",
  "only",
  "same",
  "new",
  "former",
  // "the central bank's vice president": a state's bank, not a firm.
  "central",
]);

/**
 * Nouns that make an organisation noun a modifier rather than the head of its phrase: "the Indian
 * domestic airline market", "the US firm's shares" aside, "the UK car industry".
 */
export const REFERENCE_NOUN_TAILS: ReadonlySet<string> = new Set([
  "market",
  "markets",
  "sector",
  "industry",
  "industries",
  "business",
  "businesses",
  "shares",
  "stock",
  "stocks",
  "boss",
  "bosses",
  "chief",
  "chiefs",
  "executive",
  "executives",
  "staff",
  "workers",
  "unit",
  "division",
  "arm",
  "subsidiary",
  "sales",
  "profits",
  "results",
  "price",
  "prices",
  "rates",
  "deal",
  "deals",
  "merger",
  "takeover",
]);

/** Words that may stand between "the" and a referring description: "the embattled Russian oil giant". */
export const REFERENCE_EPITHETS: ReadonlySet<string> = new Set([
  "embattled",
  "troubled",
  "struggling",
  "ailing",
  "beleaguered",
  "debt-laden",
  "debt-ridden",
  "cash-strapped",
  "loss-making",
  "bankrupt",
  "privatised",
  "state-owned",
  "state-run",
]);

/**
 * Nouns a nationality may describe a person by, opening a sentence about the person the sentence
 * before named: "The Ethiopian legend", "The American top seed", "The Welsh striker".
 */
export const PERSON_REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  "legend",
  "star",
  "veteran",
  "youngster",
  "teenager",
  "runner",
  "athlete",
  "sprinter",
  "hurdler",
  "jumper",
  "thrower",
  "player",
  "champion",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "winger",
  "forward",
  "international",
  "number",
  "top",
  "world",
  "former",
  "captain",
  "skipper",
  "coach",
  "boss",
  "manager",
  "seed",
  "qualifier",
  "left-hander",
  "right-hander",
  "golfer",
  "boxer",
  "cyclist",
  "swimmer",
  "skier",
  "jockey",
  "batsman",
  "bowler",
  "fly-half",
  "scrum-half",
  "full-back",
  "keeper",
  "actor",
  "actress",
  "singer",
  "singer-songwriter",
  "rapper",
  "musician",
  "comedian",
  "director",
  "film-maker",
  "filmmaker",
  "writer",
  "author",
  "novelist",
  "researcher",
  "scientist",
  "businessman",
  "businesswoman",
  "tycoon",
  "entrepreneur",
  "billionaire",
]);

/** Verbs a nationality used as a noun may open a clause with: "The Russian said", "The Swede was". */
export const DEMONYM_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
  "could",
  "can",
  "said",
  "says",
  "added",
  "admitted",
  "insisted",
  "believes",
  "believed",
  "hit",
  "beat",
  "won",
  "wins",
  "lost",
  "now",
  "then",
  "also",
  "still",
  "remains",
  "insists",
  "faces",
  "needs",
  "must",
  "should",
  "might",
  "may",
]);
