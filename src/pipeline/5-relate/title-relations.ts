/** Titles of office: "Chinese President Xi Jinping" → LEADER_OF China; the country inferred when unstated. */
import { findEntryByKey } from "../3-recognize/gazetteer/gazetteer-lookups.js";
import type { Resolution } from "../4-resolve/resolve.js";
import { DEPARTMENT_NAME_RE } from "../model/lexicons/role-phrase-cues.js";
import {
  AFTER_NAME_WORDS,
  CLAUSE_BREAKS,
  DETERMINERS,
  PREPOSITIONS,
} from "../model/lexicons/sentence-words.js";
import { BODY_HEAD_TITLES, HOME_TITLE_ROLES } from "../model/lexicons/titles-of-office.js";
import type { ExtractedRelation } from "../types.js";
import { isHeldNow, isRegionalTitle } from "./home-offices.js";
import {
  findMainSubject,
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
} from "./sentence-view.js";

const TYPE_BY_ROLE = {
  LEADER: "LEADER_OF",
  POSITION: "HOLDS_POSITION",
  MEMBER: "MEMBER_OF",
} as const;

/** Parties by name ("Labour Party", "Democratic Party", "Conservatives"). */
const PARTY_NAME =
  /\b(Party|Democrats|Republicans|Conservatives|Tories|Labour|Liberal Democrats)\b/;

/**
 * Titles that head a party rather than the state or city the holder runs: "Labour leader" heads
 * the party, "London's Labour mayor Ken Livingstone" and "Democratic President Bill Clinton" are
 * members of theirs.
 */
const PARTY_HEAD_TITLES: ReadonlySet<string> = new Set([
  "Leader",
  "Chairman",
  "Head",
  "General Secretary",
  "Secretary-General",
]);

/**
 * Titles of those who speak for a body: "State Department spokesman John Kirby" works for it, as
 * "a spokesman for the State Department" does; he holds no office of it.
 */
const SPEAKER_TITLES: ReadonlySet<string> = new Set(["Spokesperson", "Press Secretary"]);

/** The word that makes a bare speaker the government's: "government spokesman". */
const GOVERNMENT_WORD = "government";

/** The relation a title states: a role's, or a speaker's employment. */
function titleRelationType(title: { title: string; role: keyof typeof TYPE_BY_ROLE }) {
  return SPEAKER_TITLES.has(title.title) ? "WORKS_FOR" : TYPE_BY_ROLE[title.role];
}

/** Confidence of a title whose polity the text names ("Chinese President"). */
const STATED_CONFIDENCE = 0.9;
/** "his national security adviser": the polity of the person the pronoun points at. */
const PRONOUN_CONFIDENCE = 0.7;
/** "Secretary of State Antony Blinken" after "the US slammed…": the polity the passage is about. */
const CONTEXT_CONFIDENCE = 0.55;

function titleOf(unit: Unit, keyIndex: ReadonlyMap<string, number>): number | undefined {
  const title = unit.title;
  if (!title?.of) return undefined;
  // The qualifier is itself a mention ("Chinese" → China) inside the title's span.
  const inner = unit.inner.find((other) => other.start >= title.start && other.end <= title.end);
  return inner?.entity ?? keyIndex.get(title.of.key);
}

/** A word made of lowercase letters: a common noun or verb, not a name or a number. */
const LOWERCASE_WORD_RE = /^\p{Ll}+$/u;

/**
 * Whether the title's "of" names the entity only as a modifier of a noun after it: "head of UK
 * equities", "director of US operations" (the person heads a desk, not the country), or as the
 * possessor of one ("leader of Britain's Labour Party", "director of the IMF's Asian Department":
 * a department's head leads the department, not the body).
 */
