import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/pipeline/2-segment/segment.js";
import { findNominalMentions } from "../../../src/pipeline/3-recognize/gazetteer/nominal-mentions.js";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE surface" for each nominal of a one-sentence text. */
function nominalsOf(sentence: string): string[] {
  const tokens = segmentText(sentence)[0]?.tokens ?? [];
  return findNominalMentions(tokens).map(
    (m) =>
      `${m.type} ${tokens
        .slice(m.start, m.end)
        .map((t) => t.text)
        .join(" ")}`,
  );
}

/** "TYPE Name" for every entity of a text. */
function entitiesOf(text: string): string[] {
  return analyzeText(text).entities.map((entity) => `${entity.type} ${entity.name}`);
}

type Row = [input: string, expected: string[]];

/**
 * The head noun decides: a possessive before a compound owns the compound's last noun, and a bare owner before an everyday head names no event, agreement or project.
 */
const NOMINAL_ROWS: Row[] = [
  // Must fire: the head ends the phrase, or a compound word, a year or a complement names it.
  ["Beijing's peace plan was welcomed in Kyiv.", ["AGREEMENT Beijing 's peace plan"]],
  ["Nixon's visit to Beijing changed everything.", ["EVENT Nixon 's visit to Beijing"]],
  ["Spain's general election was held in March.", ["EVENT Spain 's general election"]],
  ["Labour's 1997 election win was a landslide.", ["EVENT 1997 election"]],
  ["Reporters followed the US election campaign for months.", ["EVENT US election"]],
  ["He never forgot Mao's pact with the West.", ["AGREEMENT Mao 's pact"]],
  // A capital head is a name's even before a noun and after a possessive's apostrophe.
  [
    "He led Kelmore to their first Ardley Schools' Cup success since 1980.",
    ["EVENT Ardley Schools ' Cup"],
  ],
  ["She covered the Tarnow Digital programme for the BBC.", ["OTHER Tarnow Digital programme"]],
  // A named programme or project is its maker's: the name ends at the maker's possessive.
  ["She told the BBC's Night Desk programme it was over.", ["OTHER Night Desk programme"]],
  ["Vexacorp's Safe Modem program will be free.", ["OTHER Safe Modem program"]],
  // Must not: the head word only modifies the noun after it, which the owner owns.
  ["Tom Hale has rejoined Labour's election campaign.", []],
  ["The pledge will be prominent in Labour's election manifesto.", []],
  ["Labour's general election campaign starts today.", []],
  ["The episodes breach Ofcom's programme code, it said.", []],
  ["He attacked the unilateral denunciation of Britain's treaty obligations.", []],
  // Must not: an everyday head with only its owner before it.
  ["Vexacorp's program can be used as a toolbar.", []],
  ["The ban was imposed after China's crackdown on protesters.", []],
  ["Edu's deal expires next summer.", []],
  ["He praised the cornerstone of Labour's programme.", []],
  ["Zorbex's initiative pulls together major firms.", []],
];

describe("findNominalMentions: possessives and head nouns", () => {
  it.each(NOMINAL_ROWS)("%s", (input, expected) => {
    expect(nominalsOf(input)).toEqual(expected);
  });
});

type EntityRow = [input: string, present: string[], absent: string[]];

/** A news organisation or its channel in the possessive is the owner, then what it airs. */
const ENTITY_ROWS: EntityRow[] = [
  [
    "Home Secretary Tom Hale told BBC One's Breakfast with Frost that he was not worried.",
    ["ORGANIZATION BBC One"],
    ["ORGANIZATION BBC One's Breakfast", "ORGANIZATION Breakfast"],
  ],
  [
    "She told the BBC's Night Desk programme that it was over.",
    ["ORGANIZATION BBC", "OTHER Night Desk programme"],
    ["OTHER BBC's Night Desk programme"],
  ],
  [
    "She chairs the Conservative National Women's Committee.",
    ["ORGANIZATION Conservative National Women's Committee"],
    ["ORGANIZATION Conservative National Women"],
  ],
  [
    "Tom Hale has rejoined Labour's election campaign.",
    ["ORGANIZATION Labour Party"],
    ["EVENT Labour's election"],
  ],
];

describe("recognize: possessive owners", () => {
  it.each(ENTITY_ROWS)("%s", (input, present, absent) => {
    const entities = entitiesOf(input);
    for (const entity of present) expect(entities).toContain(entity);
    for (const entity of absent) expect(entities).not.toContain(entity);
  });
});
