/** Appositions and copulas: capitals, locations, bases, parts and citizenship ("Kyiv, the capital of Ukraine"). */

import {
  COPULAS,
  NATIONALITY_LEAD,
  OCCASION_NOUNS,
  PLACE_LEAD_WORDS,
  PLACE_NOUNS,
} from "../model/lexicons/apposition-cues.js";
import { ORGANIZATION_NOUNS } from "../model/lexicons/origin-cues.js";
import { DETERMINERS, PREPOSITIONS } from "../model/lexicons/sentence-words.js";
import type { ExtractedRelation } from "../types.js";
import {
  makeRelation,
  type SentenceContext,
  spanOf,
  type Unit,
  unitAfter,
} from "./sentence-view.js";

/** Units that can sit somewhere: places, facilities, events. */
const LOCATABLE = new Set(["PLACE", "OTHER", "EVENT"]);
/** Units that can contain them. */
const CONTAINERS = new Set(["PLACE", "COUNTRY"]);

/** Occupations that follow a nationality ("American actor", "German former ski jumper"). */
const OCCUPATION =
  /(er|or|ist|ian|ant|ent|man|woman|ster|eer|ete|ess|ar|ic|ive|ect|poet|star|model|chef|judge|monk|bishop|king|queen|prince|princess|official|diplomat|general|colonel|admiral)$/;

/** "the 28-year-old Australian actress": an age before the nationality. */
const AGE_RE = /^\d{1,2}-year-old$/;

/** Nouns a nationality after an article states of a person: "a Belgian national", "a Greek hero". */
const CITIZEN_NOUNS: ReadonlySet<string> = new Set(["national", "citizen", "hero", "legend"]);

/**
 * Whether a phrase after a name ends at token `at` as an apposition does ("X, the British number
 * two, is…", "X, a Belgian national who…", "X, a Greek hero after…"), not as the subject of a
 * clause after a fronted phrase ("…passes involving X, the Greek striker found the corner").
 */
function isClosed(words: readonly string[], at: number): boolean {
  const word = words[at] ?? ".";
  return APPOSITION_ENDS.has(word) || PREPOSITIONS.has(word);
}

/** "the British number two": a rank after the noun. */
const RANK_RE = /^(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})$/;

/** Tokens that may close an apposition. */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ")", "-", "who", "whose"]);

/** "making", "speaking": a verb that happens to end like an occupation ("king"). */
const GERUND_RE = /[^k]ing$/;

function isCopula(ctx: SentenceContext, at: number): number {
  const word = ctx.words[at];
  if (word === undefined || !COPULAS.has(word)) return -1;
  return at + 1;
}

/** "X, the capital of Y", "X is the capital of Y": CAPITAL_OF. */
function capitalAfter(ctx: SentenceContext, unit: Unit): ExtractedRelation | undefined {
  let at = isCopula(ctx, unit.tokenEnd);
  if (at < 0) return undefined;
  while (DETERMINERS.has(ctx.words[at] ?? "")) at++;
  if (ctx.words[at] !== "capital") return undefined;
  at += ctx.words[at + 1] === "city" ? 2 : 1;
  if (ctx.words[at] !== "of") return undefined;
  const country = unitAfter(ctx, at + 1, DETERMINERS, 1);
  if (!country || !CONTAINERS.has(country.type)) return undefined;
  return makeRelation(
    ctx,
    unit,
    country,
    "CAPITAL_OF",
    "capital of",
    0.85,
    spanOf(ctx, unit, country),
  );
}

