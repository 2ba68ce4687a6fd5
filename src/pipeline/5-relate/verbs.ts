/** Verb patterns: subject, trigger verb and object in one clause, active or passive, negation respected. */

import { type RelationType, SYMMETRIC_RELATION_TYPES } from "../../domain/vocabulary.js";
import {
  BE_FORMS,
  DONE_ONLY_VERBS,
  MODIFIER_WORDS,
  SUBJECT_GAP_WORDS,
  VERB_TRIGGERS,
  type VerbTrigger,
} from "../model/lexicons/relation-triggers.js";
import {
  DETERMINERS,
  MODALS,
  NEGATORS,
  PREPOSITIONS,
  REPORTING_VERBS,
} from "../model/lexicons/sentence-words.js";
import { HONORIFICS } from "../model/lexicons/titles-of-office.js";
import { CONTROL_WORDS, JOINT_ACTION_VERBS, TOGETHER_VERBS } from "../model/lexicons/verb-cues.js";
import {
  PARTY_OFFICE_MODIFIERS,
  PARTY_OFFICES,
  ROLE_MODIFIERS,
  ROLE_RELATIONS,
} from "../model/news-roles.js";
import type { ExtractedRelation } from "../types.js";
import { cueClass, hasCue } from "./cue-words.js";
import {
  AGENT_TYPES,
  coordinatedBefore,
  coordinatedFrom,
  findMainSubject,
  hasWordBetween,
  isModifier,
  isPossessiveMark,
  LOWER_WORD_RE,
  makeRelation,
  predicateText,
  resolvePronoun,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";

/** "reportedly", "formally": an -ly adverb, skipped between subject and verb. */
const ADVERB_RE = /ly$/;

/** Relations to a body itself: its owner named in a possessive ("Labour's preparations") is none. */
const OWNED_OBJECT_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  "LEADER_OF",
  "WORKS_FOR",
  "MEMBER_OF",
  "PLAYS_FOR",
  "COACHES",
  "HOLDS_POSITION",
  "FOUNDED",
  "ACQUIRED",
  // "hosted Mr Brown's speech", "met the minister's envoy": the owner is not who was met.
  "MET_WITH",
  // "suspended Slough's constituency association": the town is not what was penalised.
  "SANCTIONS",
]);

/** Verbs of hosting: "Austria hosted Nehammer" is a meeting, "X and Y host the show" is none. */
const HOST_VERBS: ReadonlySet<string> = new Set(["host", "hosts", "hosted"]);

/** Verbs of a result a pundit backs a side to reach: "backed Wales to win", "to lift the cup". */
const TIPPED_RESULTS: ReadonlySet<string> = new Set([
  "win",
  "beat",
  "lift",
  "claim",
  "clinch",
  "retain",
  "regain",
  "reach",
  "qualify",
  "finish",
  "top",
  "triumph",
  "bounce",
  "avoid",
  "survive",
  "go",
]);

/** How far left of a verb a modal makes it a possibility: "could now meet". */
const MODAL_REACH = 3;

/** Whether a modal stands just before the verb: "could meet Bekele" tells of no meeting. */
function hasModalBefore(ctx: SentenceContext, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - MODAL_REACH; j--) {
    const word = ctx.words[j]!;
    if (MODALS.has(word)) return true;
    if (ctx.unitCovering[j]! >= 0) return false;
  }
  return false;
}

/** A person's age: "31". */
const AGE_RE = /^\d{1,3}$/;

/** How far left of a verb its subject may sit (tokens). */
const MAX_SUBJECT_GAP = 6;

const OBJECT_SKIP: ReadonlySet<string> = new Set([...DETERMINERS, ...MODIFIER_WORDS]);

/** What was found left of a verb: the subject units and how certain the clause is. */
export interface SubjectFinding {
  subjects: Unit[];
  negated: boolean;
  hedged: boolean;
  /** Token where the subject's clause starts (the subject's first token). */
  from: number;
  /** The subject is a pronoun read as the passage's topic person: less certain. */
  pronoun?: boolean;
}

/** Words a relative clause may hold between "who" and a verb it states as done: "who both scored", "who has won". */
const RELATIVE_GAP_WORDS: ReadonlySet<string> = new Set([
  "also",
  "both",
  "all",
  "previously",
  "once",
  "twice",
  "later",
  "eventually",
  "recently",
  "already",
  "has",
  "have",
  "had",
]);

