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
  ...verbs("visit|visits|visited|toured|tours", "VISITED", "", true, 0.8),
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
  ...verbs("hit|hits|lashed|lashes", "CRITICIZES", "out at", false, 0.75),
  ...verbs("accuse|accuses|accused|blame|blames|blamed", "ACCUSES", "", true, 0.8),
  ...verbs("sanction|sanctioned|sanctioning", "SANCTIONS", "", true, 0.85),
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
