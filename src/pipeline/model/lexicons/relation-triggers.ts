/** Trigger words of the relation patterns: verbs and nouns with the relation they state. */
import type { RelationType } from "../../../domain/vocabulary.js";

/** A verb that states a relation between its subject and object. */
export interface VerbTrigger {
  type: RelationType;
  /** Prepositions that introduce the object ("met with"); empty: a direct object ("met Putin"). */
  preps: readonly string[];
  /** Whether the bare object is accepted as well as the prepositional one ("met Putin", "met with Putin"). */
  direct: boolean;
  /** Base confidence for the active voice with subject and object found next to the verb. */
  confidence: number;
}

/** A noun that states a relation ("visit to Beijing", "sanctions on Moscow"). */
export interface NounTrigger {
  type: RelationType;
  preps: readonly string[];
  /** Whether "between A and B" names both sides (symmetric facts: "talks between…"). */
  between: boolean;
}

function verbs(
  forms: string,
  type: RelationType,
  preps: string,
  direct: boolean,
  confidence: number,
): [string, VerbTrigger][] {
  const trigger: VerbTrigger = { type, preps: preps ? preps.split("|") : [], direct, confidence };
  return forms.split("|").map((form) => [form, trigger]);
}

function nouns(
  forms: string,
  type: RelationType,
  preps: string,
  between: boolean,
): [string, NounTrigger][] {
  const trigger: NounTrigger = { type, preps: preps.split("|"), between };
  return forms.split("|").map((form) => [form, trigger]);
}

/** Verb forms by lower-cased surface. */
export const VERB_TRIGGERS: ReadonlyMap<string, VerbTrigger> = new Map([
  ...verbs("meet|meets|met", "MET_WITH", "with", true, 0.8),
  ...verbs("hosted|hosts|host", "MET_WITH", "", true, 0.7),
  ...verbs("visit|visits|visited|visiting|toured|tours|touring", "VISITED", "", true, 0.8),
  ...verbs("travelled|traveled|travels|travel|flew|flies", "VISITED", "to", false, 0.75),
  ...verbs("arrived|arrives|arrive", "VISITED", "in", false, 0.75),
  ...verbs(
    "support|supports|supported|backs|backed|endorse|endorses|endorsed|embrace|embraces|embraced|welcomed|welcomes",
    "SUPPORTS",
    "",
    true,
    0.75,
  ),
  ...verbs("oppose|opposes|opposed|reject|rejects|rejected", "OPPOSES", "", true, 0.75),
  ...verbs(
    "criticise|criticises|criticised|criticize|criticizes|criticized|slam|slams|slammed|condemn|condemns|condemned|" +
      "denounce|denounces|denounced|rebuked|rebukes|lambasted|lambasts|decried|decries|castigated|chided",
    "CRITICIZES",
    "",
    true,
    0.8,
  ),
  ...verbs("hit|hits|lashed|lashes", "CRITICIZES", "out at|back at", false, 0.75),
  ...verbs("accuse|accuses|accused|blame|blames|blamed", "ACCUSES", "", true, 0.8),
  ...verbs("sanction|sanctioned|sanctioning", "SANCTIONS", "", true, 0.85),
  // "Parmalat has sued 45 banks", "a US woman is suing Hewlett Packard": a claim of wrong in court.
  ...verbs("sue|sues|sued|suing", "ACCUSES", "", true, 0.75),
  // "The regulator fined Citigroup £14m": a penalty imposed.
  ...verbs("fine|fines|fined", "SANCTIONS", "", true, 0.8),
  // "Tzekos was banned for two years by the IAAF", "the club suspended Mutu": a penalty imposed.
  ...verbs("ban|bans|banned|banning|suspend|suspends|suspended", "SANCTIONS", "", true, 0.8),
  ...verbs(
    "attack|attacks|attacked|invade|invades|invaded|bombed|bombs|shelled|shells",
    "ATTACKED",
    "",
    true,
    0.8,
  ),
  // "fought in World War II" is participation: relate retypes a conflict with an event.
  ...verbs(
    "fought|fights|clashed|clashes",
    "IN_CONFLICT_WITH",
    "with|against|in|during",
    true,
    0.7,
  ),
  ...verbs("negotiate|negotiates|negotiated|negotiating", "NEGOTIATES_WITH", "with", false, 0.75),
  ...verbs(
    "cooperate|cooperates|cooperated|co-operate|co-operates|co-operated|partnered|allied",
    "COOPERATES_WITH",
    "with",
    false,
    0.75,
  ),
  ...verbs("propose|proposes|proposed|unveiled|unveils", "PROPOSED", "", true, 0.75),
  ...verbs("signed|signs|sign|ratified|ratifies|ratify", "PARTY_TO", "", true, 0.8),
  ...verbs("joined|joins|join", "MEMBER_OF", "", true, 0.75),
  // "Jo Bell works for Acme", "who worked at Acme": a job there.
  ...verbs("works|worked|working|work", "WORKS_FOR", "for|at", false, 0.75),
  ...verbs("leads|heads|headed|chairs|chaired|governs|governed", "LEADER_OF", "", true, 0.7),
  ...verbs(
    "competed|competes|compete|participated|participates|participate",
    "PARTICIPATED_IN",
    "in|at",
    false,
    0.75,
  ),
  ...verbs("attended|attends|boycotted", "PARTICIPATED_IN", "", true, 0.7),
  ...verbs("took|takes|take|taking", "PARTICIPATED_IN", "part in", false, 0.75),
  ...verbs("served|serves", "PARTICIPATED_IN", "in|during", false, 0.65),
]);