/**
 * Whether the verb at `verb` opens a relative clause stated as done: "X, who won", "X and Y, who
 * both scored", "X, who previously won" (not "who will win", "who may have won").
 */
export function isDoneRelative(ctx: SentenceContext, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && verb - j <= 3; j--) {
    const word = ctx.words[j]!;
    if (word === "who") return true;
    if (!RELATIVE_GAP_WORDS.has(word)) return false;
  }
  return false;
}

/** The entity types a subject pronoun may stand for: "it" a firm or a state, "he" a person. */
const PRONOUN_TYPES: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set(["ORGANIZATION", "COUNTRY"]),
  he: new Set(["PERSON"]),
  she: new Set(["PERSON"]),
};

/**
 * The subject a pronoun at `at` stands for when it opens what a reporting verb reports: "Acme
 * said it had bought Zorb", "Hale said that he had joined Acme". The reporting clause must be
 * plain (not "Acme denied it had…", not "Acme may say it…") and its one subject of the pronoun's kind.
 */
function reportingSubject(ctx: SentenceContext, at: number): Unit | undefined {
  const types = PRONOUN_TYPES[ctx.words[at] ?? ""];
  if (!types) return undefined;
  const verb = ctx.words[at - 1] === "that" ? at - 2 : at - 1;
  if (!REPORTING_VERBS.has(ctx.words[verb] ?? "")) return undefined;
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated || finding.hedged || finding.pronoun) return undefined;
  const subject = finding.subjects.length === 1 ? finding.subjects[0] : undefined;
  return subject && types.has(subject.type) ? subject : undefined;
}

/** An age between commas closing at token `comma`, right after a person's name: "Kenteris, 31,". */
function isAgeAside(ctx: SentenceContext, comma: number): boolean {
  if (!AGE_RE.test(ctx.words[comma - 1] ?? "") || ctx.words[comma - 2] !== ",") return false;
  const index = ctx.unitCovering[comma - 3];
  const unit = index !== undefined && index >= 0 ? ctx.units[index] : undefined;
  return unit?.type === "PERSON" && unit.tokenEnd === comma - 2;
}

/** Most tokens a relative clause standing aside between commas may hold: "which last month forecast …". */
const MAX_ASIDE_TOKENS = 12;

/**
 * The opening comma of a relative clause that closes at token `comma` right after a name:
 * "Novartis, which last month forecast record sales," → the comma after Novartis; -1 when none.
 */
function relativeAsideOpening(ctx: SentenceContext, comma: number): number {
  for (let k = comma - 2; k > 0 && comma - k <= MAX_ASIDE_TOKENS; k--) {
    if (ctx.words[k] !== ",") continue;
    const antecedent = ctx.units[ctx.unitCovering[k - 1] ?? -1];
    return isRelative(ctx.words[k + 1]) && antecedent?.tokenEnd === k ? k : -1;
  }
  return -1;
}

/** Adverbs a writer sets off by commas inside a clause: "Mr Brown, meanwhile, is visiting". */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set([
  "meanwhile",
  "however",
  "though",
  "too",
  "also",
  "then",
  "instead",
  "therefore",
  "nevertheless",
  "nonetheless",
  "moreover",
  "meantime",
  "separately",
  "likewise",
]);

/** Articles that open a noun phrase in apposition: "Tom Hale, the head of the church,". */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * The opening comma of a noun phrase in apposition that closes at token `comma` right after a
 * name: "Tom Hale, the Archbishop of Westminster, backed…" → the comma after Hale; -1 when none.
 */
function appositionAsideOpening(ctx: SentenceContext, comma: number): number {
  for (let k = comma - 2; k > 0 && comma - k <= MAX_ASIDE_TOKENS; k--) {
    if (ctx.words[k] !== ",") continue;
    const antecedent = ctx.units[ctx.unitCovering[k - 1] ?? -1];
    return APPOSITION_ARTICLES.has(ctx.words[k + 1] ?? "") &&
      antecedent?.tokenEnd === k &&
      AGENT_TYPES.has(antecedent.type) &&
      !antecedent.isDemonym
      ? k
      : -1;
  }
  return -1;
}

/** Most lower-case words describing a name in apposition: "turnaround expert Enrico Bondi". */
const MAX_APPOSITIVE_DESCRIBERS = 3;