/** "Y's capital, X", "the Ukrainian capital Kyiv", "the capital of Y, X". */
function capitalBefore(ctx: SentenceContext, capital: number): ExtractedRelation | undefined {
  let country: Unit | undefined;
  let at = capital + 1;
  const prev = ctx.words[capital - 1];
  if (prev === "'s") {
    const index = ctx.unitCovering[capital - 2] ?? -1;
    country = index >= 0 ? ctx.units[index] : undefined;
  } else if (prev !== undefined && (ctx.unitCovering[capital - 1] ?? -1) >= 0) {
    country = ctx.units[ctx.unitCovering[capital - 1]!];
  } else if (ctx.words[capital + 1] === "of") {
    country = unitAfter(ctx, capital + 2, DETERMINERS, 1);
    at = country ? country.tokenEnd : at;
  }
  if (!country || !CONTAINERS.has(country.type)) return undefined;
  if (ctx.words[at] === ",") at++;
  const city = unitAfter(ctx, at, DETERMINERS, 0);
  if (!city || city.type !== "PLACE") return undefined;
  // "the capital of France, Paris and Berlin": a list, not an apposition.
  if (ctx.words[city.tokenEnd] === "and") return undefined;
  return makeRelation(ctx, city, country, "CAPITAL_OF", "capital", 0.8, spanOf(ctx, country, city));
}

/** Lower-case words a place definition runs through ("the administrative district of", "south-eastern"). */
const DEFINITION_WORD = /^[\p{Ll}-]+$/u;
/** How far a place definition is followed (tokens). */
const MAX_DEFINITION_TOKENS = 25;

/** Containers named from token `at` on through commas, "of", "within", "in" and lower-case descriptors. */
function containersAlong(ctx: SentenceContext, at: number): Unit[] {
  const found: Unit[] = [];
  for (let k = at; k < ctx.words.length && k < at + MAX_DEFINITION_TOKENS; k++) {
    const index = ctx.unitStartingAt[k]!;
    if (index >= 0) {
      const unit = ctx.units[index]!;
      if (!CONTAINERS.has(unit.type) || unit.isDemonym || unit.isMetonymy) break;
      found.push(unit);
      k = unit.tokenEnd - 1;
      continue;
    }
    const word = ctx.words[k]!;
    // "and", "which", "(", ".": the definition ends.
    if (
      word === "," ||
      (DEFINITION_WORD.test(word) &&
        word !== "and" &&
        word !== "or" &&
        word !== "which" &&
        word !== "that" &&
        word !== "near")
    )
      continue;
    break;
  }
  return found;
}

/** "Albany County", "Kotayk Province": a name that says it is an administrative division. */
const DIVISION_NAME =
  /\b(County|Province|District|Region|State|Oblast|Prefecture|Canton|Department|Voivodeship|Municipality|Parish|Governorate)$/;

/** Units joined by commas from `first` on ("Guri, Bolívar, Venezuela"); empty when the run ends as a list. */
function commaChain(ctx: SentenceContext, first: number): Unit[] {
  const chain = [ctx.units[first]!];
  for (let k = first + 1; k < ctx.units.length; k++) {
    const previous = chain.at(-1)!;
    // A country tops the hierarchy: "Dallas in the US, Bordeaux in France" goes on as a list.
    if (previous.type === "COUNTRY") break;
    const unit = ctx.units[k]!;
    if (ctx.words[previous.tokenEnd] !== "," || unit.tokenStart !== previous.tokenEnd + 1) break;
    // "Spokane Valley, Washington": a capital read as its country is a misreading here.
    if (!CONTAINERS.has(unit.type) || unit.isDemonym || unit.isMetonymy) break;
    chain.push(unit);
  }
  const end = chain.at(-1)!.tokenEnd;
  const after = ctx.words[end];
  // "Osaka, Kobe, Sakai, and Amagasaki": a list, with or without the serial comma.
  // "Bristol West, Cardiff Central, Leeds North West, Cambridge": a run that goes on past the
  // chain with more names ("Ingham, Mulligan, Fenton" in a line-up) is a list too.
  if (
    after === "and" ||
    after === "or" ||
    (after === "," &&
      (ctx.words[end + 1] === "and" ||
        ctx.words[end + 1] === "or" ||
        (ctx.unitStartingAt[end + 1] ?? -1) >= 0))
  )
    return [];
  // Three or more places in a row are a hierarchy when they end in a country or name a division
  // ("Guilderland, Albany County, New York"); otherwise only the first pair is trusted.
  const isHierarchy =
    chain.at(-1)?.type === "COUNTRY" ||
    chain.some((unit, i) => i > 0 && DIVISION_NAME.test(ctx.text.slice(unit.start, unit.end)));
  if (chain.length >= 3 && !isHierarchy) return chain.slice(0, 2);
  return chain;
}

