/**
 * Seats of government: buildings and streets that stand for a state in news copy
 * ("the Kremlin said" → Russia). Capitals are metonyms too; they come from countries.ts.
 * "Brussels" is special-cased in gazetteer.ts: capital of Belgium, but as a metonym the EU.
 */
import type { SeatSeed } from "./schema.js";

/** Every curated seat with the entity it stands for and what it literally names. */
export const SEAT_SEEDS: readonly SeatSeed[] = [
  { names: ["Kremlin"], standsFor: "RUS", literal: { key: "place:kremlin", canonical: "Moscow Kremlin", type: "PLACE" } },
  { names: ["White House"], standsFor: "USA", literal: { key: "place:white-house", canonical: "White House", type: "PLACE" } },
  { names: ["Oval Office"], standsFor: "USA", literal: { key: "place:oval-office", canonical: "Oval Office", type: "PLACE" } },
  {
    names: ["Pentagon"],
    standsFor: "USA",
    literal: { key: "org:us-dod", canonical: "US Department of Defense", type: "ORGANIZATION" },
  },
  {
    names: ["Foggy Bottom"],
    standsFor: "USA",
    literal: { key: "org:us-state-department", canonical: "US State Department", type: "ORGANIZATION" },
  },
  {
    names: ["Capitol Hill", "Capitol"],
    standsFor: "USA",
    literal: { key: "org:us-congress", canonical: "US Congress", type: "ORGANIZATION" },
  },
  {
    names: ["Downing Street", "Number 10", "No. 10", "No 10", "10 Downing Street"],
    standsFor: "GBR",
    literal: { key: "place:downing-street", canonical: "Downing Street", type: "PLACE" },
  },
  { names: ["Whitehall"], standsFor: "GBR", literal: { key: "place:whitehall", canonical: "Whitehall", type: "PLACE" } },
  {
    names: ["Westminster"],
    standsFor: "GBR",
    literal: { key: "org:uk-parliament", canonical: "UK Parliament", type: "ORGANIZATION" },
  },
  { names: ["Zhongnanhai"], standsFor: "CHN", literal: { key: "place:zhongnanhai", canonical: "Zhongnanhai", type: "PLACE" } },
  {
    names: ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace"],
    standsFor: "FRA",
    literal: { key: "place:elysee-palace", canonical: "Élysée Palace", type: "PLACE" },
  },
  { names: ["Quai d'Orsay"], standsFor: "FRA", literal: { key: "place:quai-dorsay", canonical: "Quai d'Orsay", type: "PLACE" } },
  { names: ["Bankova"], standsFor: "UKR", literal: { key: "place:bankova", canonical: "Bankova Street", type: "PLACE" } },
  { names: ["Blue House"], standsFor: "KOR", literal: { key: "place:blue-house", canonical: "Blue House", type: "PLACE" } },
  { names: ["Kasumigaseki"], standsFor: "JPN", literal: { key: "place:kasumigaseki", canonical: "Kasumigaseki", type: "PLACE" } },
  { names: ["Sublime Porte"], standsFor: "XOE", literal: { key: "place:sublime-porte", canonical: "Sublime Porte", type: "PLACE" } },
  { names: ["Berlaymont"], standsFor: "org:eu", literal: { key: "place:berlaymont", canonical: "Berlaymont", type: "PLACE" } },
];