/**
 * The name closing an apposition at token `comma`: "the party's home affairs spokesman, Mark
 * Oaten," and "the firm's administrator, turnaround expert Enrico Bondi," → the person. The name
 * (after at most a few describing words) must follow a comma that a description precedes, not
 * another name of its kind (a list).
 */
function appositiveNameBefore(ctx: SentenceContext, comma: number): Unit | undefined {
  const unit = ctx.units[ctx.unitCovering[comma - 1] ?? -1];
  if (!unit || unit.tokenEnd !== comma || !AGENT_TYPES.has(unit.type) || unit.isDemonym)
    return undefined;
  let k = unit.tokenStart - 1;
  for (let described = 0; k > 0 && ctx.words[k] !== ","; k--, described++) {
    const word = ctx.words[k]!;
    // "filed in Los Angeles Superior Court, also accuses", "Vince Cable, for the Liberal
    // Democrats, accused": a phrase after a preposition is no apposition of the subject.
    if (
      described === MAX_APPOSITIVE_DESCRIBERS ||
      ctx.unitCovering[k]! >= 0 ||
      !LOWER_WORD_RE.test(word) ||
      PREPOSITIONS.has(word)
    )
      return undefined;
  }
  if (k === 0) return undefined;
  // "Ivo Brand, Petr Novak, beat…": a name of the same kind before the first comma makes a list.
  const before = ctx.units[ctx.unitCovering[k - 1] ?? -1];
  return before && before.tokenEnd === k && before.type === unit.type ? undefined : unit;
}

/** Whether a word opens a relative clause: "which", "who". */
export function isRelative(word: string | undefined): boolean {
  return word === "which" || word === "who";
}

/**
 * The subject left of token `verb` in the same clause: "The US and its allies have imposed" → US;
 * "Kissinger, who engineered" → Kissinger. A unit inside a prepositional phrase or a possessive ends the search.
 */
export function findSubjectLeft(ctx: SentenceContext, verb: number): SubjectFinding | undefined {
  let negated = false;
  let hedged = false;
  for (let j = verb - 1, gap = 0; j >= 0 && gap <= MAX_SUBJECT_GAP; j--, gap++) {
    const index = ctx.unitCovering[j]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      if (!AGENT_TYPES.has(unit.type) || unit.isDemonym) return undefined;
      const before = ctx.words[unit.tokenStart - 1];
      if (before !== undefined && PREPOSITIONS.has(before) && before !== "as") return undefined;
      if (isPossessiveMark(ctx.words[unit.tokenEnd])) return undefined;
      return { subjects: coordinatedBefore(ctx, unit), negated, hedged, from: unit.tokenStart };
    }
    const word = ctx.words[j]!;
    // "He won…" opening a sentence: the person the passage is about.
    if (j === 0 || (ctx.words[j - 1] === "," && j <= 4)) {
      const person = resolvePronoun(ctx, j);
      if (person) return { subjects: [person], negated, hedged, from: j, pronoun: true };
    }
    // "Novartis said it had bought Hexal": the pronoun after a reporting verb is its subject.
    const reporter = reportingSubject(ctx, j);
    if (reporter) return { subjects: [reporter], negated, hedged, from: j };
    // "Kissinger, who engineered": the relative pronoun's antecedent is the subject.
    if ((word === "who" || word === "which") && gap <= 2) {
      const k = ctx.words[j - 1] === "," ? j - 2 : j - 1;
      const antecedent = k >= 0 ? ctx.unitCovering[k]! : -1;
      if (antecedent < 0) return undefined;
      const unit = ctx.units[antecedent]!;
      if (!AGENT_TYPES.has(unit.type) || unit.isDemonym) return undefined;
      return { subjects: [unit], negated, hedged: true, from: unit.tokenStart };
    }
    // "Novartis, which last month forecast record sales, said": the relative clause stands aside.
    // "Tom Hale, the head of the church, backed": so does a noun phrase in apposition.
    const aside =
      word === "," ? Math.max(relativeAsideOpening(ctx, j), appositionAsideOpening(ctx, j)) : -1;
    if (aside >= 0) {
      j = aside;
      continue;
    }
    // "the firm's administrator, turnaround expert Enrico Bondi, sued": the name that closes an
    // apposition between commas is the subject.
    if (word === ",") {
      const named = appositiveNameBefore(ctx, j);
      if (named) return { subjects: [named], negated, hedged, from: named.tokenStart };
    }
    // "Mr Brown, meanwhile, is visiting", "Vivendi, however, has said": an adverb set off by
    // commas stands aside from the clause.
    if (word === "," && ctx.words[j - 2] === "," && ASIDE_ADVERBS.has(ctx.words[j - 1]!)) {
      j -= 2;
      continue;
    }
    // "Kenteris, 31, won": a person's age between commas stands aside from the clause.
    if (word === "," && isAgeAside(ctx, j)) {
      j -= 2;
      continue;
    }
    if (NEGATORS.has(word)) negated = true;
    else if (MODALS.has(word)) hedged = true;
    else if (!SUBJECT_GAP_WORDS.has(word) && !ADVERB_RE.test(word)) return undefined;
  }
  return undefined;
}

