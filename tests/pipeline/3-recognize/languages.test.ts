import { describe, expect, it } from "vitest";
import { analyzeText } from "../../helpers/pipeline.js";

/** "TYPE name" of the entity each mention written `surface` resolves to, in order. */
function readingsOf(text: string, surface: string): string[] {
  const extraction = analyzeText(text, null, { relationModel: null });
  return extraction.mentions
    .filter((mention) => mention.surface === surface)
    .map((mention) => {
      const entity = extraction.entities[mention.entity];
      return `${entity?.type} ${entity?.name}`;
    });
}

type Row = [input: string, readings: [surface: string, expected: string[]][]];
/** As `Row`, where no expected readings means only "not the language" ("Welsh" is the tagger's). */
type NotRow = [input: string, readings: [surface: string, expected?: string[]][]];

// A demonym or language's name that names the language in its sentence: after a verb of
// speaking, learning, teaching or translating, after "in" / "into" or a possessive with no noun
// following, and the rest of its list with it. Texts invented for these tests.
const LANGUAGES: Row[] = [
  [
    "Lena Vogt speaks German, French and Italian fluently.",
    [
      ["German", ["OTHER German language"]],
      ["French", ["OTHER French language"]],
      ["Italian", ["OTHER Italian language"]],
    ],
  ],
  [
    "He answered in Spanish, then switched to English for the cameras in Lima.",
    [
      ["Spanish", ["OTHER Spanish language"]],
      ["English", ["OTHER English language"]],
    ],
  ],
  [
    "The memoir was translated into English and Arabic by two students in Tunis.",
    [
      ["English", ["OTHER English language"]],
      ["Arabic", ["OTHER Arabic language"]],
    ],
  ],
  ["She learned Russian while she lived in Riga.", [["Russian", ["OTHER Russian language"]]]],
  [
    "The pupils are taught Greek and Latin at the village school.",
    [
      ["Greek", ["OTHER Greek language"]],
      ["Latin", ["OTHER Latin language"]],
    ],
  ],
  [
    "The cartoon was dubbed into Polish and Hungarian last year.",
    [
      ["Polish", ["OTHER Polish language"]],
      ["Hungarian", ["OTHER Hungarian language"]],
    ],
  ],
  [
    "The series is subtitled in Dutch and Swedish.",
    [
      ["Dutch", ["OTHER Dutch language"]],
      ["Swedish", ["OTHER Swedish language"]],
    ],
  ],
  ["He has studied Japanese for two years.", [["Japanese", ["OTHER Japanese language"]]]],
  [
    "Tomas admits my Portuguese is poor but his Spanish is fine.",
    [
      ["Portuguese", ["OTHER Portuguese language"]],
      ["Spanish", ["OTHER Spanish language"]],
    ],
  ],
  ["In Turkish, the word means bridge.", [["Turkish", ["OTHER Turkish language"]]]],
  ["Proficiency in Italian is required for the post.", [["Italian", ["OTHER Italian language"]]]],
  ["The anthem was sung in Greek, not in English.", [["Greek", ["OTHER Greek language"]]]],
  [
    "Forms are printed in English, Chinese and Korean, the council said.",
    [
      ["English", ["OTHER English language"]],
      ["Chinese", ["OTHER Chinese language"]],
    ],
  ],
  // A noun of language after the list makes every name in it the language, even after "the".
  [
    "The French and German versions differ.",
    [
      ["French", ["OTHER French language"]],
      ["German", ["OTHER German language"]],
    ],
  ],
  // After a capitalised name the comma ends the list: what follows is the next clause.
  ["He replied in German, Mr Ott said.", [["German", ["OTHER German language"]]]],
];

// The same words where they describe a noun, name a people or a person's nationality, or start a
// longer name: the country (or nothing), never the language.
const NOT_LANGUAGES: NotRow[] = [
  ["Spanish troops crossed the border.", [["Spanish", ["COUNTRY Spain"]]]],
  ["The port fell into French hands.", [["French", ["COUNTRY France"]]]],
  ["The Spanish striker scored twice.", [["Spanish", ["COUNTRY Spain"]]]],
  ["The French said they would veto it.", [["French", ["COUNTRY France"]]]],
  [
    "Spanish and Portuguese troops arrived on Monday.",
    [
      ["Spanish", ["COUNTRY Spain"]],
      ["Portuguese", ["COUNTRY Portugal"]],
    ],
  ],
  [
    "In German, French and Dutch banks, shares rose.",
    [
      ["German", ["COUNTRY Germany"]],
      ["French", ["COUNTRY France"]],
    ],
  ],
  ["He teaches Italian children in Leeds.", [["Italian", ["COUNTRY Italy"]]]],
  // A longer name after "and" is still a member; a number after the list is what it describes.
  ["Votes were counted in Greek and Turkish Cypriot villages.", [["Greek", ["COUNTRY Greece"]]]],
  ["She beat her Russian 6-3 6-2 on Sunday.", [["Russian", ["COUNTRY Russia"]]]],
  ["The minister speaks to Chinese investors every week.", [["Chinese", ["COUNTRY China"]]]],
  ["The Italian, who joined in June, scored.", [["Italian", ["COUNTRY Italy"]]]],
  ["Ann Cole, a French teacher, retired.", [["French", []]]],
  ["Traffic at the French-German border slowed.", [["French", []]]],
  ["Her aunt is Welsh and her uncle is English.", [["Welsh"], ["English"]]],
  ["Both coaches described themselves as English or Welsh.", [["English"], ["Welsh"]]],
  // "American" is a demonym but no language's name, whatever follows it.
  ["The American version was cheaper.", [["American", ["COUNTRY United States"]]]],
];

describe("a demonym or language's name read as the language", () => {
  it.each(LANGUAGES)("%s", (input, readings) => {
    for (const [surface, expected] of readings)
      expect(readingsOf(input, surface)).toEqual(expected);
  });
});

describe("a demonym or language's name that is no language", () => {
  it.each(NOT_LANGUAGES)("%s", (input, readings) => {
    for (const [surface, expected] of readings) {
      const found = readingsOf(input, surface);
      for (const reading of found) expect(reading).not.toMatch(/ language$/);
      if (expected) expect(found).toEqual(expected);
    }
  });
});
