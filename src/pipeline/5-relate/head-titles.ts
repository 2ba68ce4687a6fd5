/**
 * What an article's own titles say of a listed head of state or government at the story's time,
 * for world-knowledge relations (knowledge.ts): "Chancellor Gordon Brown" in a British story holds
 * another office, so he does not lead Britain yet (or any more); "former prime minister John
 * Major" led it once. A story without a date says this only through its titles.
 */

import type { CandidateTitle } from "../3-recognize/candidate.js";
import type { Resolution } from "../4-resolve/resolve.js";
import {
  GOVERNMENT_TITLES,
  HOME_TITLE_ROLES,
  NOT_HELD_TITLE_LEADS,
} from "../model/lexicons/titles-of-office.js";

/** How the article titles a person with respect to one polity. */
export interface HeadTitles {
  /** A government office held now other than the polity's head ("Chancellor" in Britain). */
  holdsOtherOffice: boolean;
  /** A head's title the article marks as past ("former prime minister", "the late President"). */
  ledFormerly: boolean;
  /** A head's title held now ("Prime Minister Tony Blair"). */
  leadsNow: boolean;
}

/** How many words before a title may mark it past: "the late former Bavarian premier". */
const MAX_LEAD_WORDS = 3;
/** How far back to look for those words, in characters. */
const LEAD_WINDOW = 60;
/** A word that may qualify a title before it: "former", "ex-", "Bavarian". */
const LEAD_WORD_RE = /^[\p{L}-]+$/u;
const WHITESPACE_RE = /\s+/;
const TITLE_WORD_RE = /[\p{L}-]+/gu;
/**
 * The deputy's title, which only a state's government does not confer alone ("Microsoft vice
 * president" names the firm): with the government's offices, those its head does not hold. Ranks,
 * seats and callings are no such office ("General Musharraf", "Ayatollah Khamenei", "Tony Blair MP").
 */
const VICE_PRESIDENT = "Vice President";

/** Whether a title is marked as no office held now, in its own words or the few before it. */
function isPastTitle(text: string, title: CandidateTitle): boolean {
  const own = text.slice(title.start, title.end).toLowerCase().match(TITLE_WORD_RE) ?? [];
  const before = text
    .slice(Math.max(0, title.start - LEAD_WINDOW), title.start)
    .trim()
    .split(WHITESPACE_RE)
    .reverse();
  const lead: string[] = [];
  for (const word of before) {
    if (lead.length >= MAX_LEAD_WORDS || !LEAD_WORD_RE.test(word)) break;
    lead.push(word.toLowerCase());
  }
  return [...own, ...lead]
    .flatMap((word) => word.split("-"))
    .some((word) => NOT_HELD_TITLE_LEADS.has(word));
}

/**
 * How the article titles the person (entity index) with respect to the polity keyed `polity`:
 * titles naming another body are left out ("NATO Secretary-General Jens Stoltenberg" says nothing
 * of Norway), and "Chancellor" is read by country (Britain's is a minister, Germany's the head).
 */
export function readHeadTitles(
  text: string,
  resolution: Resolution,
  person: number,
  polity: string,
): HeadTitles {
  const read: HeadTitles = { holdsOtherOffice: false, ledFormerly: false, leadsNow: false };
  resolution.mentions.forEach((mention, index) => {
    const title = resolution.candidates[index]?.title;
    if (mention.entity !== person || !title || (title.of && title.of.key !== polity)) return;
    const role = HOME_TITLE_ROLES[title.title]?.[polity] ?? title.role;
    const past = isPastTitle(text, title);
    if (role === "LEADER") {
      if (past) read.ledFormerly = true;
      else read.leadsNow = true;
    } else if (
      role === "POSITION" &&
      !past &&
      (GOVERNMENT_TITLES.has(title.title) || title.title === VICE_PRESIDENT)
    )
      read.holdsOtherOffice = true;
  });
  return read;
}