/** Words between a passive's auxiliary and its participle: "were each fined", "was also banned". */
const PASSIVE_GAP_WORDS: ReadonlySet<string> = new Set([
  "not",
  "also",
  "reportedly",
  "each",
  "both",
  "all",
  "already",
  "just",
]);

function isPassive(ctx: SentenceContext, verb: number): boolean {
  // "is visiting", "are suing": a progressive, not a passive.
  if (ctx.words[verb]!.endsWith("ing")) return false;
  for (let j = verb - 1; j >= 0 && j >= verb - 3; j--) {
    const word = ctx.words[j]!;
    if (BE_FORMS.has(word)) return word !== "'s";
    if (!ADVERB_RE.test(word) && !PASSIVE_GAP_WORDS.has(word)) return false;
  }
  return false;
}

/** Possessive pronouns that may open a role phrase before a name: "blamed his former coach X". */
const ROLE_PHRASE_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, "his", "her", "their"]);

/**
 * The person a role phrase introduces at token `at`: "accused shadow chancellor Oliver Letwin",
 * "blamed his former coach Christos Tzekos", "criticised referee Tom Hale's decision". The role
 * words must end in a role noun or an office, and a person's name must follow them.
 */
function roleLedPersonAt(ctx: SentenceContext, at: number): Unit | undefined {
  let i = ROLE_PHRASE_OPENERS.has(ctx.words[at] ?? "") ? at + 1 : at;
  const start = i;
  while (
    i - start < MAX_HOLDER_ROLE_WORDS &&
    ctx.unitStartingAt[i]! < 0 &&
    isRoleWord(ctx.words[i] ?? "")
  )
    i++;
  const person = ctx.units[ctx.unitStartingAt[i] ?? -1];
  if (person?.type !== "PERSON" || person.isDemonym) return undefined;
  // "shadow chancellor Oliver Letwin" where the name took "chancellor" in: the title ends the role.
  if (person.tokenStart < person.nameStart)
    return i > start || person.tokenStart > at ? person : undefined;
  const last = ctx.words[i - 1] ?? "";
  if (i === start || (ROLE_RELATIONS[last] === undefined && !PARTY_OFFICES.has(last)))
    return undefined;
  return person;
}

/**
 * "Senator McCain recently visited Mr Blair": a visit to a person is a meeting; "travelled to Idi
 * Amin's Uganda" visits the place, not the person.
 */
function visitedPerson(ctx: SentenceContext, type: RelationType, object: Unit): boolean {
  return (
    type === "VISITED" && object.type === "PERSON" && !isPossessiveMark(ctx.words[object.tokenEnd])
  );
}

/** Stances taken towards someone: backing their plan is backing them. */
const STANCE_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  "SUPPORTS",
  "OPPOSES",
  "CRITICIZES",
]);
/** Words between a passive's subject and its participle: "has also been", "was strongly". */
const PASSIVE_LEAD_WORDS: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  "has",
  "have",
  "had",
  "also",
  "since",
  "widely",
]);
/** Most words of the thing possessed: "Lord Butler's assessment", "Kahn's legal case". */
const MAX_POSSESSED_WORDS = 2;

/**
 * The owner of a passive's possessed subject: "Lord Butler's assessment was backed by…", "Mr
 * Makarov's case has been backed by…" → the person whose stance is backed or criticised.
 */
