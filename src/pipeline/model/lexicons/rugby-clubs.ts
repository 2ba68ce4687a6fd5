/**
 * Rugby union clubs of the leagues British news covers (the English Premiership, the Celtic
 * League, the French championship's clubs that meet them in Europe), with the names news copy
 * uses for them. Same shape and reading as the football table (`football-clubs.ts`): a name of two
 * or more words is the club anywhere, a one-word name ("Wasps", "Munster") only in a sports story.
 * No club takes a city here: "Bath", "Leicester" or "Gloucester" alone stay the town (or the
 * football club the football table gives the town), as a story about a match reads either way.
 * Kept apart from the football table because the tagger's gazetteer features were trained on that
 * table alone (`gazetteer-sources.ts`), so the shipped model stays reproducible.
 */
import { type ClubRow, type ClubSeed, clubSeedsOf } from "./football-clubs.js";

/** As the football table's rows, the city always empty (see above). */
const ROWS: readonly ClubRow[] = [
  // England
  ["wasps", "Wasps", "London Wasps|Wasps RFC", "GBR"],
  ["saracens", "Saracens", "Saracens FC", "GBR", "", "Sarries"],
  ["harlequins", "Harlequins", "NEC Harlequins|Harlequin FC", "GBR", "", "Quins"],
  ["leicester-tigers", "Leicester Tigers", "", "GBR", "", "Tigers"],
  ["sale-sharks", "Sale Sharks", "", "GBR", "", "Sharks"],
  ["northampton-saints", "Northampton Saints", "", "GBR"],
  ["london-irish", "London Irish", "", "GBR", "", "Exiles"],
  ["newcastle-falcons", "Newcastle Falcons", "", "GBR", "", "Falcons"],
  ["leeds-tykes", "Leeds Tykes", "Leeds Carnegie", "GBR", "", "Tykes"],
  ["worcester-warriors", "Worcester Warriors", "", "GBR"],
  ["bath-rugby", "Bath Rugby", "", "GBR"],
  ["gloucester-rugby", "Gloucester Rugby", "", "GBR", "", "Cherry and Whites"],
  ["bristol-rugby", "Bristol Rugby", "Bristol Shoguns|Bristol Bears", "GBR"],
  ["exeter-chiefs", "Exeter Chiefs", "", "GBR", "", "Chiefs"],
  // Wales, Scotland, Ireland
  ["ospreys", "Ospreys", "Neath-Swansea Ospreys", "GBR"],
  ["scarlets", "Scarlets", "Llanelli Scarlets", "GBR"],
  ["cardiff-blues", "Cardiff Blues", "Cardiff Rugby", "GBR"],
  ["dragons", "Newport Gwent Dragons", "Dragons RFC", "GBR"],
  ["celtic-warriors", "Celtic Warriors", "", "GBR"],
  ["border-reivers", "Border Reivers", "", "GBR"],
  ["glasgow-warriors", "Glasgow Warriors", "", "GBR"],
  ["edinburgh-rugby", "Edinburgh Rugby", "Edinburgh Gunners", "GBR"],
  ["munster-rugby", "Munster Rugby", "Munster", "IRL"],
  ["leinster-rugby", "Leinster Rugby", "Leinster", "IRL"],
  ["connacht-rugby", "Connacht Rugby", "Connacht", "IRL"],
  ["ulster-rugby", "Ulster Rugby", "", "GBR"],
  // France
  ["stade-francais", "Stade Français", "Stade Francais|Stade Français Paris", "FRA"],
  ["stade-toulousain", "Stade Toulousain", "", "FRA"],
  ["biarritz-olympique", "Biarritz Olympique", "", "FRA"],
  ["usa-perpignan", "USA Perpignan", "", "FRA"],
  ["cs-bourgoin-jallieu", "CS Bourgoin-Jallieu", "", "FRA"],
  ["castres-olympique", "Castres Olympique", "", "FRA"],
  ["asm-clermont-auvergne", "ASM Clermont Auvergne", "Clermont Auvergne", "FRA"],
];

/** Every listed rugby club, keyed "club:<slug>" as the football clubs are. */
export const RUGBY_CLUB_SEEDS: readonly ClubSeed[] = clubSeedsOf(ROWS);