function isModifierOf(ctx: SentenceContext, unit: Unit, of: number): boolean {
  const title = unit.title;
  if (!title) return false;
  const named = ctx.units.find(
    (other) => other.entity === of && other.start >= title.start && other.start < title.end + 2,
  );
  if (!named) return false;
  // "director of the IMF's Asian Department": a determiner may stand between.
  const link = DETERMINERS.has(ctx.words[named.tokenStart - 1] ?? "")
    ? named.tokenStart - 2
    : named.tokenStart - 1;
  if (ctx.words[link] !== "of") return false;
  const next = ctx.sentence.tokens[named.tokenEnd]?.text ?? "";
  // "leader of Britain's Labour Party", "president of Rwanda's Green Party": the country owns
  // what the title heads.
  // "chairman of the BBC's board" still chairs the body itself; "assistant director of the IMF's
  // Asian Department" still holds a post at the body (leading only the department).
  if (POSSESSIVE_MARKS.has(next))
    return (
      !GOVERNING_BOARDS.has(ctx.sentence.tokens[named.tokenEnd + 1]?.text ?? "") &&
      !(title.role === "POSITION" && named.type === "ORGANIZATION")
    );
  return LOWERCASE_WORD_RE.test(next) && !AFTER_NAME_WORDS.has(next) && !CLAUSE_BREAKS.has(next);
}

/** A body's own governing board: who chairs it chairs the body. */
const GOVERNING_BOARDS: ReadonlySet<string> = new Set(["board", "board's"]);

/** The possessive's tokens after a name. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);

/** A capitalised word: part of a name. */
const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * The country the sentence is about, read from its main subject before the title. None when the
 * sentence names another country's people ("All five Danes held by the US will be freed, Foreign
 * Minister X said"): the subject country is then the other side, holding or facing those people, and the
 * title is as likely the people's country's.
 */
function contextCountry(ctx: SentenceContext, before: number): number | undefined {
  const main = findMainSubject(ctx);
  if (main?.type !== "COUNTRY" || main.tokenStart >= before) return undefined;
  if (namesOtherPeople(ctx, main.entity)) return undefined;
  // "Egypt FA spokesman Methat Shalaby": the country only qualifies the name between them.
  const between = ctx.sentence.tokens.slice(main.tokenEnd, before);
  if (between.length > 0 && between.every((token) => CAPITALISED_RE.test(token.text)))
    return undefined;
  return main.entity;
}

/** A demonym naming a country's people, not qualifying a noun: "Britons", "Germans". */
const PEOPLE_DEMONYM_RE = /\p{L}s$/u;

/**
 * Whether the sentence names the people of a country other than entity `country`: "Britons"
 * (not "Russian forces", whose adjective names no one).
 */
function namesOtherPeople(ctx: SentenceContext, country: number): boolean {
  return ctx.units.some(
    (unit) =>
      unit.type === "COUNTRY" &&
      unit.isDemonym &&
      unit.entity !== country &&
      PEOPLE_DEMONYM_RE.test(ctx.text.slice(unit.start, unit.end)),
  );
}

/** Most tokens from the name to the body whose post it is: ", a spokesman for the EU". */
const MAX_POST_GAP = 8;
/** Words that link a post to its body: "vice chairman of Citigroup", "a spokesman for the EU". */
const POST_LINKS: ReadonlySet<string> = new Set(["of", "for", "at", "with"]);

/** Most lowercase words of a post between its body and its title: "EU trade commissioner". */
const MAX_POST_WORDS = 2;

/** A lowercase word no unit covers: "trade" in "EU trade commissioner". */
function isPostWord(ctx: SentenceContext, at: number): boolean {
  const token = ctx.sentence.tokens[at]?.text ?? "";
  return (
    LOWERCASE_WORD_RE.test(token) &&
    (ctx.unitCovering[at] ?? -1) < 0 &&
    !DETERMINERS.has(token) &&
    !POST_LINKS.has(token)
  );
}

/**
 * Whether the sentence gives the person a post at a body: "Ann Kerr, a spokesman for the EU",
 * "Bill Zee, general manager of TI's Voip business", "Citigroup vice chairman X". The post is the
 * body's, not the country the passage is about.
 */