function possessorOfSubject(ctx: SentenceContext, verb: number): Unit | undefined {
  let j = verb - 1;
  while (j >= 0 && (PASSIVE_LEAD_WORDS.has(ctx.words[j]!) || ADVERB_RE.test(ctx.words[j]!))) j--;
  const nounEnd = j;
  while (
    nounEnd - j < MAX_POSSESSED_WORDS &&
    j >= 0 &&
    ctx.unitCovering[j]! < 0 &&
    LOWER_WORD_RE.test(ctx.words[j]!)
  )
    j--;
  if (j === nounEnd || !isPossessiveMark(ctx.words[j])) return undefined;
  const owner = ctx.units[ctx.unitCovering[j - 1] ?? -1];
  return owner && owner.tokenEnd === j && AGENT_TYPES.has(owner.type) && !owner.isDemonym
    ? owner
    : undefined;
}

/** The objects of a trigger at token `verb`: direct ("met Putin") or after a preposition ("met with Putin"). */
function findObjects(
  ctx: SentenceContext,
  verb: number,
  trigger: VerbTrigger,
): { objects: Unit[]; end: number; predicateEnd: number } {
  const i = verb + 1;
  // "hit out at Washington": a particle sequence of several words.
  for (const prep of trigger.preps) {
    const parts = prep.split(" ");
    if (parts.every((part, k) => ctx.words[i + k] === part)) {
      const unit =
        unitAfter(ctx, i + parts.length, OBJECT_SKIP, 2) ?? roleLedPersonAt(ctx, i + parts.length);
      if (unit)
        return {
          objects: coordinatedFrom(ctx, unit),
          end: unit.tokenEnd,
          predicateEnd: i + parts.length,
        };
      return { objects: [], end: i, predicateEnd: i };
    }
  }
  if (!trigger.direct) return { objects: [], end: i, predicateEnd: i };
  const unit = unitAfter(ctx, i, OBJECT_SKIP, 2) ?? roleLedPersonAt(ctx, i);
  if (!unit) return { objects: [], end: i, predicateEnd: i };
  return { objects: coordinatedFrom(ctx, unit), end: unit.tokenEnd, predicateEnd: i };
}

/** Most role words between an organisation and the person holding the role ("LSE chief executive Clara Furse"). */
const MAX_HOLDER_ROLE_WORDS = 4;

/** Whether a word may stand in a role phrase before a name: "chief", "executive", "shadow", "secretary". */
function isRoleWord(word: string): boolean {
  return (
    ROLE_RELATIONS[word] !== undefined ||
    ROLE_MODIFIERS.has(word) ||
    PARTY_OFFICES.has(word) ||
    PARTY_OFFICE_MODIFIERS.has(word)
  );
}

/**
 * The person a name introduces through a role: "met LSE chief executive Clara Furse" meets the
 * person, not the exchange, which only qualifies the role. Undefined unless role words (ending in a
 * role noun or an office) and then a person's name follow the unit.
 */
export function roleHolderAfter(ctx: SentenceContext, unit: Unit): Unit | undefined {
  if (unit.type === "PERSON") return undefined;
  // "LSE chief executive Clara Furse" where the name took its title in: the titled person.
  const titled = ctx.units[ctx.unitStartingAt[unit.tokenEnd] ?? -1];
  if (titled?.type === "PERSON" && titled.tokenStart < titled.nameStart) return titled;
  let i = unit.tokenEnd;
  while (i - unit.tokenEnd < MAX_HOLDER_ROLE_WORDS && isRoleWord(ctx.words[i] ?? "")) i++;
  const last = ctx.words[i - 1] ?? "";
  if (i === unit.tokenEnd || (ROLE_RELATIONS[last] === undefined && !PARTY_OFFICES.has(last)))
    return undefined;
  // "LSE boss Sir Tom Reyes": a form of address before the name.
  if (HONORIFICS.has(ctx.words[i] ?? "") && ctx.unitStartingAt[i]! < 0) i++;
  const holder = ctx.units[ctx.unitStartingAt[i] ?? -1];
  return holder?.type === "PERSON" && !holder.isDemonym ? holder : undefined;
}