/** A party named by itself: "Conservative Party", "Scottish National Party", "the Tories", "Lib Dems". */
const PARTY_MENTION_RE =
  /^(?:[\p{L}-]+\s+){1,2}Party$|^(?:Tories|Tory|Conservatives|Labour|Lib Dems|Liberal Democrats|Democrats|Republicans|Greens|UKIP|SNP|Plaid Cymru)$/u;

/** Relations from appositions and definitions in one sentence. */
export function relateAppositions(ctx: SentenceContext): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const words = ctx.words;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "capital" && ctx.unitCovering[i]! < 0) {
      const relation = capitalBefore(ctx, i);
      if (relation) relations.push(relation);
    }
  }
  ctx.units.forEach((unit, index) => {
    const next = ctx.units[index + 1];
    if (unit.type === "PLACE" || unit.type === "COUNTRY") {
      const capital = capitalAfter(ctx, unit);
      if (capital) relations.push(capital);
    }
    // "Guri, Bolívar, Venezuela": each place in the one after it, unless the chain is a list ("Paris, London and Berlin").
    if (
      unit.type === "PLACE" &&
      next &&
      words[unit.tokenEnd] === "," &&
      words[unit.tokenStart - 1] !== ","
    ) {
      const chain = commaChain(ctx, index);
      if (chain.length >= 2) {
        // "St. Clair, Lambton County, Ontario, Canada": each place lies in every one after it.
        for (let k = 0; k + 1 < chain.length; k++) {
          const inner = chain[k]!;
          if (inner.type !== "PLACE") break;
          for (let m = k + 1; m < chain.length; m++) {
            const outer = chain[m]!;
            const confidence = m === k + 1 ? 0.7 : 0.65;
            relations.push(
              makeRelation(
                ctx,
                inner,
                outer,
                "LOCATED_IN",
                ",",
                confidence,
                spanOf(ctx, inner, outer),
              ),
            );
          }
        }
      }
    }
    // "the Canadian province of Alberta", "the U.S. state of Arizona": the country the place lies in.
    if (
      unit.type === "COUNTRY" &&
      PLACE_NOUNS.has(words[unit.tokenEnd] ?? "") &&
      words[unit.tokenEnd + 1] === "of"
    ) {
      const place = unitAfter(ctx, unit.tokenEnd + 2, DETERMINERS, 0);
      if (place && place.type === "PLACE") {
        relations.push(
          makeRelation(
            ctx,
            place,
            unit,
            "LOCATED_IN",
            `${words[unit.tokenEnd]} of`,
            0.8,
            spanOf(ctx, unit, place),
          ),
        );
      }
    }
    // "the Xi-Putin summit in Moscow", "the Power of Siberia-2—across Mongolia", "the Drake Hotel in Chicago".
    // ("Christians in Iraq": a one-word group name is not located anywhere.)
    const isGroupName = unit.type === "OTHER" && unit.tokenEnd - unit.tokenStart === 1;
    // "a meeting of the WSIS in Geneva": the place is the meeting's.
    const before = unit.tokenStart - (DETERMINERS.has(words[unit.tokenStart - 1] ?? "") ? 1 : 0);
    const isOccasionOf =
      words[before - 1] === "of" && OCCASION_NOUNS.has(words[before - 2]?.toLowerCase() ?? "");
    // "a deal with the Tories in Europe", "the Lib Dems in Kent": a party's branch or group
    // there, not where the party lies.
    const isParty =
      unit.type === "ORGANIZATION" && PARTY_MENTION_RE.test(ctx.text.slice(unit.start, unit.end));
    if (
      (LOCATABLE.has(unit.type) || unit.type === "ORGANIZATION") &&
      !unit.isDemonym &&
      !isGroupName &&
      !isOccasionOf &&
      !isParty
    ) {
      let at = unit.tokenEnd;
      if (words[at] === "—" || words[at] === ",") at++;
      const prep = words[at];
      const located = prep === "located" || prep === "situated";
      if (located) at++;
      if (words[at] === "in" || words[at] === "across" || words[at] === "through") {
        const first = unitAfter(ctx, at + 1, PLACE_LEAD_WORDS, 2);
        // "McGill University in Montreal, Quebec": the whole hierarchy after "in".
        const firstIndex = first ? ctx.units.indexOf(first) : -1;
        const chain =
          first && ctx.words[first.tokenEnd] === ","
            ? commaChain(ctx, firstIndex)
            : first
              ? [first]
              : [];
        for (const container of chain) {
          if (!CONTAINERS.has(container.type) || container.isDemonym || container.isMetonymy) break;
          if (container.entity === unit.entity) continue;
          const confidence = located ? 0.8 : words[at] === "in" ? 0.55 : 0.5;
          relations.push(
            makeRelation(
              ctx,
              unit,
              container,
              "LOCATED_IN",
              words[at] as string,
              confidence,
              spanOf(ctx, unit, container),
            ),
          );
        }
      }
    }
    // "X is a town in Y", "X, a village in the district of Y".
    if (LOCATABLE.has(unit.type) || unit.type === "ORGANIZATION") {
      let at = isCopula(ctx, unit.tokenEnd);
      if (at >= 0 && (words[at] === "a" || words[at] === "an" || words[at] === "the")) {
        let noun = -1;
        for (let k = at + 1; k < words.length && k <= at + 5; k++) {
          if (PLACE_NOUNS.has(words[k]!)) noun = k;
          if (words[k] === "in" || words[k] === "of") {
            if (noun < 0) break;
            // "a village in the administrative district of Gmina Y, within Z County, in south-eastern
            // Poland": every container named along the definition.
            const type = unit.type === "ORGANIZATION" ? "BASED_IN" : "LOCATED_IN";
            for (const container of containersAlong(ctx, k + 1)) {
              if (container.entity === unit.entity) continue;
              relations.push(
                makeRelation(
                  ctx,
                  unit,
                  container,
                  type,
                  `${words[noun]} ${words[k]}`,
                  0.75,
                  spanOf(ctx, unit, container),
                ),
              );
            }
            break;
          }
          if (ctx.unitCovering[k]! >= 0) break;
        }
      }
      // "Reuters, based in London"; "the company is headquartered in Paris".
      at = unit.tokenEnd;
      if (words[at] === "," || words[at] === "is" || words[at] === "was") at++;
      if ((words[at] === "based" || words[at] === "headquartered") && words[at + 1] === "in") {
        const container = unitAfter(ctx, at + 2, DETERMINERS, 1);
        if (container && CONTAINERS.has(container.type) && !container.isDemonym) {
          const type = unit.type === "ORGANIZATION" ? "BASED_IN" : "LOCATED_IN";
          relations.push(
            makeRelation(
              ctx,
              unit,
              container,
              type,
              `${words[at]} in`,
              0.8,
              spanOf(ctx, unit, container),
            ),
          );
        }
      }
      // "Crimea is part of Ukraine"; "X, part of Y".
      at = isCopula(ctx, unit.tokenEnd);
      if (at >= 0 && words[at] === "part" && words[at + 1] === "of") {
        const whole = unitAfter(ctx, at + 2, DETERMINERS, 1);
        if (
          whole &&
          !whole.isDemonym &&
          whole.entity !== unit.entity &&
          (CONTAINERS.has(whole.type) || whole.type === unit.type)
        ) {
          relations.push(
            makeRelation(ctx, unit, whole, "PART_OF", "part of", 0.7, spanOf(ctx, unit, whole)),
          );
        }
      }
    }
    // "Kotayk Province of Armenia": a named division of a country.
    if (
      unit.type === "PLACE" &&
      words[unit.tokenEnd] === "of" &&
      PLACE_NOUNS.has(words[unit.tokenEnd - 1] ?? "")
    ) {
      const country = unitAfter(ctx, unit.tokenEnd + 1, DETERMINERS, 1);
      if (
        country &&
        CONTAINERS.has(country.type) &&
        !country.isDemonym &&
        country.entity !== unit.entity
      ) {
        relations.push(
          makeRelation(ctx, unit, country, "LOCATED_IN", "of", 0.75, spanOf(ctx, unit, country)),
        );
      }
    }
    if (unit.type === "PERSON") relations.push(...relateNationality(ctx, unit));
    else if (unit.type === "PLACE" || unit.type === "ORGANIZATION") {
      // "Heilongjiang is a Chinese province", "Roketsan is a major Turkish weapons maker" (a film
      // that "is an American comedy" is not located anywhere).
      const demonym = demonymAfterCopula(ctx, unit);
      const type = unit.type === "PLACE" ? "LOCATED_IN" : "BASED_IN";
      if (demonym)
        relations.push(
          makeRelation(ctx, unit, demonym, type, "is a", 0.7, spanOf(ctx, unit, demonym)),
        );
    }
  });
  return relations;
}