/**
 * Verbs whose act is done or nothing: "could sue", "threatened to sue", "may be fined" state no
 * lawsuit and no penalty, so a hedged or infinitive use yields no relation.
 */
export const DONE_ONLY_VERBS: ReadonlySet<string> = new Set([
  "sue",
  "sues",
  "sued",
  "suing",
  "fine",
  "fines",
  "fined",
  "ban",
  "bans",
  "banned",
  "banning",
  "suspend",
  "suspends",
  "suspended",
]);

/** Nouns by lower-cased surface. */
export const NOUN_TRIGGERS: ReadonlyMap<string, NounTrigger> = new Map([
  ...nouns("meeting|meetings|summit|summits", "MET_WITH", "with", true),
  ...nouns("talks", "MET_WITH", "with", true),
  ...nouns("visit|visits|trip|trips", "VISITED", "to", false),
  ...nouns("arrival", "VISITED", "in", false),
  ...nouns("tour", "VISITED", "of", false),
  ...nouns("invasion|annexation|occupation", "ATTACKED", "of", false),
  ...nouns(
    "attack|attacks|strikes|airstrikes|bombing|offensive|aggression",
    "ATTACKED",
    "on|against",
    false,
  ),
  ...nouns("war|conflict|clashes|hostilities|fighting", "IN_CONFLICT_WITH", "with|against", true),
  ...nouns("sanctions|tariffs|embargo", "SANCTIONS", "on|against", false),
  // "Yukos filed a lawsuit against Rosneft".
  ...nouns("lawsuit|lawsuits", "ACCUSES", "against", false),
  ...nouns("support|backing", "SUPPORTS", "for", false),
  ...nouns("opposition", "OPPOSES", "to", false),
  ...nouns("criticism|condemnation", "CRITICIZES", "of", false),
  ...nouns("cooperation|co-operation|partnership|alliance", "COOPERATES_WITH", "with", true),
  ...nouns("negotiations", "NEGOTIATES_WITH", "with", true),
]);

/** Verbs that carry a relation noun and lend it their subject ("imposed sanctions on", "held talks with"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "imposed",
  "imposes",
  "impose",
  "imposing",
  "levied",
  "slapped",
  "placed",
  "filed",
  "files",
  "announced",
  "introduced",
  "extended",
  "tightened",
  "expanded",
  "held",
  "holds",
  "hold",
  "holding",
  "launched",
  "launches",
  "launch",
  "waged",
  "wages",
  "paid",
  "pays",
  "made",
  "makes",
  "began",
  "begins",
  "started",
  "starts",
  "concluded",
  "concludes",
  "conducted",
  "carried",
  "stepped",
  "continued",
  "continues",
  "ended",
  "expressed",
  "voiced",
  // "Ms Druyun had talks with Mr Sears", "has a meeting with".
  "had",
  "has",
  "have",
  "having",
]);

/** Words before a relation noun that make its subject the sentence's ("following talks with Xi, Putin…"). */
export const SUBJECT_LEAD_INS: ReadonlySet<string> = new Set([
  "following",
  "after",
  "during",
  "amid",
]);