function holdsBodyPost(
  ctx: SentenceContext,
  unit: Unit,
  entities: Resolution["entities"],
): boolean {
  const isBodyAt = (at: number) => {
    const covering = ctx.units[ctx.unitCovering[at] ?? -1];
    return (
      covering?.type === "ORGANIZATION" &&
      covering !== unit &&
      // "Treasury Under Secretary John Taylor": a department's post is the state's.
      findEntryByKey(entities[covering.entity]?.key ?? "")?.kind !== "government" &&
      !DEPARTMENT_NAME_RE.test(entities[covering.entity]?.name ?? "")
    );
  };
  // "Citigroup vice chairman X", "the EU's spokesman X": the body before the title, past a
  // lowercase word or two of the post ("the EU trade commissioner X").
  let lead = unit.tokenStart - 1;
  for (let skipped = 0; skipped < MAX_POST_WORDS && isPostWord(ctx, lead); skipped++) lead--;
  if (ctx.words[lead] === "'s") lead--;
  if (lead >= 0 && isBodyAt(lead)) return true;
  for (let k = unit.tokenEnd; k < ctx.words.length && k - unit.tokenEnd < MAX_POST_GAP; k++) {
    const word = ctx.words[k] ?? "";
    if (k > unit.tokenEnd && CLAUSE_BREAKS.has(word)) return false;
    if (!POST_LINKS.has(word)) continue;
    const next = DETERMINERS.has(ctx.words[k + 1] ?? "") ? k + 2 : k + 1;
    if (isBodyAt(next)) return true;
  }
  return false;
}

/**
 * Whether a speaker's title is a government's: "government spokesman Steffen Seibert", "Treasury
 * spokesman Karl Brenner" (a department's, which holdsBodyPost leaves to the state).
 */
function speaksForGovernment(
  ctx: SentenceContext,
  unit: Unit,
  entities: Resolution["entities"],
): boolean {
  const lead = unit.tokenStart - 1;
  if (ctx.words[lead] === GOVERNMENT_WORD) return true;
  const body = ctx.units[ctx.unitCovering[lead] ?? -1];
  const entity = body?.type === "ORGANIZATION" ? entities[body.entity] : undefined;
  return (
    entity !== undefined &&
    (findEntryByKey(entity.key)?.kind === "government" || DEPARTMENT_NAME_RE.test(entity.name))
  );
}

/** How many sentences before the title's may name the country "the country's" means. */
const COUNTRY_WINDOW = 2;

/**
 * The country a possessive before a title stands for: "its" right after a country that is no
 * preposition's object ("Kazakhstan has been dominated by its president X"), or "the
 * country's" when the sentence and the two before name one country only ("Brazil's airport chief
 * said … However, the country's vice president X said").
 */