/** "Russia was invaded by …": the agent after "by" following the verb (and its object). */
function findAgentAfter(ctx: SentenceContext, from: number): Unit[] {
  // "were each fined 1m euros ($1.3m; £690,000) by AMF", "was banned for two years by the IAAF":
  // a penalty's amount or length may stand between, in brackets or not, but no name or clause.
  let depth = 0;
  for (let i = from; i < ctx.words.length && i <= from + MAX_AGENT_GAP; i++) {
    const word = ctx.words[i]!;
    if (word === "(") depth++;
    else if (word === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (CLAUSE_BREAKS.has(word) || ctx.unitCovering[i]! >= 0)) return [];
    // "is suspended and could be replaced by X": a clause of its own, with its own agent.
    else if (
      depth === 0 &&
      CLAUSE_JOINS.has(word) &&
      OWN_CLAUSE_OPENERS.has(ctx.words[i + 1] ?? "")
    )
      return [];
    if (word === "by" && depth === 0) {
      const unit = unitAfter(ctx, i + 1, DETERMINERS, 1);
      // "backed by Yapp's coach Dai Young": the possessor is not the agent; "by a US court": the
      // name qualifies the agent.
      return unit &&
        AGENT_TYPES.has(unit.type) &&
        !unit.isDemonym &&
        !isPossessiveMark(ctx.words[unit.tokenEnd]) &&
        !isModifier(ctx, unit)
        ? coordinatedFrom(ctx, unit)
        : [];
    }
  }
  return [];
}

/** Most tokens between a passive participle and its "by": "fined £15,000 and reprimanded by". */
const MAX_AGENT_GAP = 12;
/** Words joining a second clause: "and", "or", "but". */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(["and", "or", "but"]);
/** What opens a clause of its own after a join: "and could be replaced", "and was". */
const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...MODALS,
  ...BE_FORMS,
  "has",
  "have",
  "had",
]);
/** Punctuation that closes the participle's clause before any agent. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "-", '"']);

/** Every pair of a coordinated subject left of `verb` ("Russia and China are…"). */
export function relatePairs(
  ctx: SentenceContext,
  verb: number,
  type: RelationType,
  predicate: string,
  confidence: number,
): ExtractedRelation[] {
  const finding = findSubjectLeft(ctx, verb);
  if (!finding || finding.negated || finding.subjects.length < 2) return [];
  const relations: ExtractedRelation[] = [];
  const units = finding.subjects;
  for (let a = 0; a < units.length; a++) {
    for (let b = a + 1; b < units.length; b++) {
      const x = units[a]!;
      const y = units[b]!;
      const hedge = finding.hedged ? 0.3 : 0;
      relations.push(
        makeRelation(ctx, x, y, type, predicate, confidence - hedge, spanOf(ctx, x, y, verb)),
      );
    }
  }
  return relations;
}

/**
 * The trigger verbs, "together"/"closer" after "work", "move" ("work together"), and "forces"/"up"
 * after "join", "team" ("joined forces", "teamed up").
 */
const VERB_CUES = cueClass(
  VERB_TRIGGERS.keys(),
  ["together", "closer"],
  JOINT_ACTION_VERBS.values(),
);