/** Forms of "to be": a participle after one is passive ("were imposed", "was attacked"). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "'s",
]);

/** Words that may sit between a subject and its verb ("The US and its allies have imposed"). */
export const SUBJECT_GAP_WORDS: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "will",
  "shall",
  "did",
  "does",
  "do",
  "also",
  "just",
  "already",
  "recently",
  "reportedly",
  "publicly",
  "again",
  "then",
  "now",
  "still",
  "further",
  "swiftly",
  "sharply",
  "strongly",
  "openly",
  "formally",
  "officially",
  "repeatedly",
  "later",
  "first",
  "once",
  "allegedly",
  "and",
  "its",
  "their",
  "allies",
  "partners",
  "government",
  "administration",
  "leaders",
  "leader",
  "officials",
  // "Labour MPs have criticised", "Deutsche Boerse bosses have held talks": the body's people.
  "mps",
  "meps",
  "ministers",
  "bosses",
  "executives",
  "spokesman",
  "spokeswoman",
  "forces",
  "troops",
  "military",
  "army",
  "ministry",
  "not",
  "n't",
  "never",
  "effectively",
  "quickly",
  "subsequently",
  "eventually",
  "is",
  "was",
  "are",
  "were",
  "been",
  "being",
  "be",
  "would",
  "could",
  "might",
  "may",
  "should",
  "must",
  "can",
  "reported",
  "itself",
  "himself",
  "herself",
  "jointly",
  "together",
  "both",
  "each",
  "finally",
  "previously",
  "immediately",
  "only",
  "even",
]);

/** Adjectives allowed between a trigger and its object or between a possessor and its noun. */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  "crippling",
  "new",
  "fresh",
  "further",
  "tough",
  "harsh",
  "sweeping",
  "economic",
  "financial",
  "military",
  "high-profile",
  "two-day",
  "three-day",
  "one-day",
  "first",
  "historic",
  "official",
  "state",
  "surprise",
  "brief",
  "recent",
  "latest",
  "planned",
  "bilateral",
  "full-scale",
  "full-blown",
  "unprovoked",
  "illegal",
  "brutal",
  "ongoing",
  "continued",
  "massive",
  "western",
  "trade",
  "direct",
  "face-to-face",
  "landmark",
  "secret",
  "formal",
  "peace",
  "renewed",
  "additional",
  "punishing",
  "strong",
  "close",
  "closer",
  "deep",
  "continuing",
  "devastating",
  "recently",
  "just",
]);

/** A verb of entertainment, tech or business news and the relation it states (subject → object). */
export interface MediaVerb {
  type: "APPEARS_IN" | "CREATED" | "WON" | "PRODUCES";
  /** The word that must follow the verb before the object ("stars in"); empty: a direct object. */
  prep: string;
}

function mediaVerbs(forms: string, type: MediaVerb["type"], prep: string): [string, MediaVerb][] {
  const verb: MediaVerb = { type, prep };
  return forms.split("|").map((form) => [form, verb]);
}

/** Active verbs: "X stars in Y", "X directed Y", "X won the Oscar", "Sony makes the PlayStation". */
export const MEDIA_VERBS: ReadonlyMap<string, MediaVerb> = new Map([
  ...mediaVerbs(
    "star|stars|starred|co-star|co-stars|co-starred|appear|appears|appeared",
    "APPEARS_IN",
    "in",
  ),
  ...mediaVerbs(
    "directed|directs|wrote|writes|composed|composes|penned|pens|authored|co-wrote|co-directed",
    "CREATED",
    "",
  ),
  ...mediaVerbs("won|wins|scooped|scoops|collected|collects", "WON", ""),
  ...mediaVerbs("makes|manufactures|manufactured|publishes", "PRODUCES", ""),
]);

/** Participles before "by": "directed by X" names a creator, "made by Nintendo" a maker. */
export const MEDIA_PARTICIPLES: ReadonlyMap<string, MediaVerb["type"]> = new Map([
  ...["directed", "written", "composed", "penned", "developed", "designed", "created"].map(
    (word) => [word, "CREATED"] as const,
  ),
  ...["made", "manufactured", "published"].map((word) => [word, "PRODUCES"] as const),
]);