/** "US", "UK": a country's initials, which news uses as its adjective ("US rapper X"). */
const COUNTRY_INITIALS_RE = /^[A-Z]{2,3}$/;

/** Whether a unit names a country as a modifier: a demonym ("American") or the initials ("US"). */
function isNationalModifier(ctx: SentenceContext, unit: Unit): boolean {
  if (unit.type !== "COUNTRY") return false;
  return unit.isDemonym || COUNTRY_INITIALS_RE.test(ctx.text.slice(unit.start, unit.end));
}

/** "American actor Tom Hanks", "Schneider (born 1963) is a German skeleton racer": CITIZEN_OF. */
function relateNationality(ctx: SentenceContext, person: Unit): ExtractedRelation[] {
  const words = ctx.words;
  const relations: ExtractedRelation[] = [];
  // Before the name: a demonym then one to three lower-case words ending in an occupation.
  if (!person.title) {
    const last = person.tokenStart - 1;
    if (
      last >= 1 &&
      OCCUPATION.test(words[last]!) &&
      !GERUND_RE.test(words[last]!) &&
      ctx.sentence.tokens[last]!.text === words[last]
    ) {
      // "Polish pianist, composer and teacher Fryderyk Chopin": up to five words back.
      for (let k = last - 1; k >= 0 && k >= last - 5; k--) {
        // "the British film industry ... Gerry Anderson": the demonym modifies another head;
        // "US - based cleric X" (a compound tokenised apart) says where, not whose.
        if (ORGANIZATION_NOUNS.has(words[k]!) || words[k] === "based") break;
        const index = ctx.unitCovering[k]!;
        if (index >= 0) {
          const demonym = ctx.units[index]!;
          if (isNationalModifier(ctx, demonym)) {
            relations.push(
              makeRelation(
                ctx,
                person,
                demonym,
                "CITIZEN_OF",
                words[last]!,
                0.7,
                spanOf(ctx, demonym, person),
              ),
            );
          }
          break;
        }
        if (ctx.sentence.tokens[k]!.text !== words[k]) break;
      }
    }
  }
  // "Russian Irina Petrova", "fellow American Joe Barker": a bare demonym right before the name.
  const bare = person.title ? undefined : demonymRightBefore(ctx, person);
  if (bare)
    relations.push(
      makeRelation(
        ctx,
        person,
        bare,
        "CITIZEN_OF",
        words[bare.tokenStart]!,
        0.7,
        spanOf(ctx, bare, person),
      ),
    );
  // "German Chancellor Angela Merkel": a demonym qualifying the title names her country.
  const qualifier = person.title
    ? person.inner.find(
        (inner) =>
          inner.isDemonym && inner.type === "COUNTRY" && inner.tokenStart === person.tokenStart,
      )
    : undefined;
  if (qualifier && person.title)
    relations.push(
      makeRelation(
        ctx,
        person,
        qualifier,
        "CITIZEN_OF",
        person.title.title,
        0.7,
        spanOf(ctx, qualifier, person),
      ),
    );
  // "Jung Won-yong (born 1992), South Korean swimmer": an apposition after the name.
  let at = person.tokenEnd;
  if (words[at] === "(") {
    const close = words.indexOf(")", at);
    at = close > 0 && close - at <= 40 ? close + 1 : -1;
  }
  if (at >= 0 && words[at] === ",") {
    // "Ann Kerr, the 28-year-old Australian actress", "X, a Belgian national who…".
    let lead = at + 1;
    while (NATIONALITY_LEAD.has(words[lead] ?? "") || AGE_RE.test(words[lead] ?? "")) lead++;
    const index = ctx.unitStartingAt[lead] ?? -1;
    const nationality = index >= 0 ? ctx.units[index] : undefined;
    const next = nationality ? words[nationality.tokenEnd] : undefined;
    if (
      nationality?.isDemonym &&
      nationality.type === "COUNTRY" &&
      next !== undefined &&
      ctx.unitCovering[nationality.tokenEnd]! < 0 &&
      (lead === at + 1
        ? OCCUPATION.test(next)
        : (OCCUPATION.test(next) || CITIZEN_NOUNS.has(next)) &&
          isClosed(
            words,
            nationality.tokenEnd + (RANK_RE.test(words[nationality.tokenEnd + 1] ?? "") ? 2 : 1),
          ))
    ) {
      relations.push(
        makeRelation(
          ctx,
          person,
          nationality,
          "CITIZEN_OF",
          next,
          0.7,
          spanOf(ctx, person, nationality),
        ),
      );
    }
  }
  // After the name: "(born …) is a German …".
  const demonym = demonymAfterCopula(ctx, person);
  if (demonym)
    relations.push(
      makeRelation(ctx, person, demonym, "CITIZEN_OF", "is a", 0.75, spanOf(ctx, person, demonym)),
    );
  return relations;
}