function possessingCountry(
  contexts: readonly SentenceContext[],
  k: number,
  unit: Unit,
): number | undefined {
  const ctx = contexts[k]!;
  const at = unit.tokenStart - 1;
  if (ctx.words[at] === "its") {
    // The nearest name before "its" is the country, as a subject, not a preposition's object.
    const nearest = ctx.units.findLast((other) => other.tokenEnd <= at);
    if (nearest?.type !== "COUNTRY" || nearest.isDemonym) return undefined;
    let lead = nearest.tokenStart - 1;
    if (DETERMINERS.has(ctx.words[lead] ?? "")) lead--;
    return PREPOSITIONS.has(ctx.words[lead] ?? "") ? undefined : nearest.entity;
  }
  if (ctx.words[at] !== "'s" || ctx.words[at - 1] !== "country" || ctx.words[at - 2] !== "the")
    return undefined;
  const countries = new Set<number>();
  for (let j = Math.max(0, k - COUNTRY_WINDOW); j <= k; j++)
    for (const other of contexts[j]!.units)
      if (other.type === "COUNTRY" && (j < k || other.tokenEnd <= at)) countries.add(other.entity);
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Title relations of every sentence; `contexts` in sentence order. */
export function relateTitles(
  contexts: SentenceContext[],
  resolution: Resolution,
): ExtractedRelation[] {
  const keyIndex = new Map(resolution.entities.map((entity, index) => [entity.key, index]));
  const relations: ExtractedRelation[] = [];
  // People whose polity the article states somewhere: no guessing for them elsewhere.
  const stated = new Map<number, number>();
  for (const ctx of contexts) {
    for (const unit of ctx.units) {
      const of = titleOf(unit, keyIndex);
      if (of !== undefined && unit.type === "PERSON" && !stated.has(unit.entity))
        stated.set(unit.entity, of);
    }
  }
  contexts.forEach((ctx, sentenceIndex) => {
    for (const unit of ctx.units) {
      const title = unit.title;
      if (!title || unit.type !== "PERSON") continue;
      const type = titleRelationType(title);
      const span = { start: Math.min(title.start, unit.start), end: Math.max(title.end, unit.end) };
      const attributes = { title: title.title };
      const of = titleOf(unit, keyIndex);
      if (of !== undefined) {
        if (isModifierOf(ctx, unit, of)) continue;
        const polity = resolution.entities[of];
        if (type === "LEADER_OF" && polity?.type === "COUNTRY" && BODY_HEAD_TITLES.has(title.title))
          continue;
        // "UK Chancellor Gordon Brown": a title some countries give their head and others a
        // minister is read by the country it names.
        const homeRole = HOME_TITLE_ROLES[title.title]?.[polity?.key ?? ""];
        const stated =
          homeRole === undefined ? type : titleRelationType({ ...title, role: homeRole });
        // "Labour MP Barry Sheerman", "Labour mayor Ken Livingstone": an office held for a party
        // (anything but heading it) is membership of it.
        const isParty =
          (title.role === "POSITION" || !PARTY_HEAD_TITLES.has(title.title)) &&
          PARTY_NAME.test(polity?.name ?? "");
        if (of !== unit.entity)
          relations.push(
            makeRelation(
              ctx,
              unit,
              of,
              isParty ? "MEMBER_OF" : stated,
              title.title,
              STATED_CONFIDENCE,
              span,
              attributes,
            ),
          );
        continue;
      }
      if (stated.has(unit.entity)) continue;
      // "US president Richard Nixon and his national security adviser Henry Kissinger".
      const before = ctx.words[unit.tokenStart - 1];
      if (before === "his" || before === "her") {
        const boss = [...ctx.units]
          .reverse()
          .find((u) => u.tokenEnd < unit.tokenStart && u.type === "PERSON");
        const polity = boss ? (titleOf(boss, keyIndex) ?? stated.get(boss.entity)) : undefined;
        if (boss && polity !== undefined && polity !== unit.entity) {
          relations.push(
            makeRelation(
              ctx,
              unit,
              polity,
              type,
              title.title,
              PRONOUN_CONFIDENCE,
              spanOf(ctx, boss, unit),
              attributes,
            ),
          );
        }
        continue;
      }
      // "Kazakhstan … its president Nursultan Nazarbayev", "the country's vice president X".
      const owner = possessingCountry(contexts, sentenceIndex, unit);
      if (owner !== undefined && owner !== unit.entity) {
        relations.push(
          makeRelation(ctx, unit, owner, type, title.title, PRONOUN_CONFIDENCE, span, attributes),
        );
        continue;
      }
      // Officials are introduced by the country the passage is about; leaders almost always with
      // theirs. "Tory shadow health secretary Tom Hale" holds no office of that country.
      if (
        title.role !== "POSITION" ||
        holdsBodyPost(ctx, unit, resolution.entities) ||
        !isHeldNow(ctx, unit) ||
        isRegionalTitle(ctx, unit)
      )
        continue;
      // "Spokesman Tom Hale said": a bare speaker may speak for any body; only a government's
      // ("government spokesman Steffen Seibert", "Treasury spokesman Karl Brenner") speaks for
      // the country the passage is about.
      if (SPEAKER_TITLES.has(title.title) && !speaksForGovernment(ctx, unit, resolution.entities))
        continue;
      const previous = contexts[sentenceIndex - 1];
      const carried = previous ? contextCountry(previous, previous.words.length) : undefined;
      // "Germany proposed a freeze. … as Foreign Secretary Jack Straw said the number of Britons
      // dead…": a sentence about another country's people leaves the one before no guide.
      const polity =
        contextCountry(ctx, unit.tokenStart) ??
        (carried !== undefined && !namesOtherPeople(ctx, carried) ? carried : undefined);
      if (polity !== undefined && polity !== unit.entity) {
        relations.push(
          makeRelation(ctx, unit, polity, type, title.title, CONTEXT_CONFIDENCE, span, {
            ...attributes,
            inferred: "context",
          }),
        );
      }
    }
  });
  return relations;
}