/** Relations stated by verbs in one sentence. */
export function relateVerbs(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const words = ctx.words;
  if (!hasCue(words, VERB_CUES)) return relations;
  for (let verb = 0; verb < words.length; verb++) {
    const word = words[verb]!;
    if ((word === "together" || word === "closer") && TOGETHER_VERBS.has(words[verb - 1] ?? "")) {
      relations.push(
        ...relatePairs(ctx, verb - 1, "COOPERATES_WITH", `${words[verb - 1]} ${word}`, 0.6),
      );
      continue;
    }
    // "Hitachi and Matsushita are joining forces", "Nokia and Intel have teamed up".
    if (JOINT_ACTION_VERBS.get(words[verb - 1] ?? "") === word) {
      relations.push(
        ...relatePairs(ctx, verb - 1, "COOPERATES_WITH", `${words[verb - 1]} ${word}`, 0.6),
      );
      continue;
    }
    const trigger = VERB_TRIGGERS.get(word);
    if (!trigger || ctx.unitCovering[verb]! >= 0) continue;
    // "into attacking Taiwan", "seeking to goad": a hoped-for act, not a stated one.
    const before = words[verb - 1];
    if (before === "into") continue;
    // "threatened to sue Apple", "banned from suing Parmalat": no lawsuit yet.
    const doneOnly = DONE_ONLY_VERBS.has(word);
    if (doneOnly && (before === "to" || before === "from")) continue;

    if (isPassive(ctx, verb)) {
      // "Russia was invaded by …"; "sanctions were imposed" is the noun patterns' job.
      const possessor = STANCE_TYPES.has(trigger.type) ? possessorOfSubject(ctx, verb) : undefined;
      const patient = possessor
        ? { subjects: [possessor], negated: false, hedged: false, from: possessor.tokenStart }
        : findSubjectLeft(ctx, verb);
      const agents = findAgentAfter(ctx, verb + 1);
      if (!patient || patient.negated || agents.length === 0) continue;
      if (doneOnly && patient.hedged) continue;
      const confidence = trigger.confidence - 0.05 - (patient.hedged ? 0.3 : 0);
      for (const agent of agents) {
        for (const object of patient.subjects) {
          relations.push(
            makeRelation(
              ctx,
              agent,
              object,
              trigger.type,
              words[verb]!,
              confidence,
              spanOf(ctx, object, agent, verb),
            ),
          );
        }
      }
      continue;
    }

    const found = findObjects(ctx, verb, trigger);
    const { predicateEnd } = found;
    let { end } = found;
    // "rejected a Conservative plan": the name modifies the real object; "met LSE chief
    // executive Clara Furse": it qualifies the role of the person met.
    const last = found.objects.at(-1);
    const holder = last && found.objects.length === 1 ? roleHolderAfter(ctx, last) : undefined;
    if (holder) end = holder.tokenEnd;
    // "has headed Labour's preparations", "bought Vodafone's stake": the possessive's owner is
    // not what is headed, joined or bought (a visit to "Kenya's biggest shantytown" is Kenya's).
    const owned =
      last !== undefined &&
      OWNED_OBJECT_TYPES.has(trigger.type) &&
      isPossessiveMark(words[last.tokenEnd]);
    const objects = holder
      ? [holder]
      : last && (owned || isModifier(ctx, last))
        ? []
        : found.objects;
    if (found.objects.length > 0 && objects.length === 0) continue;
    // "Umaga backed New Zealand to win the series": a tip for a result, not support.
    if (
      trigger.type === "SUPPORTS" &&
      words[end] === "to" &&
      TIPPED_RESULTS.has(words[end + 1] ?? "")
    )
      continue;
    if (objects.length === 0) {
      // "Xi and Putin met in Moscow": a symmetric verb with a coordinated subject and no object.
      if (SYMMETRIC_RELATION_TYPES.has(trigger.type) && before !== "to" && !HOST_VERBS.has(word))
        relations.push(
          ...relatePairs(ctx, verb, trigger.type, words[verb]!, trigger.confidence - 0.1),
        );
      continue;
    }
    let finding: SubjectFinding | undefined;
    let confidence = trigger.confidence;
    if (before === "to") {
      // "Blinken … to criticise China": a purpose clause takes the sentence's subject, unless a
      // verb before hands the infinitive to someone else ("urging the US to stop").
      if ([2, 3, 4].some((k) => CONTROL_WORDS.has(words[verb - k] ?? ""))) continue;
      const main = findMainSubject(ctx);
      if (!main || main.tokenStart >= verb) continue;
      // "Mr Chirac denied there was any snub … to meet": a negated or reported frame, no fact.
      if (hasWordBetween(ctx, main.tokenEnd, verb, NEGATORS)) continue;
      finding = { subjects: [main], negated: false, hedged: false, from: main.tokenStart };
      confidence = 0.5;
    } else {
      finding = findSubjectLeft(ctx, verb);
    }
    if (!finding || finding.negated || (doneOnly && finding.hedged)) continue;
    // "El Guerrouj could meet Bekele": a possible meeting is none (a planned one is news).
    if (trigger.type === "MET_WITH" && hasModalBefore(ctx, verb)) continue;
    if (finding.hedged) confidence -= 0.3;
    if (finding.pronoun) confidence -= 0.15;
    const predicate = predicateText(ctx, verb, predicateEnd);
    for (const subject of finding.subjects) {
      for (const object of objects) {
        relations.push(
          makeRelation(
            ctx,
            subject,
            object,
            visitedPerson(ctx, trigger.type, object) ? "MET_WITH" : trigger.type,
            predicate,
            confidence,
            spanOf(ctx, subject, object, verb, end - 1),
          ),
        );
      }
    }
  }
  return relations;
}