/**
 * The one-word demonym right before a person's name ("Russian Irina Petrova"), written as a word
 * of its own: not "US-based Joe Barker", and not a demonym that ends a possessive or a longer name.
 */
function demonymRightBefore(ctx: SentenceContext, person: Unit): Unit | undefined {
  const index = ctx.unitCovering[person.tokenStart - 1] ?? -1;
  const demonym = index >= 0 ? ctx.units[index] : undefined;
  if (!demonym?.isDemonym || demonym.type !== "COUNTRY") return undefined;
  if (demonym.tokenEnd !== person.tokenStart || demonym.tokenEnd - demonym.tokenStart !== 1)
    return undefined;
  const token = ctx.sentence.tokens[demonym.tokenStart]?.text ?? "";
  return DEMONYM_WORD_RE.test(token) && demonym.entity !== person.entity ? demonym : undefined;
}

/** "Russian", "Briton", "Scot": a capitalised word with no hyphen or apostrophe. */
const DEMONYM_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/** "X (born 1950) is a German …", "X, Spanish Guinea, is an Equatorial Guinean …": the demonym after the copula. */
function demonymAfterCopula(ctx: SentenceContext, unit: Unit): Unit | undefined {
  const words = ctx.words;
  let at = unit.tokenEnd;
  if (words[at] === "(") {
    const close = words.indexOf(")", at);
    if (close < 0 || close - at > 40) return undefined;
    at = close + 1;
  }
  if (words[at] === ",") at++;
  if (words[at] !== "is" && words[at] !== "was") return undefined;
  at++;
  while (NATIONALITY_LEAD.has(words[at] ?? "")) at++;
  const index = ctx.unitStartingAt[at] ?? -1;
  const demonym = index >= 0 ? ctx.units[index] : undefined;
  return demonym?.isDemonym && demonym.type === "COUNTRY" && demonym.entity !== unit.entity
    ? demonym
    : undefined;
}
