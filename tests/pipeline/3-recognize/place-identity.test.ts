import { describe, expect, it } from "vitest";
import { findPlaceFacts } from "../../../src/pipeline/3-recognize/gazetteer/city-lookups.js";
import { analyzeText as analyze } from "../../helpers/pipeline.js";

/** The key of the entity the first mention written `surface` was resolved to. */
function keyOf(text: string, surface: string): string | undefined {
  const x = analyze(text);
  const mention = x.mentions.find((m) => m.surface === surface);
  return mention && x.entities[mention.entity]?.key;
}

// [text, surface, key it must resolve to] (issue 10: one node per real-world place).
const ROWS: [string, string, string][] = [
  // A region name two countries' regions share: the article's countries choose, else it stays undecided.
  ["Rain flooded Punjab. Pakistan sent troops from Lahore.", "Punjab", "place:punjab-pak"],
  ["Rain flooded Punjab. Indian officials in Amritsar met.", "Punjab", "place:punjab-ind"],
  ["Rain flooded Punjab on Monday.", "Punjab", "place:punjab"],
  [
    "India and Indian critics wrote of Mumbai. Pakistan's Punjab province and India's press differ.",
    "Punjab",
    "place:punjab-pak",
  ],
  ["Bengal voted. Bangladesh watched the count in Dhaka.", "Bengal", "place:bengal-bgd"],
  // "Delhi" is the city around the capital, a place apart from "New Delhi".
  ["Traffic in Delhi slowed as the summit opened in New Delhi.", "Delhi", "place:delhi"],
  ["Traffic in Delhi slowed as the summit opened in New Delhi.", "New Delhi", "place:new-delhi"],
  // A schedule's time zone follows a place, whatever the tagger made of the name.
  ["Listen live: Austin UTC -6 | Florence UTC +1", "Austin", "place:austin"],
  ["Austin said the show would air at noon.", "Austin", "austin"],
  // A compass word before a capital: a part of the city, never its country; capitalised and read
  // into the name by the tagger, a place of its own.
  ["Rents rose in south Paris and in the Latin Quarter.", "Paris", "place:paris"],
  ["He grew up in West Berlin and later moved to Berlin.", "West Berlin", "place:west-berlin"],
  ["He grew up in West Berlin and later moved to Berlin.", "Berlin", "place:berlin"],
  ["Police in North London said nothing.", "North London", "north london"],
  // A region-part word makes a region of its own, whether or not the tagger read it into the name.
  ["Visitors came from Lower Saxony and Hesse.", "Lower Saxony", "lower saxony"],
  ["Lower Saxony is a northern state.", "Lower Saxony", "lower saxony"],
  ["Floods hit Upper Bavaria.", "Upper Bavaria", "upper bavaria"],
  ["He lives in Upper Austria now.", "Upper Austria", "upper austria"],
  // "the Pacific" alone is the ocean, as "the Atlantic" is.
  ["The fleet sailed across the Pacific to Fiji.", "Pacific", "place:pacific-ocean"],
  ["Leaders of the Pacific region met in Fiji.", "Pacific region", "place:pacific-region"],
  // Compass words coordinated before a listed place name each their own place.
  ["Tensions between North and South Korea rose on Monday.", "North", "PRK"],
  ["Tensions between North and South Korea rose on Monday.", "South Korea", "KOR"],
  ["Aid for East, West and Central Africa was cut.", "East", "place:east-africa"],
  ["Aid for East, West and Central Africa was cut.", "West", "place:west-africa"],
  // A listed place opening an organisation's name is part of the name.
  [
    "The Southeast Asia Treaty Organization was founded in Manila.",
    "Southeast Asia Treaty Organization",
    "southeast asia treaty organization",
  ],
  // A place beside an organisation whose name ends on no organisation's head stays a place.
  ["Last year in Paris Renault made a profit.", "Paris", "place:paris"],
];

describe("place identity", () => {
  it.each(ROWS)("%s [%s]", (text, surface, key) => {
    expect(keyOf(text, surface)).toBe(key);
  });

  it("keeps an elided compass word off the place's aliases and finds nothing in a bare one", () => {
    const x = analyze("Tensions between North and South Korea rose. North Korea said no.");
    const north = x.entities.find((entity) => entity.key === "PRK");
    expect(north?.aliases).toEqual([]);
    expect(x.mentions.filter((m) => x.entities[m.entity] === north)).toHaveLength(2);
    expect(keyOf("The North and South were split for decades.", "North")).toBeUndefined();
    expect(keyOf("The Southeast Asia Treaty Organization met.", "Southeast Asia")).toBeUndefined();
  });

  it("reads a shared region's country back from its key", () => {
    expect(findPlaceFacts("place:punjab-pak")?.country).toBe("PAK");
    expect(findPlaceFacts("place:punjab")?.country).toBeUndefined();
    expect(findPlaceFacts("place:punjab-fra")).toBeUndefined();
  });
});