/** Nouns after a possessor that name its own work: "X's new album Y", "her novel Y". Not "film": star or director? */
export const AUTHORED_WORK_NOUNS: ReadonlySet<string> = new Set([
  "album",
  "single",
  "song",
  "novel",
  "book",
  "memoir",
  "autobiography",
  "play",
]);

/**
 * Nouns between a work and a person who performs in it: "EastEnders actress X". Not "star": "R&B
 * star", "Westlife star", "All Black star" name a genre, a band or a side as often as a work.
 */
export const PERFORMER_NOUNS: ReadonlySet<string> = new Set(["actor", "actress"]);

/** Nouns between a work and its maker, or before "of" a work: "Titanic director X", "author of Y". */
export const CREATOR_NOUNS: ReadonlySet<string> = new Set([
  "director",
  "author",
  "writer",
  "composer",
  "creator",
  "novelist",
  "screenwriter",
]);

/** Nouns between an award and the person who won it: "Bafta winner X". */
export const AWARD_WINNER_NOUNS: ReadonlySet<string> = new Set(["winner", "laureate"]);

/** Words after a name that make it an award or a title won: "the Golden Globe award", "the Wimbledon title". */
export const AWARD_TAIL_WORDS: ReadonlySet<string> = new Set([
  "award",
  "awards",
  "prize",
  "trophy",
  "title",
  "crown",
]);

/** An award by its name, whatever type the recogniser gave it: "Oscar", "three Baftas", "Turner Prize". */
export const AWARD_NAME_RE =
  /\b(Oscars?|Baftas?|BAFTAs?|Grammys?|Emmys?|Golden Globes?|Brit Awards?|[Aa]wards?|[Pp]rizes?|[Mm]edal|[Tt]rophy)$/;

/**
 * Lower-case words after a name that mark a product the recogniser took for an organisation:
 * "Sony's PlayStation Portable console", "Apple's iTunes service".
 */
export const PRODUCT_TAIL_WORDS: ReadonlySet<string> = new Set([
  "operating",
  "service",
  "services",
  "music",
  "games",
  "game",
  "console",
  "consoles",
  "technology",
  "format",
  "software",
  "phone",
  "handset",
  "player",
  "players",
  "browser",
  "programme",
  "show",
  "series",
  "magazine",
  "newspaper",
  "digital",
]);

/**
 * Nouns after a possessed name that make it a modifier of a part of the firm or a group, not a
 * product: "Microsoft's Windows Server division", "Swansea's Muslim community", "the BBC's
 * Christmas season".
 */
export const NON_PRODUCT_TAILS: ReadonlySet<string> = new Set([
  "division",
  "unit",
  "arm",
  "department",
  "subsidiary",
  "business",
  "community",
  "season",
  "market",
  "team",
  "staff",
  "boss",
  "chief",
  "head",
  "spokesman",
  "spokeswoman",
  "office",
  "headquarters",
  "shares",
  "stake",
]);

/** Lower-case nouns naming a product: "Sony's new console PSP", "the handset". */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "console",
  "handset",
  "phone",
  "game",
  "player",
  "software",
  "browser",
  "magazine",
  "newspaper",
  "programme",
]);

/** Words that make a win or a role only hoped for: "nominated for", "is tipped to win", "will star in". */
export const MEDIA_HEDGES: ReadonlySet<string> = new Set([
  "to",
  "will",
  "nominated",
  "shortlisted",
  "tipped",
  "favourite",
  "hopes",
  "hoping",
]);

/** Words besides prepositions that may follow an award's name: "won a Bafta and", "won the Oscar this year". */
export const AWARD_FOLLOWER_WORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "but",
  "this",
  "last",
  "earlier",
  "twice",
  "again",
  "winners",
]);

/** "won four awards herself at the Grammy ceremony": a reflexive ends the words before an award. */
export const REFLEXIVES: ReadonlySet<string> = new Set(["herself", "himself", "themselves", "itself"]);

/** Words besides determiners and work nouns between a verb or a possessive and a work: "her latest novel Y". */
export const WORK_LEAD_WORDS: ReadonlySet<string> = new Set([
  "new",
  "latest",
  "hit",
  "debut",
  "his",
  "her",
  "their",
  "its",
]);
